// The Ideal Client language service: a small facade over the parts that hold state — the
// document store (texts and parses), the workspace index (folders, files, which profile judges
// a prospect), the analysis (problems and verdicts, remembered with what they read) and the
// dependencies between them. It knows nothing of the LSP connection: server.ts wires it to one,
// the CLI calls it directly, the tests use it bare. Every feature is a pure function over a
// parsed document and its context (features/); this file only finds the document and the context.
//
// One way in for a change: applyChange(). It tells every part what happened and answers which
// documents must be checked again — no caller needs to know an order.
import { warmBlockParse } from '../parser/blockSplice';
import * as path from 'node:path';
import type {
  CodeAction, CodeLens, CompletionList, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Evaluation, Position, Range } from '../../../shared/src/types';
import { kindOf } from '../../../shared/src/fileKinds';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { FeatureContext, ProfileInfo, ProfileResolution, ProspectInfo } from '../model/featureContext';
import type { Problem } from '../model/problem';
import { folderKey, PROSPECT_FILES_KEY } from '../model/dependencyKeys';
import type { LessonOutcome } from '../features/validation/profileChecks';
import { doComplete } from '../features/completion';
import { doHover } from '../features/hover';
import { findDefinition } from '../features/definition';
import { findDocumentSymbols } from '../features/documentSymbols';
import { getCodeActions } from '../features/codeActions';
import { getCodeLenses, recordLessonAction } from '../features/codeLens';
import { recordDecisionAction } from '../features/codeLens';
import { isUndecided } from './decisions';
import { lessonProposal } from './lessonProposals';
import { getInlayHints } from '../features/inlayHints';
import { nodeFileSystem, type FileSystem } from '../workspace/fileSystem';
import { WorkspaceIndex, type PathResolution, type WorkspaceFiles } from '../workspace/workspaceIndex';
import { Analysis } from './analysis';
import { Dependencies } from './dependencies';
import { DocumentStore } from './documentStore';
import type { ParseShare } from './parseShare';
import { toDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { renameEdits, type FileRename } from './fileRenames';

export type { Evaluation };

/**
 * What happened to a document: opened or edited in an editor (with its text), closed there, or
 * changed, created or deleted on disk (the client's file watcher).
 */
export type DocumentChange =
  | { kind: 'opened' | 'edited'; uri: string; version: number; text: string }
  | { kind: 'closed' | 'changed' | 'created' | 'deleted'; uri: string };

export interface LanguageServiceOptions {
  fs?: FileSystem;
  workspaceFolders?: string[];
  /** Parses of unchanged files handed between this service and another (a comparison with git). */
  parseShare?: ParseShare;
}

export class LanguageService {
  readonly fs: FileSystem;
  private readonly deps = new Dependencies();
  private readonly index: WorkspaceIndex;
  private readonly docs: DocumentStore;
  private readonly analysis: Analysis;

  constructor(options: LanguageServiceOptions = {}) {
    this.fs = options.fs ?? nodeFileSystem();
    this.index = new WorkspaceIndex(this.fs, this.deps);
    this.docs = new DocumentStore(this.fs, this.deps, (uri) => this.index.fsPathOf(uri), (p) => this.index.checkRead(p), options.parseShare);
    this.analysis = new Analysis(this.docs, this.index, this.deps);
    this.setWorkspaceFolders(options.workspaceFolders ?? []);
  }

  // ----- changes ----------------------------------------------------------------------------

  /** Anything may be judged differently now: every part starts afresh. */
  setWorkspaceFolders(fsPaths: readonly string[]): void {
    this.index.setFolders(fsPaths);
    this.docs.clear();
    this.analysis.clear();
    this.deps.reset();
  }

  get workspaceFolders(): readonly string[] {
    return this.index.workspaceFolders;
  }

  /**
   * Takes in a change and answers the other documents whose problems or verdicts may differ now
   * (those whose remembered answers read what changed). A change on disk of a document open in
   * an editor changes nothing: it is judged by the editor's text.
   */
  applyChange(change: DocumentChange): string[] {
    const { uri } = change;
    if (change.kind === 'changed' && this.docs.isOpen(uri)) return [];
    const keys = [uri];
    const fsPath = this.index.fsPathOf(uri);
    // A profile that comes or goes can change which profile is the nearest in its folder.
    const comesOrGoes = change.kind === 'created' || change.kind === 'deleted';
    if (comesOrGoes && fsPath && kindOf(uri)?.kind === 'profile') keys.push(folderKey(path.dirname(fsPath)));
    if (comesOrGoes && kindOf(uri)?.kind === 'prospect') keys.push(PROSPECT_FILES_KEY);
    const dependents = new Set(keys.flatMap((k) => this.analysis.dependentsOf(k)));
    switch (change.kind) {
      case 'opened':
      case 'edited':
        this.docs.setOpen(uri, change.version, change.text);
        break;
      case 'closed':
        this.docs.close(uri);
        this.analysis.forget(uri);
        this.index.forget(uri);
        break;
      case 'changed':
        this.docs.changed(uri);
        this.index.contentChanged();
        break;
      case 'created':
      case 'deleted':
        this.docs.changed(uri);
        this.index.filesCameOrWent(uri);
        if (change.kind === 'deleted') this.analysis.forget(uri);
        break;
    }
    for (const k of keys.slice(1)) this.deps.bump(k);
    dependents.delete(uri);
    return [...dependents];
  }

  /** Shorthand: the document's text in an editor (opened or edited). */
  openDocument(uri: string, version: number, text: string): void {
    this.applyChange({ kind: 'edited', uri, version, text });
  }

  /** Shorthand: closed in the editor. */
  closeDocument(uri: string): void {
    this.applyChange({ kind: 'closed', uri });
  }

  /** Shorthand for a change on disk whose kind is not known: treated as one that came or went. */
  fileChanged(uri: string): void {
    this.applyChange({ kind: 'created', uri });
  }

  /**
   * Forgets what is cached for a file on disk that is not open (its parse, problems, verdict),
   * for a single pass over many files: the CLI judging ten thousand prospects. Nothing about the
   * file changed, so nothing that depends on it is invalidated; asked again, it is read again.
   */
  release(uri: string): void {
    if (this.docs.isOpen(uri)) return;
    this.docs.release(uri);
    this.analysis.release(uri);
    this.index.forget(uri);
  }

  isOpen(uri: string): boolean {
    return this.docs.isOpen(uri);
  }

  /** Grows whenever any document may have changed: a long run can tell it went stale. */
  get changeCount(): number {
    return this.deps.changeCount;
  }

  /** The documents whose remembered problems or verdict read `uri`. */
  dependentsOf(uri: string): string[] {
    return this.analysis.dependentsOf(uri);
  }

  /** Whether validating `uri` again would give the same answer (a cache hit). */
  isValidationCached(uri: string, settings: Settings = DEFAULT_SETTINGS): boolean {
    return this.analysis.isValidationCached(uri, settings);
  }

  // ----- documents, paths and profiles ------------------------------------------------------

  getDocument(uri: string, settings: Settings = DEFAULT_SETTINGS): ParsedDocument | undefined {
    return this.analysis.document(uri, settings);
  }

  getProfileInfo(uri: string, settings: Settings = DEFAULT_SETTINGS): ProfileInfo | undefined {
    return this.analysis.profileModel(uri, settings)?.info;
  }

  getProspectInfo(uri: string, settings: Settings = DEFAULT_SETTINGS): ProspectInfo | undefined {
    return this.analysis.prospectInfo(uri, settings);
  }

  resolveProfileFor(prospectUri: string, settings: Settings = DEFAULT_SETTINGS): ProfileResolution {
    return this.analysis.resolveProfileFor(prospectUri, settings);
  }

  resolvePath(fromUri: string, written: string): PathResolution {
    return this.index.resolvePath(fromUri, written);
  }

  fsPathOf(uri: string): string | undefined {
    return this.index.fsPathOf(uri);
  }

  uriOf(fsPath: string): string {
    return this.index.uriOf(fsPath);
  }

  rootOf(fsPath: string): string {
    return this.index.rootOf(fsPath);
  }

  /** A short name for messages: the path relative to its workspace folder. */
  describe(uri: string): string {
    return this.index.describe(uri);
  }

  /** Every profile and prospect file under the workspace folders (or the given folders). */
  findFiles(roots?: readonly string[], limit?: number): WorkspaceFiles {
    return this.index.findFiles(roots, limit);
  }

  /** Every profile and prospect file under the workspace folders, found without blocking (the server's walk). */
  findFilesAsync(): Promise<WorkspaceFiles> {
    return this.index.findFilesAsync();
  }

  /**
   * The edit that keeps the paths written in profiles and prospects naming the same files when
   * files or folders are renamed or moved (see fileRenames.ts); null when nothing names them.
   */
  renameEdits(renames: readonly FileRename[], settings: Settings = DEFAULT_SETTINGS): WorkspaceEdit | null {
    return renameEdits(renames, {
      files: () => this.index.findFiles(),
      fsPathOf: (uri) => this.index.fsPathOf(uri),
      textOf: (uri) => {
        if (this.docs.isOpen(uri)) return this.analysis.document(uri, settings)?.text;
        const fsPath = this.index.fsPathOf(uri);
        const read = fsPath ? this.fs.readFile(fsPath, settings.maxFileSize) : undefined;
        return typeof read === 'string' ? read : undefined;
      },
      parse: (uri) => this.analysis.document(uri, settings),
      resolvePath: (from, written) => this.index.resolvePath(from, written),
      release: (uri) => this.release(uri),
    });
  }

  // ----- problems, verdicts, lessons -------------------------------------------------------

  problems(uri: string, settings: Settings = DEFAULT_SETTINGS): Problem[] {
    return this.analysis.problems(uri, settings);
  }

  /**
   * Work that an edit would otherwise pay for first, done while nothing waits: yaml's parser
   * compiled on a small block (see warmBlockParse). Once per process; call it when idle.
   */
  warmUp(): void {
    warmBlockParse();
  }

  diagnostics(uri: string, settings: Settings = DEFAULT_SETTINGS): Diagnostic[] {
    return this.problems(uri, settings).map(toDiagnostic);
  }

  evaluate(uri: string, settings: Settings = DEFAULT_SETTINGS): Evaluation {
    return this.analysis.evaluate(uri, settings);
  }

  /** The verdict's scores and criteria only, not remembered: for comparing verdicts in one pass (see Analysis). */
  evaluateScoresOnly(uri: string, settings: Settings = DEFAULT_SETTINGS): Evaluation {
    return this.analysis.evaluateScoresOnly(uri, settings);
  }

  lessons(profileUri: string, settings: Settings = DEFAULT_SETTINGS): LessonOutcome[] {
    return this.analysis.lessons(profileUri, settings);
  }

  // ----- editor features --------------------------------------------------------------------

  private featureContext(parsed: ParsedDocument, settings: Settings): FeatureContext {
    const ctx: FeatureContext = {
      resolvePath: (p) => this.resolvePath(parsed.uri, p),
      pathsFromHere: (kind) => this.pathsFrom(parsed.uri, kind),
    };
    if (parsed.kind === 'prospect') {
      const resolution = this.resolveProfileFor(parsed.uri, settings);
      if (resolution.ok) ctx.profile = this.getProfileInfo(resolution.uri, settings);
      const here = this.index.fsPathOf(parsed.uri);
      if (!resolution.ok && resolution.candidates && here) {
        ctx.profileCandidates = resolution.candidates.map((c) => path.relative(path.dirname(here), c).split(path.sep).join('/'));
      }
      const ev = this.evaluate(parsed.uri, settings);
      if (ev.ok) ctx.verdict = ev.verdict;
    } else {
      ctx.profile = this.getProfileInfo(parsed.uri, settings);
    }
    return ctx;
  }

  /** Every profile or prospect in the workspace folder of `uri`, as a path written in it. */
  private pathsFrom(uri: string, kind: 'profile' | 'prospect'): string[] {
    const here = this.index.fsPathOf(uri);
    if (!here) return [];
    const root = this.index.rootOf(here);
    const files = this.index.findFiles();
    const out: string[] = [];
    for (const u of kind === 'profile' ? files.profiles : files.prospects) {
      const p = this.index.fsPathOf(u);
      if (!p || p === here || this.index.rootOf(p) !== root) continue;
      out.push(path.relative(path.dirname(here), p).split(path.sep).join('/'));
    }
    return out;
  }

  /** Runs a feature on the document with its context, or gives `none` when it cannot be read. */
  private withContext<T>(uri: string, settings: Settings, none: T, run: (parsed: ParsedDocument, ctx: FeatureContext) => T): T {
    const parsed = this.getDocument(uri, settings);
    return parsed ? run(parsed, this.featureContext(parsed, settings)) : none;
  }

  complete(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): CompletionList {
    return this.withContext(uri, settings, { isIncomplete: false, items: [] }, (p, ctx) => doComplete(p, position, ctx));
  }

  hover(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): Hover | null {
    return this.withContext(uri, settings, null, (p, ctx) => doHover(p, position, ctx));
  }

  definition(uri: string, position: Position, settings: Settings = DEFAULT_SETTINGS): Location[] {
    return this.withContext(uri, settings, [], (p, ctx) => findDefinition(p, position, ctx));
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], settings: Settings = DEFAULT_SETTINGS): CodeAction[] {
    const actions = this.withContext(uri, settings, [], (p, ctx) => getCodeActions(p, range, diagnostics, ctx));
    if (kindOf(uri)?.kind === 'prospect' && lessonProposal(this, uri, settings).ok) actions.push(recordLessonAction(uri));
    if (kindOf(uri)?.kind === 'prospect' && isUndecided(this, uri, settings)) actions.push(recordDecisionAction(uri));
    return actions;
  }

  documentSymbols(uri: string, settings: Settings = DEFAULT_SETTINGS): DocumentSymbol[] {
    const parsed = this.getDocument(uri, settings);
    return parsed ? findDocumentSymbols(parsed) : [];
  }

  codeLenses(uri: string, settings: Settings = DEFAULT_SETTINGS): CodeLens[] {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'prospect') return [];
    // Record Decision is a code action (and a command), not a lens: see codeLens.ts.
    return getCodeLenses(parsed, this.evaluate(uri, settings), lessonProposal(this, uri, settings).ok);
  }

  inlayHints(uri: string, range: Range, settings: Settings = DEFAULT_SETTINGS): InlayHint[] {
    const parsed = this.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'prospect' || !settings.showInlineHints) return [];
    const ev = this.evaluate(uri, settings);
    return ev.ok ? getInlayHints(parsed, range, ev.verdict) : [];
  }
}
