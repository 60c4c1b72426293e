#!/usr/bin/env node
// `npm start`: the extension in a real VS Code (code-server in your browser) on a copy of samples/.
//   build (node esbuild.mjs) → install code-server into .vscode-test/cs if needed → start it on
//   127.0.0.1 with the extension installed → print the address. Ctrl+C stops everything.
//
//   npm start -- [--port N] [--workspace DIR] [--watch] [--lang de]
//     --port N         listen on N (default 8080, or a free port when 8080 is taken)
//     --workspace DIR  open DIR itself instead of a throwaway copy of samples/
//     --watch          rebuild on every change (esbuild --watch); then "Developer: Reload Window"
//     --lang de        the editor's display language as the extension sees it (its German texts;
//                      VS Code's own UI stays English: no language pack offline)
//
// The extension is "installed" by a symlink <extensions-dir>/ideal-client.ideal-client-0.1.0 →
// this project folder: no packaging, the workbench loads it like any installed extension at every
// address (also after a reload or in a second tab), and notifications are ordinary toasts. The
// development payload of the test harness would need code-server's smoke-test driver, which
// reroutes notifications and only works from one special URL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleSignals, startCodeServer, stopAll } from '../test/e2e/codeServer.mjs';
import { ensureCodeServer, InstallError } from '../test/e2e/install.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (node esbuild.mjs, exit ${code})`))));
  });
}

let watcher;
handleSignals({ exitCode: 0 });
// Set on Ctrl+C (before handleSignals' handler has stopped code-server): the watch below must not
// then take the stop for a crash and exit 1.
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { stopping = true; });
process.on('exit', () => { try { watcher?.kill(); } catch { /* gone */ } });

try {
  const t0 = Date.now();
  console.log('Building the extension …');
  await build();
  await ensureCodeServer({ log: (s) => console.log(`[install] ${s}`) });

  const wanted = Number(opt('--port') ?? process.env.PORT ?? 8080);
  const port = (await portFree(wanted)) ? wanted : undefined;
  if (!port && (opt('--port') || process.env.PORT)) throw new Error(`port ${wanted} is in use`);

  const own = opt('--workspace');
  const lang = opt('--lang');
  if (lang !== undefined && !/^[a-z]{2}(-[a-z]{2})?$/i.test(lang)) throw new Error(`--lang ${lang}: expected a language code such as de`);
  const displayLanguage = lang && !/^en\b/i.test(lang) ? lang : undefined;
  let server;
  if (own) {
    const dir = path.resolve(own);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--workspace ${own}: not a folder`);
    server = await startCodeServer({ workspace: dir, installExtensions: [ROOT], port, displayLanguage });
  } else {
    server = await startCodeServer({ installExtensions: [ROOT], port, displayLanguage });
  }

  if (args.includes('--watch')) {
    watcher = spawn(process.execPath, ['esbuild.mjs', '--watch'], { cwd: ROOT, stdio: 'inherit' });
    console.log('Rebuilding on change (esbuild --watch); after a rebuild run "Developer: Reload Window" in the browser.');
  }

  console.log(`
Ideal Client in VS Code (code-server ${server.codeServerVersion}) — ready in ${((Date.now() - t0) / 1000).toFixed(1)} s.

  Open:       ${server.workbenchUrl()}
  Workspace:  ${server.workspace}${own ? '' : '  (a copy of samples/; deleted when you stop)'}
  Log:        ${server.logFile}

Listening on 127.0.0.1 only (from another machine: ssh -L ${server.port}:127.0.0.1:${server.port} <this host>).
Press Ctrl+C to stop.`);
  // Stay alive while code-server runs; if it dies on its own, say so and exit non-zero.
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (stopping) return;
      try { process.kill(-server.pgid, 0); } catch { clearInterval(timer); resolve(); }
    }, 1000);
  });
  console.error(`code-server stopped unexpectedly; its log:\n${server.logTail()}`);
  await stopAll();
  process.exit(1);
} catch (e) {
  console.error(`start: ${e instanceof InstallError || e instanceof Error ? e.message : e}`);
  await stopAll();
  process.exit(1);
}
