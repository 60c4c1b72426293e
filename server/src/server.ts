// The Ideal Client language server: wires the LanguageService to an LSP connection (IPC from the
// VS Code extension, or --stdio for other editors and the tests). No domain logic here — only
// document sync, settings, scheduling, and turning requests into service calls.
import {
  CodeActionKind, CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  FileChangeType, LSPErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as l10n from '@vscode/l10n';
import { URI } from 'vscode-uri';
import { LanguageService, type Evaluation } from './service/languageService';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './service/settings';
import { kindOf, PROFILE_GLOB, PROSPECT_GLOB } from '../../shared/src/fileKinds';
import {
  CheckLessonsRequest, EvaluateAllRequest, EvaluateRequest, NewProspectRequest, ProfileTemplateRequest, ProfileTemplatesRequest,
  QuestionsRequest, VerdictsChangedNotification, type InitializationOptions,
} from '../../shared/src/protocol';
import * as requests from './requests';

/**
 * A document is checked again this long after its last edit. Only long enough for the edits
 * already received to be applied first (the connection handles one message per turn of the
 * event loop), so a burst of them is checked once; not a typing pause. Checking is cheap (one
 * parse per version, everything else cached or incremental), a run superseded by a newer edit is
 * dropped, and while a check runs, newer edits wait in the queue and are then checked together.
 */
const VALIDATION_DELAY_MS = 5;
/** Refreshes (code lenses, inlay hints, verdictsChanged) are batched over this long. */
const REFRESH_DELAY_MS = 100;
/** More prospects changed than this: verdictsChanged says "all" instead of listing them. */
const REFRESH_ALL_ABOVE = 1000;

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = new LanguageService();

let capabilities: ClientCapabilities = {};
let shuttingDown = false;
let clientWatchesFiles = false;

// ----- guarding: an exception in one request is a logged error and an empty answer ------------

function logError(what: string, e: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  connection.console.error(`Ideal Client: ${what} failed: ${detail}`);
}

/** Thrown by settingsForRequest: the client cancelled the request while its settings were fetched. */
class RequestCancelled extends Error {}

function guard<P, R>(what: string, fallback: () => R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (e) {
      logError(what, e);
      return fallback();
    }
  };
}

