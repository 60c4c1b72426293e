// Starts and stops a fresh code-server: loopback only, a free port, a fresh user-data-dir with
// quiet settings, workspace trust off, a COPY of samples/ as the workspace, in its own process
// group so that stop() ends code-server, its extension hosts and the language servers they start —
// also on failure, on an exception and on Ctrl+C.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, ensureCodeServer } from './install.mjs';

export const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // The web workbench saves every edit after a second by default (desktop VS Code does not): an
  // "unsaved" edit would be on disk, and File: Revert File would have nothing to revert.
  'files.autoSave': 'off',
};

const running = new Set();

/** Stops every instance still running; synchronous, for process 'exit'. */
function killAllSync() {
  for (const s of running) {
    try { process.kill(-s.pgid, 'SIGKILL'); } catch { /* gone */ }
    if (!s.keepTemp) { try { fs.rmSync(s.tmp, { recursive: true, force: true }); } catch { /* ignore */ } }
  }
  running.clear();
}
let handlersInstalled = false;
let signalExitCode;
/**
 * On Ctrl+C (SIGINT), SIGTERM or SIGHUP: stop every code-server, then exit (with `exitCode`, by
 * default 130/143/129). On any other exit, kill the process groups synchronously.
 */
export function handleSignals({ exitCode } = {}) {
  if (exitCode !== undefined) signalExitCode = exitCode;
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllSync);
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes)) {
    process.on(sig, async () => {
      console.error(`\n[code-server] ${sig}: stopping …`);
      await stopAll();
      process.exit(signalExitCode ?? codes[sig]);
    });
  }
}
const installHandlers = () => handleSignals();

export async function stopAll() {
  await Promise.all([...running].map((s) => s.stop()));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/** Process ids in a process group, read from /proc (Linux). */
export function processesInGroup(pgid) {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …  — comm may contain spaces and parentheses
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), cmdline });
    } catch { /* exited meanwhile */ }
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {object} [o]
 * @param {string} [o.samples]          folder copied as the workspace (default <root>/samples)
 * @param {string} [o.workspace]        a folder to open in place instead of a copy
 * @param {string} [o.workspaceName]    name of the copied folder (shown in the explorer)
 * @param {boolean} [o.smokeTestDriver] add --vscode-option enable-smoke-test-driver (needed for the test payload)
 * @param {string[]} [o.installExtensions] folders to place into the extensions dir (symlinked as publisher.name-version)
 * @param {string[]} [o.installVsix]  .vsix files installed with `code-server --install-extension` before the start
 * @param {(workspace: string) => void} [o.prepareWorkspace] changes the copied workspace before the start
 * @param {boolean} [o.workspaceTrust]  leave Workspace Trust on (no --disable-workspace-trust): the
 *                                      folder opens untrusted, in Restricted Mode, without the startup prompt
 * @param {string} [o.displayLanguage]  e.g. 'de': VS Code's display language (see useDisplayLanguage)
 * @param {string[]} [o.args]           extra code-server arguments
 * @param {object} [o.settings]         extra user settings
 * @param {number} [o.port]             fixed port (default: a free one)
 * @param {boolean} [o.keepTemp]        keep the temp folder after stop (for debugging)
 * @param {(s: string) => void} [o.log]
 */
