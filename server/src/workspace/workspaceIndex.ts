// The workspace as the service sees it: its folders, which files are where, and which profile
// judges a prospect. Everything here depends on which files exist (not on what they say), so it
// changes only when a file is created or deleted, or the folders change.
//
// State owned here, and where it is cleared:
//   folders      — the workspace folders, innermost first; set by setFolders()
//   listings     — each folder's profile names (the nearest profile); a folder's entry by
//                  filesCameOrWent() for a file in it, all by setFolders()
//   realPaths    — symbolic links resolved, per path; by filesCameOrWent() and contentChanged()
//   resolutions  — the profile of each (folder, `profile:` key, setting), with what it read;
//                  by filesCameOrWent() and setFolders()
//   descriptions — the short name of each URI for messages; by forget() (a file closed or
//                  released) and setFolders()
//   fsPaths      — the file path of each URI (URI.parse once); with descriptions, and emptied
//                  whenever it reaches MAX_FS_PATHS (a URI asked once is not kept for ever)
//   walk         — every profile and prospect of the workspace; by filesCameOrWent(), setFolders()
//                  (which also bump walkGeneration, so that a walk under way is not kept)
// What a resolution reads is reported to the DependencyRecorder: a folder's listing as
// folderKey(folder), a written path's target as its URI — so a memo that used a resolution is
// recomputed when a file it could have found comes or goes, and only then.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import * as l10n from '@vscode/l10n';
import { kindOf, SKIP_DIRS, type DocumentKind } from '../../../shared/src/fileKinds';
import type { ProfileResolution } from '../model/featureContext';
import { isInside, type DirEntry, type FileSystem } from './fileSystem';
import { readInside, resolveInside, type PathRefusal, type PathResult } from './pathRules';
import { listProfilesIn, resolveProfile } from './profileResolution';
import { folderKey, type DependencyRecorder } from '../model/dependencyKeys';

export interface WorkspaceFiles {
  readonly profiles: readonly string[];
  readonly prospects: readonly string[];
}

