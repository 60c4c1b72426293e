// The Ideal Client language service: one object that holds the documents (open in an editor, or
// read from disk), parses each version once, and answers every feature. It knows nothing of the
// LSP connection — server.ts wires it to one, the CLI calls it directly, the tests use it bare.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type {
  CodeAction, CodeLens, CompletionList, Diagnostic, DocumentSymbol, Hover, InlayHint, Location,
} from 'vscode-languageserver-types';
import type { Evaluation, Position, Range, Verdict } from '../../../shared/src/types';
import { isProfileName, kindOf, SKIP_DIRS } from '../../../shared/src/fileKinds';
import { parseText, type ParsedDocument } from '../parser/parsedDocument';
import { reparseEdit } from '../parser/incrementalParse';
import { buildProfile } from '../model/profileModel';
import { buildProspect } from '../model/prospectModel';
import { compileProfile, evaluateCompiled, type CompiledProfile } from '../engine';
import { nodeFileSystem, type FileSystem, isInside } from '../workspace/fileSystem';
import { resolveInside } from '../workspace/pathRules';
import { listProfilesIn, resolveProfile } from '../workspace/profileResolution';
import { validateAgainstSchema } from '../features/validation/schemaValidation';
import { checkProfile, type LessonOutcome } from '../features/validation/profileChecks';
import { checkProspect } from '../features/validation/prospectChecks';
import { doComplete } from '../features/completion';
import { doHover } from '../features/hover';
import { findDefinition } from '../features/definition';
import { findDocumentSymbols } from '../features/documentSymbols';
import { getCodeActions } from '../features/codeActions';
import { getCodeLenses } from '../features/codeLens';
import { getInlayHints } from '../features/inlayHints';
import { noteHintProblems } from '../features/noteHints';
import type { FeatureContext, ProfileInfo, ProfileResolution, ProspectInfo } from '../model/featureContext';
import type { Problem } from '../model/problem';
import { toDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type { Evaluation };

interface Memo<T> {
  value: T;
  /** The generation of every document the value was computed from. */
  deps: Map<string, number>;
  settingsKey: string;
}

export interface LanguageServiceOptions {
  fs?: FileSystem;
  workspaceFolders?: string[];
}



export class LanguageService {
  readonly fs: FileSystem;
  private folders: string[] = [];
  private readonly open = new Map<string, { version: number; text: string }>();
  private readonly parsed = new Map<string, ParsedDocument>();
  /**
   * The last parse of an open document that was superseded by an edit, for applying the edit to
   * it (incrementalParse.ts) rather than parsing again; used once, then dropped.
   */
  private readonly editBase = new Map<string, ParsedDocument>();
  /** Bumped whenever a document's content may have changed: the key of every cache below. */
  private readonly generations = new Map<string, number>();
  /** The idealClient.maxFileSize each cached parse was made under. */
  private readonly parsedLimit = new Map<string, number>();
  private generationCounter = 0;
  private readonly problemMemo = new Map<string, Memo<Problem[]>>();
  private readonly evalMemo = new Map<string, Memo<Evaluation>>();
  private readonly dirListings = new Map<string, string[]>();
  /**
   * Models built from a parsed version, kept as long as that version: a profile is read once
   * per edit, not once per prospect judged by it (WeakMaps: a superseded version takes its
   * models with it).
   */
  private readonly profileModels = new WeakMap<ParsedDocument, { info: ProfileInfo; compiled: CompiledProfile } | null>();
  private readonly prospectModels = new WeakMap<ParsedDocument, ProspectInfo | null>();
  /** The last verdict of each lesson (by profile and prospect), lending its judgements to the next. */
  private readonly lessonVerdicts = new Map<string, Verdict>();
  /** Each profile's latest compiled form: the next version takes over its unchanged criteria. */
  private readonly lastCompiled = new Map<string, CompiledProfile>();
  /**
   * Symbolic links resolved, per path: every prospect naming "../ideal.profile.yaml" asks for
   * the same two. Emptied whenever the client reports a file created, changed or deleted.
   */
  private readonly realPaths = new Map<string, string | undefined>();
  /**
   * Profile resolutions by folder, `profile:` key and setting, and short names by URI: the
   * same for every check until a file is created, changed or deleted (or the folders change).
   */
  private readonly resolutions = new Map<string, ProfileResolution>();
  private readonly descriptions = new Map<string, string>();
  /**
   * For each document, the memos (by owner) that read it when they were computed: dependentsOf
   * without a scan of every memo. A superset — a memo recomputed or released since may no longer
   * read it — so dependentsOf checks each owner's memo.
   */
  private readonly readers = new Map<string, Set<string>>();
  /** The file system with realPath cached (see realPaths), for resolving written paths. */
  private readonly resolvingFs: FileSystem;
  /** While computing a memoised value: the documents it reads. */
  private tracking: Map<string, number>[] = [];

  constructor(options: LanguageServiceOptions = {}) {
    this.fs = options.fs ?? nodeFileSystem();
    const fs = this.fs;
    const realPaths = this.realPaths;
    // Everything else straight from this.fs (through the prototype).
    this.resolvingFs = Object.assign(Object.create(fs) as FileSystem, {
      realPath(p: string): string | undefined {
        if (realPaths.has(p)) return realPaths.get(p);
        const real = fs.realPath(p);
        realPaths.set(p, real);
        return real;
      },
    });
    this.setWorkspaceFolders(options.workspaceFolders ?? []);
  }

  // ----- documents -------------------------------------------------------------------------

  setWorkspaceFolders(fsPaths: string[]): void {
    this.folders = fsPaths.map((p) => path.resolve(p)).sort((a, b) => b.length - a.length);
    this.invalidateAll();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  openDocument(uri: string, version: number, text: string): void {
    const prev = this.parsed.get(uri);
    this.open.set(uri, { version, text });
    this.touch(uri);
    // Versions never parsed (edits faster than checks) leave the last parsed one as the base.
    if (prev && this.open.has(uri) && prev.version >= 0) this.editBase.set(uri, prev);
  }

  /**
   * Forgets what is cached for a file on disk that is not open: its parse and its memoised
   * problems and verdict. For a single pass over many files (the CLI evaluating ten thousand
   * prospects) that would otherwise all stay in memory. Nothing about the file changed, so
   * nothing that depends on it is invalidated; asked again, it is read and judged again.
   */
  release(uri: string): void {
    if (this.open.has(uri)) return;
    this.parsed.delete(uri);
    this.parsedLimit.delete(uri);
    for (const store of [this.problemMemo, this.evalMemo] as Map<string, Memo<unknown>>[]) {
      // Out of the readers index too: the CLI releases ten thousand prospects of one profile.
      for (const u of store.get(uri)?.deps.keys() ?? []) this.readers.get(u)?.delete(uri);
      store.delete(uri);
    }
  }

  closeDocument(uri: string): void {
    this.open.delete(uri);
    this.editBase.delete(uri);
    this.touch(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** A file changed, was created or deleted on disk (from the client's file watcher). */
  fileChanged(uri: string): void {
    this.realPaths.clear();
    this.resolutions.clear();
    if (isProfileName(uri)) {
      this.dirListings.clear();
      // A profile created or deleted can change which profile judges any prospect (the nearest
      // one); the memos do not record folder listings, so none of them can be trusted now.
      this.problemMemo.clear();
      this.evalMemo.clear();
      this.readers.clear();
    }
    this.touch(uri);
  }

  private touch(uri: string): void {
    this.parsed.delete(uri);
    this.generations.set(uri, ++this.generationCounter);
  }

  private invalidateAll(): void {
    this.generationCounter++;
    this.parsed.clear();
    this.editBase.clear();
    this.lastCompiled.clear();
    this.lessonVerdicts.clear();
    this.problemMemo.clear();
    this.evalMemo.clear();
    this.readers.clear();
    this.dirListings.clear();
    this.realPaths.clear();
    this.resolutions.clear();
    this.descriptions.clear();
  }

  /** Grows whenever any document may have changed: a long run can tell it went stale. */
  get changeCount(): number {
    return this.generationCounter;
  }

  private generation(uri: string): number {
    return this.generations.get(uri) ?? 0;
  }

  /** The parsed document (open text or disk), parsed once per version; undefined if unreadable. */
  getDocument(uri: string, settings: Settings = DEFAULT_SETTINGS): ParsedDocument | undefined {
    // Parsed under another idealClient.maxFileSize (the setting changed, or a caller with other
    // settings): parsed again — a new generation, so the memos forget it too — only where the
    // limit decides the outcome, so that two callers with different limits never make an
    // ordinary file be parsed on every call.
    const earlier = this.parsed.get(uri);
    if (earlier && this.parsedLimit.get(uri) !== settings.maxFileSize) {
      if (limitDecides(earlier, settings.maxFileSize)) this.touch(uri);
      else this.parsedLimit.set(uri, settings.maxFileSize);
    }
    for (const t of this.tracking) t.set(uri, this.generation(uri));
    const cached = this.parsed.get(uri);
    const openDoc = this.open.get(uri);
    if (cached && (!openDoc || cached.version === openDoc.version)) return cached;
    let text: string | undefined;
    let version = -1;
    let size: number | undefined;
    if (openDoc) {
      text = openDoc.text;
      version = openDoc.version;
    } else {
      const fsPath = this.fsPathOf(uri);
      // A file over idealClient.maxFileSize is not read; only its size reaches the parser.
      const read = fsPath ? this.fs.readFile(fsPath, settings.maxFileSize) : undefined;
      if (typeof read === 'object') size = read.size;
      text = typeof read === 'object' ? '' : read;
    }
    if (text === undefined) return undefined;
    const base = openDoc ? this.editBase.get(uri) : undefined;
    if (base) this.editBase.delete(uri);
    const parsed = (base && reparseEdit(base, version, text, settings.maxFileSize)) || parseText(uri, version, text, { maxBytes: settings.maxFileSize, size });
    this.parsed.set(uri, parsed);
    this.parsedLimit.set(uri, settings.maxFileSize);
    return parsed;
  }

  getProfileInfo(uri: string, settings?: Settings): ProfileInfo | undefined {
    return this.profileModel(uri, settings)?.info;
  }

  /** The profile's model and its compiled form, built once per parsed version. */
  private profileModel(uri: string, settings?: Settings): { info: ProfileInfo; compiled: CompiledProfile } | undefined {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'profile') return undefined;
    let model = this.profileModels.get(parsed);
    if (model === undefined) {
      const profile = buildProfile(parsed.value);
      let compiled: CompiledProfile | undefined;
      if (profile) {
        compiled = compileProfile(profile, { previous: this.lastCompiled.get(uri) });
        this.lastCompiled.set(uri, compiled);
      }
      model = profile && compiled ? { info: { uri, parsed, profile }, compiled } : null;
      this.profileModels.set(parsed, model);
    }
    return model ?? undefined;
  }

  getProspectInfo(uri: string, settings?: Settings): ProspectInfo | undefined {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'prospect') return undefined;
    let info = this.prospectModels.get(parsed);
    if (info === undefined) {
      const prospect = buildProspect(parsed);
      info = prospect ? { uri, parsed, prospect } : null;
      this.prospectModels.set(parsed, info);
    }
    return info ?? undefined;
  }

  // ----- paths and profiles ----------------------------------------------------------------

  fsPathOf(uri: string): string | undefined {
    try {
      const u = URI.parse(uri);
      return u.scheme === 'file' ? u.fsPath : undefined;
    } catch {
      return undefined;
    }
  }

  uriOf(fsPath: string): string {
    return URI.file(fsPath).toString();
  }

  /** The workspace folder holding a file: the innermost one, else the file's own folder. */
  rootOf(fsPath: string): string {
    for (const f of this.folders) if (isInside(f, fsPath)) return f;
    return path.dirname(fsPath);
  }

  /** Resolves a path written in `fromUri` to a URI inside the workspace folder (never outside). */
  resolvePath(fromUri: string, written: string): { ok: true; uri: string } | { ok: false; message: string } {
    const from = this.fsPathOf(fromUri);
    if (!from) return { ok: false, message: 'Paths are resolved only for files on disk.' };
    const r = resolveInside(this.resolvingFs, this.rootOf(from), from, written);
    return r.ok ? { ok: true, uri: this.uriOf(r.fsPath) } : r;
  }

  resolveProfileFor(prospectUri: string, settings: Settings = DEFAULT_SETTINGS): ProfileResolution {
    const info = this.getProspectInfo(prospectUri, settings);
    const written = settings.forceProfile ? undefined : info?.prospect.profile;
    const setting = settings.forceProfile ?? settings.profile;
    // The answer depends on the prospect's folder, not its name: ten thousand prospects in one
    // folder naming "../ideal.profile.yaml" are resolved once.
    const fsPath = this.fsPathOf(prospectUri);
    const key = JSON.stringify([fsPath ? path.dirname(fsPath) : prospectUri, written, setting]);
    let resolution = this.resolutions.get(key);
    if (!resolution) {
      resolution = this.resolveUncached(prospectUri, written, setting);
      this.resolutions.set(key, resolution);
    }
    // A copy: callers may keep or change what they are given.
    return { ...resolution };
  }

  private resolveUncached(prospectUri: string, written: string | undefined, setting: string | undefined): ProfileResolution {
    const fsPath = this.fsPathOf(prospectUri);
    if (!fsPath) return { ok: false, reason: 'not-found', message: 'Save this prospect as a file to find its profile.' };
    const r = resolveProfile({
      fs: this.resolvingFs,
      root: this.rootOf(fsPath),
      prospectPath: fsPath,
      written,
      setting,
      listProfiles: (dir) => this.listProfiles(dir),
    });
    if (!r.ok) return r;
    return { ok: true, uri: this.uriOf(r.fsPath), how: r.how };
  }

  private listProfiles(dir: string): string[] {
    let names = this.dirListings.get(dir);
    if (!names) {
      names = listProfilesIn(this.fs, dir);
      this.dirListings.set(dir, names);
    }
    return names;
  }

  // ----- validation and evaluation (memoised on the generations of what they read) --------

  private memo<T>(store: Map<string, Memo<T>>, uri: string, settings: Settings, compute: () => T): T {
    const settingsKey = JSON.stringify(settings);
    const m = store.get(uri);
    if (m && m.settingsKey === settingsKey && this.depsCurrent(m.deps)) {
      for (const t of this.tracking) for (const [u, g] of m.deps) t.set(u, g);
      return m.value;
    }
    const deps = new Map<string, number>([[uri, this.generation(uri)]]);
    this.tracking.push(deps);
    let value: T;
    try {
      value = compute();
    } finally {
      this.tracking.pop();
    }
    for (const t of this.tracking) for (const [u, g] of deps) t.set(u, g);
    store.set(uri, { value, deps, settingsKey });
    for (const u of deps.keys()) {
      let owners = this.readers.get(u);
      if (!owners) this.readers.set(u, (owners = new Set()));
      owners.add(uri);
    }
    return value;
  }

  /** Whether validating `uri` again would give the same answer (a cache hit). */
  isValidationCached(uri: string, settings: Settings = DEFAULT_SETTINGS): boolean {
    const m = this.problemMemo.get(uri);
    return !!m && m.settingsKey === JSON.stringify(settings) && this.depsCurrent(m.deps);
  }

  private depsCurrent(deps: Map<string, number>): boolean {
    for (const [u, g] of deps) if (this.generation(u) !== g) return false;
    return true;
  }

  /** Every problem in a profile or prospect: syntax, schema, meaning, lessons. */
  problems(uri: string, settings: Settings = DEFAULT_SETTINGS): Problem[] {
    return this.memo(this.problemMemo, uri, settings, () => this.computeProblems(uri, settings));
  }

  diagnostics(uri: string, settings: Settings = DEFAULT_SETTINGS): Diagnostic[] {
    return this.problems(uri, settings).map(toDiagnostic);
  }

  private computeProblems(uri: string, settings: Settings): Problem[] {
    const parsed = this.getDocument(uri, settings);
    if (!parsed) return [];
    const problems = [...parsed.problems];
    if (parsed.value === undefined) return problems;
    problems.push(...validateAgainstSchema(parsed));
    if (parsed.kind === 'profile') {
      const info = this.getProfileInfo(uri, settings);
      if (info) problems.push(...checkProfile(parsed, info.profile, this.lessonOutcomes(info, settings)));
    } else {
      const prospect = this.getProspectInfo(uri, settings)?.prospect;
      if (prospect) {
        const resolution = this.resolveProfileFor(uri, settings);
        const profile = resolution.ok ? this.getProfileInfo(resolution.uri, settings) : undefined;
        const missing: ProfileResolution = resolution.ok && !profile
          ? { ok: false, reason: 'not-found', message: `The profile ${this.describe(resolution.uri)} could not be read as a profile.` }
          : resolution;
        problems.push(...checkProspect(parsed, prospect, profile, missing));
        const ev = this.evaluate(uri, settings);
        if (ev.ok) problems.push(...noteHintProblems(ev.verdict));
      }
    }
    return problems;
  }

  private lessonOutcomes(info: ProfileInfo, settings: Settings): LessonOutcome[] {
    const compiled = this.profileModel(info.uri, settings)?.compiled ?? compileProfile(info.profile);
    return info.profile.lessons.map((lesson, index): LessonOutcome => {
      const target = this.resolvePath(info.uri, lesson.prospect);
      if (!target.ok) return { index, result: { ok: false, message: target.message } };
      const prospect = this.getProspectInfo(target.uri, settings);
      if (!prospect) return { index, result: { ok: false, message: `"${lesson.prospect}" is not a readable prospect file.` } };
      const key = `${info.uri}\n${target.uri}`;
      const verdict = evaluateCompiled(compiled, prospect.prospect, this.lessonVerdicts.get(key));
      this.lessonVerdicts.set(key, verdict);
      return { index, result: { ok: true, verdict, uri: target.uri } };
    });
  }

  /** The verdict on a prospect, by DESIGN §4, or why there is none. */
  evaluate(uri: string, settings: Settings = DEFAULT_SETTINGS): Evaluation {
    return this.memo(this.evalMemo, uri, settings, () => this.computeEvaluation(uri, settings));
  }

  private computeEvaluation(uri: string, settings: Settings): Evaluation {
    const parsed = this.getDocument(uri, settings);
    if (!parsed) return { ok: false, message: `${this.describe(uri)}: the file cannot be read.` };
    if (parsed.kind !== 'prospect') return { ok: false, message: `${this.describe(uri)} is not a prospect (*.prospect.yaml or *.prospect.md).` };
    const blocking = parsed.problems.find((p) => p.severity === 'error');
    if (parsed.value === undefined || blocking) {
      const p = blocking ?? parsed.problems[0];
      return { ok: false, message: p ? `${this.describe(uri)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}` : `${this.describe(uri)}: not readable.` };
    }
    const info = this.getProspectInfo(uri, settings);
    if (!info) return { ok: false, message: `${this.describe(uri)}:1:1: a prospect is a mapping with at least "prospect: <name>".` };
    const resolution = this.resolveProfileFor(uri, settings);
    if (!resolution.ok) return { ok: false, message: `${this.describe(uri)}: ${resolution.message}` };
    const profile = this.profileModel(resolution.uri, settings);
    if (!profile) return { ok: false, message: `${this.describe(resolution.uri)}: not a readable profile.` };
    // The verdict being replaced (still in the memo): what the profile edit did not touch is kept.
    const old = this.evalMemo.get(uri)?.value;
    const previous = old?.ok && old.profileUri === resolution.uri ? old.verdict : undefined;
    return { ok: true, verdict: evaluateCompiled(profile.compiled, info.prospect, previous), profileUri: resolution.uri };
  }

  /** The uris that must be checked again when `uri` changes (prospects of a profile, lessons). */
  dependentsOf(uri: string): string[] {
    // From the readers index, each checked against its memo: an edit of a profile that judges
    // ten thousand prospects is answered without going over every memo.
    const out: string[] = [];
    for (const owner of this.readers.get(uri) ?? []) {
      if (owner !== uri && (this.problemMemo.get(owner)?.deps.has(uri) || this.evalMemo.get(owner)?.deps.has(uri))) out.push(owner);
    }
    return out;
  }

  // ----- editor features -------------------------------------------------------------------

  private featureContext(parsed: ParsedDocument, settings: Settings): FeatureContext {
    const ctx: FeatureContext = { resolvePath: (p) => this.resolvePath(parsed.uri, p) };
    if (parsed.kind === 'prospect') {
      const resolution = this.resolveProfileFor(parsed.uri, settings);
      if (resolution.ok) ctx.profile = this.getProfileInfo(resolution.uri, settings);
      const ev = this.evaluate(parsed.uri, settings);
      if (ev.ok) ctx.verdict = ev.verdict;
    } else {
      ctx.profile = this.getProfileInfo(parsed.uri, settings);
    }
    return ctx;
  }

  complete(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): CompletionList {
    const parsed = this.getDocument(uri, settings);
    if (!parsed) return { isIncomplete: false, items: [] };
    return doComplete(parsed, position, this.featureContext(parsed, settings));
  }

  hover(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): Hover | null {
    const parsed = this.getDocument(uri, settings);
    return parsed ? doHover(parsed, position, this.featureContext(parsed, settings)) : null;
  }

  definition(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): Location[] {
    const parsed = this.getDocument(uri, settings);
    return parsed ? findDefinition(parsed, position, this.featureContext(parsed, settings)) : [];
  }

  documentSymbols(uri: string, settings: Settings = DEFAULT_SETTINGS): DocumentSymbol[] {
    const parsed = this.getDocument(uri, settings);
    return parsed ? findDocumentSymbols(parsed) : [];
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], settings: Settings = DEFAULT_SETTINGS): CodeAction[] {
    const parsed = this.getDocument(uri, settings);
    return parsed ? getCodeActions(parsed, range, diagnostics, this.featureContext(parsed, settings)) : [];
  }

  codeLenses(uri: string, settings: Settings = DEFAULT_SETTINGS): CodeLens[] {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'prospect') return [];
    return getCodeLenses(parsed, this.evaluate(uri, settings));
  }

  inlayHints(uri: string, range: Range, settings: Settings = DEFAULT_SETTINGS): InlayHint[] {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'prospect' || !settings.showInlineHints) return [];
    const ev = this.evaluate(uri, settings);
    return ev.ok ? getInlayHints(parsed, range, ev.verdict) : [];
  }

  // ----- the workspace ---------------------------------------------------------------------

  /** Every profile and prospect file under the workspace folders (or the given folders). */
  findFiles(roots: readonly string[] = this.folders, limit = 100_000): { profiles: string[]; prospects: string[] } {
    const profiles: string[] = [];
    const prospects: string[] = [];
    const stack = [...roots];
    const seen = new Set<string>();
    while (stack.length && profiles.length + prospects.length < limit) {
      const dir = stack.pop()!;
      const real = this.fs.realPath(dir) ?? dir;
      if (seen.has(real)) continue;
      seen.add(real);
      for (const e of this.fs.readDir(dir)) {
        const p = path.join(dir, e.name);
        if (e.isDirectory) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(p);
          continue;
        }
        const kf = kindOf(e.name);
        if (kf?.kind === 'profile') profiles.push(this.uriOf(p));
        else if (kf?.kind === 'prospect') prospects.push(this.uriOf(p));
      }
    }
    return { profiles: profiles.sort(), prospects: prospects.sort() };
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

/** Whether parsing `doc` again under `maxBytes` could give another result: it was too large, or would be now. */
function limitDecides(doc: ParsedDocument, maxBytes: number): boolean {
  if (doc.problems.some((p) => p.code === 'too-large')) return true;
  // UTF-16 length × 3 bounds the UTF-8 size: the exact count only for texts near the limit.
  return doc.text.length * 3 > maxBytes && Buffer.byteLength(doc.text, 'utf8') > maxBytes;
}