/** guard for requests: a request the client cancelled is answered RequestCancelled (LSP). */
function guardRequest<P, R>(
  what: string, fallback: () => R, handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params: P, token?: CancellationToken) => {
    try {
      const result = await handler(params, token);
      // Worked out, but no longer wanted: the client is told so rather than handed an answer it
      // has stopped waiting for.
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (e) {
      if (e instanceof RequestCancelled) return cancelled();
      logError(what, e);
      return fallback();
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

const none = (): undefined => undefined;
const empty = (): never[] => [];
const nothing = (): null => null;

/** Only our own files are answered; anything else another extension may have sent is ignored. */
function isOurs(uri: string): boolean {
  return kindOf(uri) !== undefined;
}

// ----- settings: pulled per resource with workspace/configuration, cached until they change ----

const settingsCache = new Map<string, Promise<Settings>>();
/** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
let pushedSettings: Settings = { ...DEFAULT_SETTINGS };

function settingsFor(uri: string): Promise<Settings> {
  if (!capabilities.workspace?.configuration) return Promise.resolve(pushedSettings);
  let p = settingsCache.get(uri);
  if (!p) {
    p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'idealClient' }).then(
      (raw: unknown) => toSettings(raw),
      (e: unknown) => {
        logError('reading the settings', e);
        return { ...DEFAULT_SETTINGS };
      },
    );
    settingsCache.set(uri, p);
  }
  return p;
}

/**
 * The settings for a request's document; the only await in a request handler, so the one place
 * where a cancellation can arrive before the work starts — checked here, the work is skipped.
 */
async function settingsForRequest(uri: string, token: CancellationToken | undefined): Promise<Settings> {
  const settings = await settingsFor(uri);
  if (token?.isCancellationRequested) throw new RequestCancelled();
  return settings;
}

/** Settings for many files in one workspace/configuration request (Evaluate All, Check Lessons). */
async function settingsForMany(uris: readonly string[]): Promise<(uri: string) => Settings> {
  const missing = capabilities.workspace?.configuration ? uris.filter((u) => !settingsCache.has(u)) : [];
  if (missing.length > 0) {
    const all = connection.workspace.getConfiguration(missing.map((scopeUri) => ({ scopeUri, section: 'idealClient' }))).then(
      (raws: unknown[]) => (Array.isArray(raws) ? raws : []),
      (e: unknown) => {
        logError('reading the settings', e);
        return [] as unknown[];
      },
    );
    missing.forEach((u, i) => settingsCache.set(u, all.then((raws) => toSettings(raws[i]))));
  }
  const resolved = new Map<string, Settings>();
  for (const u of uris) resolved.set(u, await settingsFor(u));
  return (uri) => resolved.get(uri) ?? pushedSettings;
}

// ----- "evaluate while typing" off: a prospect is judged as saved, not while it is edited ------

const savedVersion = new Map<string, number>();
/** The lenses last computed while the prospect was saved, shown unchanged while it is edited. */
const lensCache = new Map<string, ReturnType<LanguageService['codeLenses']>>();

function isDirty(uri: string): boolean {
  const doc = documents.get(uri);
  return !!doc && savedVersion.get(uri) !== doc.version;
}

function holdsBack(uri: string, settings: Settings): boolean {
  return !settings.evaluateWhileTyping && kindOf(uri)?.kind === 'prospect' && isDirty(uri);
}

// ----- validation: debounced per document, superseded runs dropped ---------------------------

const timers = new Map<string, NodeJS.Timeout>();
const latestRun = new Map<string, number>();
let runCounter = 0;
/** The verdict each open prospect had when last checked, to tell the client only of changes. */
const lastVerdict = new Map<string, string>();

function scheduleValidation(uri: string, delay = VALIDATION_DELAY_MS): void {
  if (shuttingDown) return;
  const old = timers.get(uri);
  if (old) clearTimeout(old);
  const run = ++runCounter;
  latestRun.set(uri, run);
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    void validate(uri, run);
  }, delay));
}

async function validate(uri: string, run: number): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const settings = await settingsFor(uri);
  // A newer edit (or a close) arrived while the settings were fetched: this run is stale.
  if (shuttingDown || latestRun.get(uri) !== run || documents.get(uri)?.version !== version) return;
  if (holdsBack(uri, settings)) return;
  try {
    const diagnostics = service.diagnostics(uri, settings);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (kindOf(uri)?.kind === 'prospect') {
      const key = verdictKey(service.evaluate(uri, settings));
      if (lastVerdict.get(uri) !== key) {
        const first = !lastVerdict.has(uri);
        lastVerdict.set(uri, key);
        if (!first) queueRefresh([uri], false);
      }
    }
  } catch (e) {
    logError(`checking ${uri}`, e);
  }
}

function verdictKey(ev: Evaluation): string {
  return ev.ok ? JSON.stringify([ev.verdict.verdict, ev.verdict.score, ev.verdict.known, ev.verdict.ask.length, ev.verdict.dealbreakers]) : `!${ev.message}`;
}

function validateAllOpen(delay = VALIDATION_DELAY_MS): void {
  for (const d of documents.all()) if (isOurs(d.uri)) scheduleValidation(d.uri, delay);
}

// ----- refreshing the inline verdict and telling the client ----------------------------------

let refreshTimer: NodeJS.Timeout | undefined;
const refreshUris = new Set<string>();
let refreshAll = false;
let refreshInline = false;

/**
 * Verdicts of `uris` may have changed: tell the client (status bar, Prospects view) and, when
 * `inline`, ask it to fetch code lenses and inlay hints again — it would not on its own, since
 * the prospect's own text did not change.
 */