export type PathResolution = { ok: true; uri: string } | { ok: false; code?: PathRefusal; message: string };

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly listings = new Map<string, string[]>();
  private readonly realPaths = new Map<string, string | undefined>();
  private readonly resolutions = new Map<string, { resolution: ProfileResolution; reads: string[] }>();
  private readonly descriptions = new Map<string, string>();
  private readonly fsPaths = new Map<string, string | undefined>();
  private walk: WorkspaceFiles | undefined;
  private walkGeneration = 0;
  /** The file system with realPath cached (see realPaths), for resolving written paths. */
  private readonly resolvingFs: FileSystem;

  constructor(private readonly fs: FileSystem, private readonly recorder: DependencyRecorder) {
    const realPaths = this.realPaths;
    // Everything else straight from fs (through the prototype).
    this.resolvingFs = Object.assign(Object.create(fs) as FileSystem, {
      realPath(p: string): string | undefined {
        if (realPaths.has(p)) return realPaths.get(p);
        const real = fs.realPath(p);
        realPaths.set(p, real);
        return real;
      },
    });
  }

  setFolders(fsPaths: readonly string[]): void {
    this.folders = fsPaths.map((p) => path.resolve(p)).sort((a, b) => b.length - a.length);
    this.listings.clear();
    this.realPaths.clear();
    this.resolutions.clear();
    this.descriptions.clear();
    this.fsPaths.clear();
    this.walk = undefined;
    this.walkGeneration++;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** A file was created or deleted: listings, links and resolutions may be other now. */
  filesCameOrWent(uri: string): void {
    const p = this.fsPathOf(uri);
    if (p) this.listings.delete(path.dirname(p));
    else this.listings.clear();
    this.realPaths.clear();
    this.resolutions.clear();
    this.walk = undefined;
    this.walkGeneration++;
  }

  /** Nothing more will be asked about this file for a while (closed, or released by the CLI). */
  forget(uri: string): void {
    this.descriptions.delete(uri);
    this.fsPaths.delete(uri);
  }

  /** A file's content changed: only a link's target could be another. */
  contentChanged(): void {
    this.realPaths.clear();
  }

  fsPathOf(uri: string): string | undefined {
    // Asked several times per prospect (its read, its profile, its name): URI.parse once.
    if (this.fsPaths.has(uri)) return this.fsPaths.get(uri);
    let p: string | undefined;
    try {
      const u = URI.parse(uri);
      p = u.scheme === 'file' ? u.fsPath : undefined;
    } catch {
      p = undefined;
    }
    if (this.fsPaths.size >= MAX_FS_PATHS) this.fsPaths.clear();
    this.fsPaths.set(uri, p);
    return p;
  }

  uriOf(fsPath: string): string {
    return URI.file(fsPath).toString();
  }

  /** The workspace folder holding a file: the innermost one, else the file's own folder. */
  rootOf(fsPath: string): string {
    for (const f of this.folders) if (isInside(f, fsPath)) return f;
    return path.dirname(fsPath);
  }

  /**
   * The read rule for a file about to be read from disk (see readInside): its real path to open,
   * or the refusal. The file's workspace folder is the innermost holding it, else its own folder.
   */
  checkRead(fsPath: string): PathResult {
    // The root's real path through the cache; the file's own asked afresh (one realpath each).
    const root = this.rootOf(fsPath);
    const cached = this.resolvingFs;
    const fs = this.fs;
    return readInside({ realPath: (p) => (p === root ? cached.realPath(p) : fs.realPath(p)) }, root, fsPath);
  }

  /**
   * Resolves a path written in `fromUri` to a URI inside the workspace folder (never outside).
   * A profile's written paths are its lessons' prospects; a prospect's is its profile: each must
   * name a file of that kind.
   */
  resolvePath(fromUri: string, written: string): PathResolution {
    const from = this.fsPathOf(fromUri);
    if (!from) return { ok: false, message: l10n.t('Paths are resolved only for files on disk.') };
    const reads: string[] = [];
    const r = this.resolveWritten(from, written, reads, kindOf(from)?.kind === 'profile' ? 'prospect' : 'profile');
    for (const k of reads) this.recorder.read(k);
    return r.ok ? { ok: true, uri: this.uriOf(r.fsPath) } : r;
  }

  private resolveWritten(from: string, written: string, reads: string[], expect?: DocumentKind): PathResult {
    // The target is read whether or not it exists now: its creation must reach whoever asked.
    // (A path no URI can name — a lone surrogate — cannot be created by a watcher event either.)
    if (!path.isAbsolute(written) && written.trim() !== '') {
      try {
        reads.push(this.uriOf(path.resolve(path.dirname(from), written)));
      } catch {
        // not a name a file event could carry
      }
    }
    return resolveInside(this.resolvingFs, this.rootOf(from), from, written, expect);
  }

  /** The profile that judges a prospect: its `profile:` key, else the setting, else the nearest. */
  resolveProfile(prospectUri: string, written: string | undefined, setting: string | undefined): ProfileResolution {
    const fsPath = this.fsPathOf(prospectUri);
    // The answer depends on the prospect's folder, not its name: ten thousand prospects in one
    // folder naming "../ideal.profile.yaml" are resolved once.
    const key = JSON.stringify([fsPath ? path.dirname(fsPath) : prospectUri, written, setting]);
    let entry = this.resolutions.get(key);
    if (!entry) {
      const reads: string[] = [];
      entry = { resolution: this.resolveUncached(prospectUri, written, setting, reads), reads };
      this.resolutions.set(key, entry);
    }
    for (const k of entry.reads) this.recorder.read(k);
    // A copy: callers may keep or change what they are given.
    return { ...entry.resolution };
  }

  private resolveUncached(prospectUri: string, written: string | undefined, setting: string | undefined, reads: string[]): ProfileResolution {
    const fsPath = this.fsPathOf(prospectUri);
    if (!fsPath) return { ok: false, reason: 'not-found', message: l10n.t('Save this prospect as a file to find its profile.') };
    const root = this.rootOf(fsPath);
    if (written !== undefined) this.resolveWritten(fsPath, written, reads);
    else if (setting && setting.trim() !== '') this.resolveWritten(path.join(root, '.settings'), setting, reads);
    const r = resolveProfile({
      fs: this.resolvingFs,
      root,
      prospectPath: fsPath,
      written,
      setting,
      listProfiles: (dir) => {
        reads.push(folderKey(dir));
        return this.listProfiles(dir);
      },
    });
    if (!r.ok) return r;
    return { ok: true, uri: this.uriOf(r.fsPath), how: r.how };
  }

  private listProfiles(dir: string): string[] {
    let names = this.listings.get(dir);
    if (!names) {
      names = listProfilesIn(this.fs, dir);
      this.listings.set(dir, names);
    }
    return names;
  }

  /**
   * Every profile and prospect file under the workspace folders (kept until a file comes or
   * goes: walking ten thousand files takes 30–100 ms), or under the given folders — all of them
   * unless a limit is given: `check` must not pass a file it never looked at.
   */
  findFiles(roots?: readonly string[], limit = Infinity): WorkspaceFiles {
    if (roots) return this.walkFolders(roots, limit);
    this.walk ??= this.walkFolders(this.folders, limit);
    return this.walk;
  }

  /**
   * The same as findFiles() for the workspace folders, walked without blocking: each folder is
   * listed with readDirAsync (or, without it, a few at a time between turns of the event loop),
   * so that requests are answered while fifty thousand prospects are found on a cold disk.
   */
  async findFilesAsync(): Promise<WorkspaceFiles> {
    if (this.walk) return this.walk;
    const generation = this.walkGeneration;
    const walk = new Walk(this.folders, Infinity);
    while (walk.more()) {
      const dir = walk.next((p) => this.fs.realPath(p));
      if (dir === undefined) continue;
      if (this.fs.readDirAsync) walk.add(dir, await this.fs.readDirAsync(dir), this);
      else {
        walk.add(dir, this.fs.readDir(dir), this);
        if (walk.folders % SYNC_SLICE === 0) await new Promise((r) => setImmediate(r));
      }
    }
    const found = walk.result();
    // Files that came or went meanwhile (or new folders) may be missing: not kept.
    if (generation === this.walkGeneration) this.walk = found;
    return found;
  }

  private walkFolders(roots: readonly string[], limit: number): WorkspaceFiles {
    const walk = new Walk(roots, limit);
    while (walk.more()) {
      const dir = walk.next((p) => this.fs.realPath(p));
      if (dir !== undefined) walk.add(dir, this.fs.readDir(dir), this);
    }
    return walk.result();
  }

  /** A short name for messages: the path relative to its workspace folder. */
  describe(uri: string): string {
    let d = this.descriptions.get(uri);
    if (d === undefined) {
      const p = this.fsPathOf(uri);
      const rel = p ? path.relative(this.rootOf(p), p) : '';
      d = !p ? uri : rel && !rel.startsWith('..') ? rel : p;
      this.descriptions.set(uri, d);
    }
    return d;
  }
}

