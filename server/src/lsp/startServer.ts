// Builds the server on a connection: the language service, the per-document records, settings,
// scheduling and the handlers — and listens. server.ts calls it with the process's connection;
// a test calls it with an in-process one (test/lsp/inProcess.test.ts).
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments,
  TextDocumentSyncKind, type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as l10n from '@vscode/l10n';
import { URI } from 'vscode-uri';
import { kindOf, PROFILE_GLOB, PROSPECT_GLOB } from '../../../shared/src/fileKinds';
import { WorkspaceTrustedNotification, type InitializationOptions } from '../../../shared/src/protocol';
import { LanguageService, type DocumentChange } from '../service/languageService';
import { nodeFileSystem } from '../workspace/fileSystem';
import { guard, none } from './guards';
import { isOurs, registerFeatures } from './features';
import { registerCustomRequests } from './customRequests';
import { OpenDocuments } from './openDocuments';
import { ProfileChanges } from './profileChanges';
import { RefreshBatcher } from './refresh';
import type { ServerParts } from './serverParts';
import { SettingsSource } from './settingsSource';
import { Validator } from './validation';
import { WorkspaceValidator } from './workspaceValidation';

export interface RunningServer {
  service: LanguageService;
  open: OpenDocuments;
  /** Whether the client asked for a shutdown (then an end of input is an orderly exit). */
  isShuttingDown(): boolean;
}

export function startServer(connection: Connection, service = new LanguageService()): RunningServer {
  let capabilities: ClientCapabilities = {};
  let shuttingDown = false;
  let clientWatchesFiles = false;
  const log = (what: string, e: unknown): void => {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    connection.console.error(`Ideal Client: ${what} failed: ${detail}`);
  };
  const documents = new TextDocuments(TextDocument);
  const open = new OpenDocuments();
  const settings = new SettingsSource(connection, () => !!capabilities.workspace?.configuration, log);
  const refresh = new RefreshBatcher(connection, () => capabilities, log);
  const isShuttingDown = (): boolean => shuttingDown;
  const validator = new Validator({ connection, documents, service, settings, open, refresh, log, isShuttingDown });
  const profileChanges = new ProfileChanges({ service, settingsFor: (uri) => settings.forUri(uri), refreshLenses: () => refresh.queue([], true), log });
  const workspacePass = new WorkspaceValidator({
    connection, service, settings, open, log, isShuttingDown, canShowProgress: () => !!capabilities.window?.workDoneProgress,
  });
  const parts: ServerParts = {
    connection, documents, service, settings, open, refresh, validator, profileChanges, log, capabilities: () => capabilities, isShuttingDown,
  };

  /**
   * Tells the service, then checks the open documents the change may have changed and refreshes
   * the verdicts of the prospects among them (and of the changed file itself, when it is a
   * prospect changed on disk: an edited one refreshes itself once its check finds a new verdict).
   */
  function changed(change: DocumentChange): void {
    const dependents = service.applyChange(change);
    for (const d of dependents) validator.schedule(d);
    const prospects = dependents.filter((d) => kindOf(d)?.kind === 'prospect');
    const onDisk = change.kind === 'changed' || change.kind === 'created' || change.kind === 'deleted';
    if (onDisk && kindOf(change.uri)?.kind === 'prospect' && !documents.get(change.uri)) prospects.push(change.uri);
    if (prospects.length > 0) refresh.queue(prospects);
  }

  // ----- lifecycle ------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    configureL10n(options.l10nBundle, log);
    clientWatchesFiles = options.clientWatchesFiles === true;
    // git runs only where the client says the workspace is trusted (never in Restricted Mode).
    profileChanges.setTrusted(options.trusted === true);
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
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Renaming or moving our files, or a folder (that may hold them), keeps the paths
          // written in profiles and prospects naming the same files.
          fileOperations: {
            willRename: {
              filters: [
                { scheme: 'file', pattern: { glob: '**/*.{profile.yaml,profile.yml,prospect.yaml,prospect.yml,prospect.md}', matches: 'file' } },
                { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } },
              ],
            },
          },
        },
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
    workspacePass.schedule();
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          service.setWorkspaceFolders((folders ?? []).map((f) => fsPathOf(f.uri)).filter((p): p is string => !!p));
          validator.scheduleAllOpen(0);
          workspacePass.schedule();
          refresh.queue('all');
        }, (e: unknown) => log('reading the workspace folders', e));
      });
    }
  });

  connection.onNotification(WorkspaceTrustedNotification, () => {
    profileChanges.setTrusted(true);
    refresh.queue([], true);
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    profileChanges.stop();
    workspacePass.stop();
    open.stopAll();
    refresh.stop();
  });

  connection.onExit(() => {
    shuttingDown = true;
    open.stopAll();
  });

  // ----- documents and files ----------------------------------------------------------------------

  documents.onDidOpen(({ document }) => {
    if (!isOurs(document.uri)) return;
    open.open(document.uri, document.version);
    workspacePass.opened(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    if (!isOurs(document.uri)) return;
    changed({ kind: 'edited', uri: document.uri, version: document.version, text: document.getText() });
    validator.schedule(document.uri);
    if (kindOf(document.uri)?.kind === 'profile') profileChanges.schedule(document.uri, document.version);
  });

  documents.onDidSave(({ document }) => {
    const record = open.get(document.uri);
    if (!record) return;
    record.savedVersion = document.version;
    // With evaluateWhileTyping off, a save is when the prospect is judged again.
    void settings.forUri(document.uri).then((s) => {
      if (!s.evaluateWhileTyping && kindOf(document.uri)?.kind === 'prospect') {
        validator.schedule(document.uri, 0);
        refresh.queue([document.uri]);
      }
    });
  });

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    if (!isOurs(uri)) return;
    open.close(uri);
    settings.forget(uri);
    profileChanges.forget(uri);
    // Whatever depended on the editor's text now depends on the file on disk.
    changed({ kind: 'closed', uri });
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    // Checked again from the file on disk, when the workspace pass is on.
    workspacePass.fileChanged(uri, false);
  });

  connection.onDidChangeWatchedFiles(guard(log, 'handling file changes', none, ({ changes }) => {
    for (const c of changes) {
      if (!isOurs(c.uri)) continue;
      const kind = c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      changed({ kind, uri: c.uri });
      if (kind === 'deleted') workspacePass.deleted(c.uri);
      // A profile that came or went can change which profile judges a prospect: a whole pass.
      else workspacePass.fileChanged(c.uri, kindOf(c.uri)?.kind === 'profile');
      if (kind === 'deleted' && kindOf(c.uri)?.kind === 'profile') workspacePass.schedule();
    }
  }));

  connection.onDidChangeConfiguration(guard(log, 'handling changed settings', none, (change) => {
    settings.changed((change.settings as { idealClient?: unknown } | null | undefined)?.idealClient);
    validator.scheduleAllOpen(0);
    workspacePass.schedule(0);
    refresh.queue('all');
  }));

  registerFeatures(parts);
  registerCustomRequests(parts);

  documents.listen(connection);
  connection.listen();
  return { service, open, isShuttingDown };
}