function queueRefresh(uris: readonly string[] | 'all', inline = true): void {
  if (shuttingDown) return;
  if (uris === 'all') refreshAll = true;
  else for (const u of uris) refreshUris.add(u);
  refreshInline ||= inline;
  if (refreshTimer) return;
  refreshTimer = setTimeout(flushRefresh, REFRESH_DELAY_MS);
}

function flushRefresh(): void {
  refreshTimer = undefined;
  if (shuttingDown) return;
  // Thousands of prospects (a profile edit): "all", not a list the client would go through
  // anyway — sorting and sending ten thousand URIs kept the server from answering for ~10 ms.
  const all = refreshAll || refreshUris.size > REFRESH_ALL_ABOVE;
  const params = { uris: all ? [] : [...refreshUris].sort(), all: all || undefined };
  const inline = refreshInline;
  refreshUris.clear();
  refreshAll = false;
  refreshInline = false;
  if (params.uris.length > 0 || params.all) void connection.sendNotification(VerdictsChangedNotification, params);
  if (inline) refreshInlineViews();
}

function refreshInlineViews(): void {
  if (capabilities.workspace?.codeLens?.refreshSupport) {
    connection.sendRequest(CodeLensRefreshRequest.type).catch((e: unknown) => logError('refreshing code lenses', e));
  }
  if (capabilities.workspace?.inlayHint?.refreshSupport) {
    connection.languages.inlayHint.refresh().catch((e: unknown) => logError('refreshing inlay hints', e));
  }
}

/** A document's content changed (in an editor): check it, and whatever depends on it. */
function contentChanged(uri: string): void {
  const dependents = service.dependentsOf(uri);
  scheduleValidation(uri);
  for (const d of dependents) if (documents.get(d)) scheduleValidation(d);
  if (dependents.length > 0) queueRefresh(dependents.filter((d) => kindOf(d)?.kind === 'prospect'));
}

// ----- lifecycle -------------------------------------------------------------------------------

connection.onInitialize((params: InitializeParams): InitializeResult => {
  capabilities = params.capabilities ?? {};
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  configureL10n(options.l10nBundle);
  clientWatchesFiles = options.clientWatchesFiles === true;
  service.setWorkspaceFolders(workspaceFolderPaths(params));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: { label: 'Ideal Client' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Ideal Client' },
  };
});

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'idealClient' });
  }
  // VS Code watches the files itself (synchronize.fileEvents); other editors are asked to.
  if (!clientWatchesFiles && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: PROFILE_GLOB }, { globPattern: PROSPECT_GLOB }],
    });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((folders) => {
        service.setWorkspaceFolders((folders ?? []).map((f) => fsPath(f.uri)).filter((p): p is string => !!p));
        validateAllOpen(0);
        queueRefresh('all');
      }, (e: unknown) => logError('reading the workspace folders', e));
    });
  }
});

function configureL10n(bundle: unknown): void {
  if (typeof bundle !== 'string' || bundle.trim() === '') return;
  try {
    if (bundle.trimStart().startsWith('{')) l10n.config({ contents: bundle });
    else l10n.config({ fsPath: bundle });
  } catch (e) {
    logError('loading the translations', e);
  }
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(fsPath).filter((p): p is string => !!p);
}

function fsPath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

connection.onShutdown(() => {
  shuttingDown = true;
  for (const t of timers.values()) clearTimeout(t);
  timers.clear();
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = undefined;
});

connection.onExit(() => {
  shuttingDown = true;
  for (const t of timers.values()) clearTimeout(t);
});

// ----- documents and files ------------------------------------------------------------------------

documents.onDidOpen(({ document }) => {
  if (!isOurs(document.uri)) return;
  savedVersion.set(document.uri, document.version);
});

documents.onDidChangeContent(({ document }) => {
  if (!isOurs(document.uri)) return;
  service.openDocument(document.uri, document.version, document.getText());
  contentChanged(document.uri);
});

