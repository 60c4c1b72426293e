// The files of a folder as they were at a commit, behind the same FileSystem the language service
// reads the disk through — so the same service judges "before" and "now". The tree is listed once
// (`git ls-tree -r -z -l`) and every profile and prospect in it read with ONE `git cat-file
// --batch` (measured: 10,000 prospects in about 0.3 s; one `git show` each took over 20 s). After
// loading, every answer comes from memory.
//
// State owned here: the tree (files and folders) and the texts, built once by loadRevisionFs()
// and never changed; the object is dropped with its last reader.
//
// Paths: the revision's files are named by where they are in the work tree now (`top`, the work
// tree's top as the caller names it). A symbolic link at the revision is not followed (it reads
// as missing), a submodule is no folder; nothing outside `top` exists.
import * as path from 'node:path';
import { kindOf } from '../../../shared/src/fileKinds';
import { stripBom, type FileSystem, type TooLarge } from '../workspace/fileSystem';
import { runGit } from './gitProcess';

/** Why a file that exists at the revision gives no text. */
export type UnreadableAtRevision = 'binary' | 'too-large';

export interface RevisionFileSystem extends FileSystem {
  /** The commit read. */
  readonly commit: string;
  /** Everything read, as plain data another thread can be given (revisionFsFromData). */
  data(): RevisionData;
  /** Why the file could not be read at the revision, if it is there and could not. */
  unreadable(fsPath: string): UnreadableAtRevision | undefined;
  /** Whether the file was there at the revision (readable or not). */
  exists(fsPath: string): boolean;
}

interface Entry {
  text?: string;
  size: number;
  problem?: UnreadableAtRevision;
  link?: true;
}

/** A RevisionFileSystem as plain data (structured-clonable), to rebuild it in a worker thread. */
export interface RevisionData {
  top: string;
  commit: string;
  files: [string, Entry][];
  dirs: [string, [string, boolean][]][];
}

export function revisionFsFromData(d: RevisionData): RevisionFileSystem {
  return revisionFs(d.top, d.commit, new Map(d.files), new Map(d.dirs.map(([k, v]) => [k, new Map(v)])));
}

export interface LoadOptions {
  /** The top of the work tree, named as the caller names files. */
  top: string;
  /** The commit to read (checked by openRevision). */
  commit: string;
  /** Only files under this folder inside the repository ("" for all; "a/b/" as git names it). */
  prefix: string;
  /** Files larger than this many bytes are not read (the setting idealClient.maxFileSize). */
  maxBytes: number;
  signal?: AbortSignal;
}

/** Lists the tree at the commit and reads every profile and prospect in it, in two git processes. */
export async function loadRevisionFs(o: LoadOptions): Promise<RevisionFileSystem> {
  const args = ['ls-tree', '-r', '-z', '-l', '--full-tree', o.commit];
  if (o.prefix !== '') args.push('--', o.prefix);
  const listed = await runGit(o.top, args, undefined, o.signal);
  if (listed.code !== 0) throw new Error(listed.stderr.trim() || `git ls-tree exited with ${listed.code}`);
  const files = new Map<string, Entry>();
  const dirs = new Map<string, Map<string, boolean>>([['', new Map()]]);
  const wanted: { rel: string; oid: string }[] = [];
  for (const record of listed.stdout.toString('utf8').split('\0')) {
    // "<mode> <type> <object> <size>\t<path>"
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const rel = record.slice(tab + 1);
    if (type !== 'blob') continue;
    addParents(dirs, rel);
    const entry: Entry = { size: Number(size) || 0 };
    if (mode === '120000') entry.link = true;
    else if (entry.size > o.maxBytes) entry.problem = 'too-large';
    else if (kindOf(rel)) wanted.push({ rel, oid });
    files.set(rel, entry);
  }
  if (wanted.length > 0) {
    const batch = await runGit(o.top, ['cat-file', '--batch'], wanted.map((w) => `${w.oid}\n`).join(''), o.signal);
    if (batch.code !== 0) throw new Error(batch.stderr.trim() || `git cat-file exited with ${batch.code}`);
    const blobs = splitBatch(batch.stdout);
    wanted.forEach((w, i) => {
      const blob = blobs[i];
      const entry = files.get(w.rel)!;
      if (!blob) return;
      if (blob.includes(0)) entry.problem = 'binary';
      else entry.text = stripBom(blob.toString('utf8'));
    });
  }
  return revisionFs(o.top, o.commit, files, dirs);
}

function addParents(dirs: Map<string, Map<string, boolean>>, rel: string): void {
  const parts = rel.split('/');
  let dir = '';
  for (let i = 0; i < parts.length; i++) {
    const isDir = i < parts.length - 1;
    let children = dirs.get(dir);
    if (!children) dirs.set(dir, (children = new Map()));
    if (children.has(parts[i]) && !isDir) return;
    children.set(parts[i], isDir);
    dir = dir === '' ? parts[i] : `${dir}/${parts[i]}`;
  }
}

/** The objects of `git cat-file --batch` output, in order; undefined for one git did not find. */
function splitBatch(out: Buffer): (Buffer | undefined)[] {
  const blobs: (Buffer | undefined)[] = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    if (header[1] === 'missing' || header.length < 3) {
      blobs.push(undefined);
      at = eol + 1;
      continue;
    }
    const size = Number(header[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

function revisionFs(top: string, commit: string, files: Map<string, Entry>, dirs: Map<string, Map<string, boolean>>): RevisionFileSystem {
  const topSlash = top.endsWith(path.sep) ? top : `${top}${path.sep}`;
  /** The path inside the repository, or undefined outside the work tree. */
  const relOf = (p: string): string | undefined => {
    // A plain absolute path below `top` (nothing to resolve: no "." or ".." part, no "//", no
    // trailing "/") is cut, not resolved: a diff looks up 10,000 prospects several times each,
    // and path.relative(path.resolve()) of each took ~0.3 s of it.
    if (path.sep === '/' && p.startsWith(topSlash) && !p.includes('/.') && !p.includes('//') && !p.endsWith('/')) return p.slice(topSlash.length);
    const rel = path.relative(top, path.resolve(p));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  };
  const fileOf = (p: string): Entry | undefined => {
    const rel = relOf(p);
    return rel === undefined ? undefined : files.get(rel);
  };
  return {
    commit,
    data: () => ({ top, commit, files: [...files], dirs: [...dirs].map(([k, v]) => [k, [...v]]) }),
    readFile(p, maxBytes): string | TooLarge | undefined {
      const e = fileOf(p);
      if (!e || e.link) return undefined;
      if (e.problem === 'too-large' || (maxBytes !== undefined && e.size > maxBytes)) return { tooLarge: true, size: e.size };
      return e.text;
    },
    readDir(p) {
      const rel = relOf(p);
      const children = rel === undefined ? undefined : dirs.get(rel);
      return children ? [...children].map(([name, isDirectory]) => ({ name, isDirectory })) : [];
    },
    realPath(p) {
      const rel = relOf(p);
      if (rel === undefined) return undefined;
      const e = files.get(rel);
      if (e) return e.link ? undefined : path.resolve(p);
      // A folder: there at the revision, or the folder the caller works in (which may hold nothing).
      return dirs.has(rel) || rel === '' ? path.resolve(p) : undefined;
    },
    isFile(p) {
      const e = fileOf(p);
      return !!e && !e.link;
    },
    unreadable(p) {
      return fileOf(p)?.problem;
    },
    exists(p) {
      return fileOf(p) !== undefined;
    },
  };
}