/** The largest translation bundle read: the German one is about 60 KB. */
const MAX_BUNDLE_BYTES = 1024 * 1024;

/**
 * The translations the client hands over: their text, or a path to them. A path is read only if
 * it names a regular file of at most MAX_BUNDLE_BYTES, without blocking (a FIFO or /dev/zero
 * would never end the read, and initialize would never be answered); what goes wrong is logged
 * with the path and the reason only — never a byte of the file, which may be anything.
 */
function configureL10n(bundle: unknown, log: (what: string, e: unknown) => void): void {
  if (typeof bundle !== 'string' || bundle.trim() === '') return;
  const inline = bundle.trimStart().startsWith('{');
  const refuse = (reason: string): void => log('loading the translations', inline ? reason : `${bundle}: ${reason}`);
  let text: string;
  if (inline) text = bundle;
  else {
    const st = statOrUndefined(bundle);
    if (!st) return refuse('no such file');
    if (!st.isFile()) return refuse('not a regular file');
    if (st.size > MAX_BUNDLE_BYTES) return refuse('larger than 1 MB');
    const read = nodeFileSystem().readFile(bundle, MAX_BUNDLE_BYTES);
    if (read === undefined) return refuse('not a readable regular file');
    if (typeof read === 'object') return refuse('tooLarge' in read ? 'larger than 1 MB' : 'not UTF-8');
    text = read;
  }
  let contents: unknown;
  try {
    contents = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text: not logged.
    return refuse('not a translation bundle (JSON)');
  }
  if (typeof contents !== 'object' || contents === null || Array.isArray(contents)) return refuse('not a translation bundle (JSON)');
  l10n.config({ contents: contents as Record<string, string> });
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(fsPathOf).filter((p): p is string => !!p);
}

function fsPathOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}