/** At most this many file paths of URIs kept (two workspaces of 10,000 prospects: a few MB). */
const MAX_FS_PATHS = 25_000;

/** Folders listed between two turns of the event loop when the file system cannot list without blocking. */
const SYNC_SLICE = 16;

/** One walk over folders: the folders still to list, the files found (shared by both walks). */
class Walk {
  private readonly profiles: string[] = [];
  private readonly prospects: string[] = [];
  private readonly stack: string[];
  /** Real paths of the folders listed: a link back up is not followed again. */
  private readonly seen = new Set<string>();
  /** Folders listed so far. */
  folders = 0;

  constructor(roots: readonly string[], private readonly limit: number) {
    this.stack = [...roots];
  }

  more(): boolean {
    return this.stack.length > 0 && this.profiles.length + this.prospects.length < this.limit;
  }

  /** The next folder to list, or undefined when it was listed already (through a link). */
  next(realPath: (p: string) => string | undefined): string | undefined {
    const dir = this.stack.pop()!;
    const real = realPath(dir) ?? dir;
    if (this.seen.has(real)) return undefined;
    this.seen.add(real);
    return dir;
  }

  add(dir: string, entries: readonly DirEntry[], index: { uriOf(p: string): string }): void {
    this.folders++;
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) this.stack.push(p);
        continue;
      }
      const kf = kindOf(e.name);
      if (kf?.kind === 'profile') this.profiles.push(index.uriOf(p));
      else if (kf?.kind === 'prospect') this.prospects.push(index.uriOf(p));
    }
  }

  result(): WorkspaceFiles {
    return { profiles: this.profiles.sort(), prospects: this.prospects.sort() };
  }
}
