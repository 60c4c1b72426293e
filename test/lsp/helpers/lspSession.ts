// A minimal LSP client for the round-trip tests: spawns the BUNDLED server (`node dist/server.js
// --stdio`), speaks JSON-RPC over its stdio, answers the server's own requests (configuration,
// registrations, refreshes) and records what it publishes, so tests can wait for it.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  CodeLensRefreshRequest, ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  InlayHintRefreshRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter, type FileEvent, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { VerdictsChangedNotification, type VerdictsChangedParams } from '../../../shared/src/protocol';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** A fresh copy of samples/ in a temp folder: tests may edit files on disk. */
export function copySamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-lsp-'));
  fs.cpSync(path.join(ROOT, 'samples'), dir, { recursive: true });
  return dir;
}

/** Builds dist/server.js (the suites test the bundle the extension ships), once per suite. */
export function buildServer(): void {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  assert.ok(fs.existsSync(SERVER), 'dist/server.js was not built');
}

/**
 * A fresh copy of samples/ (changed by `prepare` before the server sees it) and a server on it;
 * `settings` answers the server's configuration requests (see LspSession.start).
 */
export async function startOnSamples(prepare?: (workspace: string) => void, settings?: () => Record<string, unknown>): Promise<{ s: LspSession; workspace: string }> {
  const workspace = copySamples();
  prepare?.(workspace);
  return { s: await LspSession.start(workspace, settings ? { settings } : undefined), workspace };
}

/**
 * The hooks of a suite that runs each test on a fresh copy of the samples: the server built once,
 * a session started before each test (`prepare` changes the copy first; `settings` answers the
 * server's workspace/configuration) and stopped, its copy removed, after it. `started` receives
 * each new session and its workspace.
 */
export function onSamples(
  started: (session: { s: LspSession; workspace: string }) => void,
  o: { prepare?: (workspace: string) => void; settings?: () => Record<string, unknown> } = {},
): void {
  let current: { s: LspSession; workspace: string } | undefined;
  before(buildServer);
  beforeEach(async () => {
    current = await startOnSamples(o.prepare, o.settings);
    started(current);
  });
  afterEach(() => {
    stopOnSamples(current?.s, current?.workspace);
    current = undefined;
  });
}

/** Stops the server and removes its workspace copy. */
export function stopOnSamples(s: LspSession | undefined, workspace: string | undefined): void {
  s?.kill();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
}

/**
 * The position of `needle` in `text` (searched from offset `from`), moved `add` characters on:
 * `positionOf(text, 'fact: ', 0, 'fact: '.length)` is just after it.
 */
export function positionOf(text: string, needle: string, from = 0, add = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `"${needle}" not found`);
  const before = text.slice(0, offset + add).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export function uriOf(fsPath: string): string {
  return URI.file(fsPath).toString();
}

export interface SessionOptions {
  /** The `idealClient` settings answered to workspace/configuration, per scope uri or for all. */
  settings?: (scopeUri: string | undefined) => unknown;
  /** Sent as initializationOptions (default: { clientWatchesFiles: true }). */
  initializationOptions?: Record<string, unknown>;
}

export class LspSession {
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly verdictsChanged: VerdictsChangedParams[] = [];
  readonly refreshes = { codeLens: 0, inlayHint: 0 };
  readonly configurationRequests: (string | undefined)[] = [];
  readonly stderr: string[] = [];
  settings: (scopeUri: string | undefined) => unknown;
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private listeners: (() => void)[] = [];
  exitCode: number | null | undefined;
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly conn: ProtocolConnection, readonly workspace: string, options: SessionOptions) {
    this.settings = options.settings ?? (() => ({}));
    this.exited = new Promise((resolve) => child.on('exit', (code) => {
      this.exitCode = code;
      resolve(code);
    }));
    child.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.notify();
    });
    conn.onNotification(VerdictsChangedNotification, (p) => {
      this.verdictsChanged.push(p);
      this.notify();
    });
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => {
      this.configurationRequests.push(item.scopeUri);
      return item.section === 'idealClient' ? this.settings(item.scopeUri) : null;
    }));
    conn.onRequest(RegistrationRequest.type, () => undefined);
    conn.onRequest(CodeLensRefreshRequest.type, () => {
      this.refreshes.codeLens++;
      this.notify();
    });
    conn.onRequest(InlayHintRefreshRequest.type, () => {
      this.refreshes.inlayHint++;
      this.notify();
    });
    // window/logMessage and friends: kept quiet unless something goes wrong.
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) this.stderr.push(`[server error] ${p.message}`);
    });
  }

  static async start(workspace: string, options: SessionOptions = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, conn, workspace, options);
    conn.listen();
    const initialized = conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(workspace),
      workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: false },
          codeLens: { refreshSupport: true },
          inlayHint: { refreshSupport: true },
        },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
      initializationOptions: options.initializationOptions ?? { clientWatchesFiles: true },
    });
    // A server that crashes on start never answers: fail at once, with its stderr, not after the test timeout.
    const died = session.exited.then((code) => {
      throw new Error(`the server exited (code ${code}) before answering initialize:\n${session.stderr.join('')}`);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the server did not answer initialize within 15 s:\n${session.stderr.join('')}`)), 15_000);
    });
    try {
      session.initializeResult = await Promise.race([initialized, died, timeout]);
    } catch (e) {
      session.kill();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    died.catch(() => undefined);
    await conn.sendNotification(InitializedNotification.type, {});
    return session;
  }

  path(relative: string): string {
    return path.join(this.workspace, ...relative.split('/'));
  }

  uri(relative: string): string {
    return uriOf(this.path(relative));
  }

  read(relative: string): string {
    return fs.readFileSync(this.path(relative), 'utf8');
  }

  async open(relative: string, text = this.read(relative)): Promise<string> {
    const uri = this.uri(relative);
    this.versions.set(uri, 1);
    const languageId = relative.endsWith('.md') ? 'markdown' : 'yaml';
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (a content change without a range is valid under incremental sync). */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async configurationChanged(): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The last diagnostics published for `uri` (undefined if none yet). */
  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.published.get(uri);
    return list?.[list.length - 1];
  }

  /** Waits until `probe` returns something truthy (re-checked on every message from the server). */
  async waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
    const first = probe();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderr.length ? `\nserver stderr:\n${this.stderr.join('')}` : ''}`));
      }, timeoutMs);
      const check = (): void => {
        const v = probe();
        if (!v) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve(v);
      };
      this.listeners.push(check);
    });
  }

  /** Diagnostics for `uri` published after `after` publications, matching `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = this.published.get(uri)?.length ?? 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.get(uri)?.slice(after).find(accept), `diagnostics for ${uri}`);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** shutdown + exit, as a client does; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.exitCode !== undefined) return this.exitCode;
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    if (code === 'timeout') throw new Error('the server did not exit within 5 s of the exit notification');
    return code;
  }

  /** For `after` hooks: whatever state the test left, the child is gone afterwards. */
  kill(): void {
    this.conn.dispose();
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