export async function startCodeServer(o = {}) {
  installHandlers();
  const log = o.log ?? ((s) => console.error(`[code-server] ${s}`));
  const cs = await ensureCodeServer({ log });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-e2e-'));
  let workspace;
  if (o.workspace) {
    workspace = path.resolve(o.workspace); // opened in place (npm start --workspace DIR); never deleted
  } else {
    workspace = path.join(tmp, o.workspaceName ?? 'my-clients');
    const samples = o.samples ?? path.join(ROOT, 'samples');
    if (!fs.existsSync(samples)) throw new Error(`samples folder not found: ${samples}`);
    fs.cpSync(samples, workspace, { recursive: true });
    o.prepareWorkspace?.(workspace);
  }
  const userDataDir = path.join(tmp, 'ud');
  const extensionsDir = path.join(tmp, 'ext');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Trust on: the folder is not trusted by this fresh user-data-dir and browser profile, so it
  // opens in Restricted Mode; "never" skips the modal "Do you trust the authors" prompt.
  const trust = o.workspaceTrust
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' }
    : {};
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...SETTINGS, ...trust, ...(o.settings ?? {}) }, null, 2) + '\n');
  for (const ext of o.installExtensions ?? []) installByLink(ext, extensionsDir);
  if (o.displayLanguage) useDisplayLanguage(o.displayLanguage, { userDataDir, tmp });
  try {
    for (const vsix of o.installVsix ?? []) await installVsix(cs, vsix, { userDataDir, extensionsDir, tmp, log });
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }

  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = o.port ?? (await freePort());
    const configFile = path.join(tmp, 'config.yaml');
    fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFile = path.join(tmp, `code-server-${attempt}.log`);
    const args = [
      cs.entry,
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check',
      ...(o.workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--vscode-option', 'reconnection-grace-time=10',
      ...(o.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...(o.displayLanguage ? ['--locale', o.displayLanguage] : []),
      ...(o.args ?? []),
      workspace,
    ];
    const out = fs.openSync(logFile, 'a');
    const started = Date.now();
    // detached: setsid() — code-server leads its own process group (and session), so that
    // kill(-pgid) reaches the extension hosts and language servers it starts.
    const child = spawn(cs.node, args, {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        PATH: `${cs.nodeBinDir}${path.delimiter}${process.env.PATH}`,
        XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
        XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
        XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
        NODE_OPTIONS: '',
        VSCODE_IPC_HOOK_CLI: '',
      },
    });
    fs.closeSync(out);
    const pgid = child.pid;
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    const server = {
      port, pgid, pid: child.pid, tmp, workspace, userDataDir, extensionsDir, logFile,
      keepTemp: !!o.keepTemp,
      codeServerVersion: cs.codeServerVersion,
      url: `http://127.0.0.1:${port}/`,
      /** URL of the workbench on the workspace, with an optional test/development payload. */
      workbenchUrl(payload) {
        let u = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}`;
        if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        return u;
      },
      /** A path on this machine as the vscode-remote URI the web workbench expects. */
      remoteUri(p) {
        return `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
      },
      processes() { return processesInGroup(pgid); },
      logTail(n = 40) {
        try { return fs.readFileSync(logFile, 'utf8').split('\n').slice(-n).join('\n'); } catch { return ''; }
      },
      stopped: false,
      async stop() {
        if (server.stopped) return;
        server.stopped = true;
        try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
        const deadline = Date.now() + 5000;
        while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
        if (groupAlive(pgid)) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
        running.delete(server);
        if (!server.keepTemp) fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
    running.add(server);
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was healthy`);
        try {
          const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
          if (r.ok) break;
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 60 s');
        await sleep(100);
      }
      server.startSeconds = (Date.now() - started) / 1000;
      log(`code-server ${cs.codeServerVersion} up on ${server.url} in ${server.startSeconds.toFixed(1)} s (pgid ${pgid}${o.smokeTestDriver ? ', smoke-test driver' : ''})`);
      return server;
    } catch (e) {
      const tail = server.logTail();
      server.keepTemp = true; // keep the temp folder: its logs explain the failure (or a retry reuses it)
      await server.stop();
      lastError = new Error(`${e.message}\n--- code-server log (${logFile}) ---\n${tail}`);
      if (!/EADDRINUSE/.test(tail) || o.port) break;
      log(`port ${port} was taken meanwhile; retrying with another`);
    }
  }
  throw lastError;
}

/**
 * Makes an extension folder visible to code-server as an installed extension, without packaging:
 * a symlink <extensionsDir>/<publisher>.<name>-<version> → the folder.
 */
export function installByLink(extensionFolder, extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase();
  const dest = path.join(extensionsDir, id);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.symlinkSync(path.resolve(extensionFolder), dest, 'dir');
  return dest;
}

/**
 * Installs a packaged extension the way a user does: `code-server --install-extension x.vsix`,
 * into this instance's extensions dir. Throws with code-server's output on failure.
 */
async function installVsix(cs, vsix, { userDataDir, extensionsDir, tmp, log }) {
  const started = Date.now();
  const args = [cs.entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)];
  const child = spawn(cs.node, args, {
    cwd: tmp,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${cs.nodeBinDir}${path.delimiter}${process.env.PATH}`, NODE_OPTIONS: '', VSCODE_IPC_HOOK_CLI: '',
      XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve('timeout'); }, 60_000);
    child.on('close', (c) => { clearTimeout(timer); resolve(c); });
  });
  if (code !== 0) throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
  log(`installed ${path.basename(vsix)} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${output.trim().split('\n').pop()}`);
}

/**
 * Makes `language` VS Code's display language, so that the extension host sees it as
 * `vscode.env.language` (and loads the extension's package.nls.<language>.json and
 * l10n/bundle.l10n.<language>.json).
 *
 * `--locale de` alone is not enough: code-server resolves a display language only through an
 * installed language pack listed in <user-data-dir>/languagepacks.json; without one it serves no
 * translations and the workbench — and with it the extension host — falls back to "en". The real
 * pack (MS-CEINTL.vscode-language-pack-de) cannot be downloaded here, and `--install-extension`
 * of a pack would not write languagepacks.json anyway (microsoft/vscode#237663; code-server#3372).
 * So this registers a stub pack with no translations, exactly as VS Code records an installed
 * one: VS Code's own UI stays English, but the language every extension sees is `language`.
 */
export function useDisplayLanguage(language, { userDataDir, tmp }) {
  const stub = path.join(tmp, `language-pack-stub-${language}`);
  fs.mkdirSync(stub, { recursive: true });
  const translations = path.join(stub, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }) + '\n');
  const packs = {
    [language]: {
      hash: `ideal-client-e2e-stub-${language}`,
      extensions: [{ extensionIdentifier: { id: `ideal-client-e2e.language-pack-stub-${language}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: language,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2) + '\n');
}
