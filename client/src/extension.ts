// The Ideal Client extension: starts the language server (dist/server.js) and adds the commands,
// the status bar item and the Prospects view. It holds no domain logic — it asks the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { VerdictsChangedNotification, WorkspaceTrustedNotification, type InitializationOptions } from '../../shared/src/protocol';
import { registerCommands } from './commands';
import { registerProspectsViewCommands } from './prospectsCommands';
import { VerdictStatusBar } from './statusBar';
import { ProspectsView } from './prospectsView';
import { ReportDocuments } from './reportDocuments';
import { RecentProspects } from './recentProspects';
import { isProfile, isProspect } from './files';
import { ALL_FILES_GLOB, EXCLUDE_GLOB } from '../../shared/src/fileKinds';
import { CONTEXT_KEYS } from '../../shared/src/ids';
import serverFlags from '../../shared/serverFlags.json';

let client: LanguageClient | undefined;

/** What activate() returns, for other extensions and the extension-host tests. */
export interface IdealClientApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready(): Promise<void>;
  /** The Prospects view's items as the tree shows them (for the extension-host tests). */
  prospectsView: Pick<vscode.TreeDataProvider<unknown>, 'getChildren' | 'getTreeItem'>;
}

export async function activate(context: vscode.ExtensionContext): Promise<IdealClientApi> {
  const log = vscode.window.createOutputChannel('Ideal Client', { log: true });
  context.subscriptions.push(log);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The Node options of shared/serverFlags.json (why they are there is written in it).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverFlags.execArgv] } },
    // "Attach to Server" in .vscode/launch.json connects to this port.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverFlags.execArgv, '--nolazy', '--inspect=6009'] } },
  };

  const watcher = vscode.workspace.createFileSystemWatcher(ALL_FILES_GLOB);
  context.subscriptions.push(watcher);
  // A function: read again at each (re)start, so that a server started after trust was granted knows it.
  const initializationOptions = (): InitializationOptions => ({
    l10nBundle: vscode.l10n.uri?.fsPath,
    clientWatchesFiles: true,
    // In Restricted Mode the server never runs git (the profile-change lens).
    trusted: vscode.workspace.isTrusted,
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...['file', 'untitled'].flatMap((scheme) => [
        { scheme, language: 'yaml', pattern: '**/*.profile.{yaml,yml}' },
        { scheme, language: 'yaml', pattern: '**/*.prospect.{yaml,yml}' },
        { scheme, language: 'markdown', pattern: '**/*.prospect.md' },
      ]),
    ],
    synchronize: { fileEvents: watcher },
    outputChannel: log,
    diagnosticCollectionName: 'ideal-client',
    initializationOptions,
  };

  // The id "idealClient" makes the client honour the setting idealClient.trace.server.
  client = new LanguageClient('idealClient', 'Ideal Client', serverOptions, clientOptions);
  const languageClient = client;

  const statusBar = new VerdictStatusBar(languageClient);
  const view = new ProspectsView(languageClient);
  const reports = new ReportDocuments(context.storageUri ?? context.globalStorageUri);
  const recent = new RecentProspects();
  context.subscriptions.push(statusBar, view, reports, recent);
  // The server starts when first needed: a profile or prospect open or in the workspace, or one
  // of our commands run. Activation by language (any YAML or Markdown file) alone starts nothing,
  // so a workspace without our files never pays for a server process.
  let starting: Promise<void> | undefined;
  const start = (): Promise<void> => {
    starting ??= languageClient.start().then(() => {
      void statusBar.update();
      view.refresh();
    }, (e: unknown) => {
      log.error(`The language server could not start: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    });
    return starting;
  };
  const startIfOurs = (doc: vscode.TextDocument): void => {
    if (isProfile(doc.uri) || isProspect(doc.uri)) start().catch(() => undefined);
  };
  registerCommands(context, { client: languageClient, statusBar, reports, view, recent, ready: start });
  registerProspectsViewCommands(context, view);

  // Registered before start, so it survives restarts (the client re-registers it).
  context.subscriptions.push(languageClient.onNotification(VerdictsChangedNotification, (params) => {
    const uris = params?.all ? 'all' : Array.isArray(params?.uris) ? params.uris : [];
    statusBar.changed(uris);
    view.refresh();
  }));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (languageClient.isRunning()) void languageClient.sendNotification(WorkspaceTrustedNotification);
  }));
  context.subscriptions.push(languageClient.onDidChangeState(() => {
    void statusBar.update();
    view.refresh();
  }));
  const updateHasFiles = async (): Promise<void> => {
    const found = await vscode.workspace.findFiles(ALL_FILES_GLOB, EXCLUDE_GLOB, 1);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasFiles, found.length > 0);
    if (found.length > 0) start().catch(() => undefined);
  };
  context.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders(() => {
    void updateHasFiles();
    view.refresh();
  }));
  context.subscriptions.push(watcher.onDidCreate(() => void updateHasFiles()), watcher.onDidDelete(() => void updateHasFiles()));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startIfOurs));
  vscode.workspace.textDocuments.forEach(startIfOurs);
  void updateHasFiles();

  return {
    ready: start,
    prospectsView: {
      getChildren: (node?: unknown) => view.getChildren(node as Parameters<ProspectsView['getChildren']>[0]),
      getTreeItem: (node: unknown) => view.getTreeItem(node as Parameters<ProspectsView['getTreeItem']>[0]),
    },
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  // Never started (no profile or prospect was ever needed): nothing to stop.
  if (c?.needsStop()) await c.stop();
}