documents.onDidSave(({ document }) => {
  if (!isOurs(document.uri)) return;
  savedVersion.set(document.uri, document.version);
  // With evaluateWhileTyping off, a save is when the prospect is judged again.
  void settingsFor(document.uri).then((s) => {
    if (!s.evaluateWhileTyping && kindOf(document.uri)?.kind === 'prospect') {
      scheduleValidation(document.uri, 0);
      queueRefresh([document.uri]);
    }
  });
});

documents.onDidClose(({ document }) => {
  const uri = document.uri;
  if (!isOurs(uri)) return;
  const old = timers.get(uri);
  if (old) clearTimeout(old);
  timers.delete(uri);
  latestRun.delete(uri);
  savedVersion.delete(uri);
  lastVerdict.delete(uri);
  lensCache.delete(uri);
  settingsCache.delete(uri);
  // Whatever depended on the editor's text now depends on the file on disk.
  const dependents = service.dependentsOf(uri);
  service.closeDocument(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
  for (const d of dependents) if (documents.get(d)) scheduleValidation(d);
  if (dependents.length > 0) queueRefresh(dependents.filter((d) => kindOf(d)?.kind === 'prospect'));
});

connection.onDidChangeWatchedFiles(guard('handling file changes', none, ({ changes }) => {
  const affected = new Set<string>();
  let structural = false;
  // A file open in an editor is judged by its editor text; its save on disk changes nothing.
  const ours = changes.filter((c) => isOurs(c.uri) && !(c.type === FileChangeType.Changed && documents.get(c.uri)));
  // Evaluate All keeps its list of prospects until a file comes or goes.
  if (changes.some((c) => c.type !== FileChangeType.Changed)) evaluateAllRuns.forgetFiles();
  // Dependents first: the service forgets what depended on a file once it is told of the change.
  for (const change of ours) for (const d of service.dependentsOf(change.uri)) affected.add(d);
  for (const change of ours) {
    const kind = kindOf(change.uri)?.kind;
    service.fileChanged(change.uri);
    if (kind === 'prospect') affected.add(change.uri);
    // A profile appearing or disappearing can change which profile any prospect is judged by.
    if (kind === 'profile' && change.type !== FileChangeType.Changed) structural = true;
  }
  if (structural) {
    validateAllOpen();
    queueRefresh('all');
    return;
  }
  for (const d of affected) if (documents.get(d)) scheduleValidation(d);
  if (affected.size > 0) queueRefresh([...affected].filter((d) => kindOf(d)?.kind === 'prospect'));
}));

connection.onDidChangeConfiguration(guard('handling changed settings', none, (change) => {
  settingsCache.clear();
  const raw = (change.settings as { idealClient?: unknown } | null | undefined)?.idealClient;
  if (raw !== undefined) pushedSettings = toSettings(raw);
  validateAllOpen(0);
  queueRefresh('all');
}));

// ----- language features: each a thin call into the service ------------------------------------

connection.onCompletion(guardRequest('completion', nothing, async ({ textDocument, position }, token) => {
  if (!isOurs(textDocument.uri)) return null;
  return service.complete(textDocument.uri, position, await settingsForRequest(textDocument.uri, token));
}));

connection.onHover(guardRequest('hover', nothing, async ({ textDocument, position }, token) => {
  if (!isOurs(textDocument.uri)) return null;
  return service.hover(textDocument.uri, position, await settingsForRequest(textDocument.uri, token));
}));

connection.onDefinition(guardRequest('go to definition', empty, async ({ textDocument, position }, token) => {
  if (!isOurs(textDocument.uri)) return [];
  return service.definition(textDocument.uri, position, await settingsForRequest(textDocument.uri, token));
}));

connection.onDocumentSymbol(guardRequest('document symbols', empty, async ({ textDocument }, token) => {
  if (!isOurs(textDocument.uri)) return [];
  return service.documentSymbols(textDocument.uri, await settingsForRequest(textDocument.uri, token));
}));

connection.onCodeAction(guardRequest('code actions', empty, async ({ textDocument, range, context }, token) => {
  if (!isOurs(textDocument.uri)) return [];
  const actions = service.codeActions(textDocument.uri, range, context.diagnostics, await settingsForRequest(textDocument.uri, token));
  const only = context.only;
  return only && only.length > 0 ? actions.filter((a) => a.kind !== undefined && only.some((k) => a.kind === k || a.kind!.startsWith(`${k}.`))) : actions;
}));

connection.onCodeLens(guardRequest('code lenses', empty, async ({ textDocument }, token) => {
  const uri = textDocument.uri;
  if (!isOurs(uri)) return [];
  const settings = await settingsForRequest(uri, token);
  if (holdsBack(uri, settings)) return lensCache.get(uri) ?? [];
  const lenses = service.codeLenses(uri, settings);
  lensCache.set(uri, lenses);
  return lenses;
}));

connection.languages.inlayHint.on(guardRequest('inlay hints', empty, async ({ textDocument, range }, token) => {
  const uri = textDocument.uri;
  if (!isOurs(uri)) return [];
  const settings = await settingsForRequest(uri, token);
  // Hints sit at line ends; while held back they would drift with the edits, so none are shown.
  if (holdsBack(uri, settings)) return [];
  return service.inlayHints(uri, range, settings);
}));

// ----- the custom requests of protocol.ts -------------------------------------------------------

/** The answer to a custom request whose handler threw (the error itself is in the log). */
function failed(): { ok: false; message: string } {
  return { ok: false, message: l10n.t('Ideal Client could not answer this; the details are in the "Ideal Client" output.') };
}

connection.onRequest(EvaluateRequest, guardRequest('evaluate', failed, async (params, token) => {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  const ev = service.evaluate(uri, await settingsForRequest(uri, token));
  if (params?.refresh) queueRefresh([uri]);
  return ev;
}));

// A run is evaluated in slices (requests.ts), so that completion and diagnostics are answered
// meanwhile, and handed out a page at a time, so that no answer takes long to write either.
const evaluateAllRuns = new requests.EvaluateAllRuns();

connection.onRequest(EvaluateAllRequest, async (params, token) => {
  try {
    return await evaluateAllRuns.page(service, params, async () => {
      // The messages already received first (a completion typed with the edit that started the
      // run): the connection takes one per turn of the event loop, after whatever queued before.
      await requests.afterPendingMessages();
      const prospects = evaluateAllRuns.prospects(service);
      return requests.evaluateRun(service, await settingsForMany(prospects), prospects, {
        isCancelled: () => token.isCancellationRequested || shuttingDown,
      });
    });
  } catch (e) {
    if (e instanceof requests.Cancelled) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Evaluate All was cancelled.');
    logError('evaluate all', e);
    return { ok: true, run: 0, total: 0, offset: 0, items: [], changed: false };
  }
});

connection.onRequest(QuestionsRequest, guardRequest('questions', failed, async (params, token) => {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  return requests.questions(service, uri, await settingsForRequest(uri, token));
}));

connection.onRequest(CheckLessonsRequest, guard('check lessons', empty, async () => {
  const profiles = service.findFiles().profiles;
  return requests.checkLessons(service, await settingsForMany(profiles), profiles);
}));

connection.onRequest(ProfileTemplatesRequest, guard('profile templates', empty, () => requests.profileTemplates()));

connection.onRequest(ProfileTemplateRequest, guard('profile template', nothing, (params) => requests.profileTemplate(params?.id, params?.language)));

connection.onRequest(NewProspectRequest, guardRequest('new prospect', failed, async (params, token) => {
  const uri = typeof params?.profileUri === 'string' ? params.profileUri : '';
  return requests.newProspect(service, params, await settingsForRequest(uri, token));
}));

documents.listen(connection);
connection.listen();
