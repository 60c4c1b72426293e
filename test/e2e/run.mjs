#!/usr/bin/env node
// The real-editor tests in one go (called by `npm test` after the unit tests):
//   install code-server if needed → build the extension and the in-host suite → start code-server
//   with the smoke-test driver → run the extension-host suite → stop → start a plain code-server
//   with the extension installed → run the UI suite → stop → start one with Workspace Trust on
//   (an untrusted folder) → the Restricted Mode checks → stop → `npm run package`, install the
//   .vsix into a fresh code-server in German → the German checks → stop.
// Prints each suite's counts and wall time and, last, "e2e: N passed, N failed"; exits non-zero
// on any failure. Every code-server runs in its own process group and is killed on every path.
//
//   node test/e2e/run.mjs [--host] [--ui] [--restricted] [--german] [--no-build] [--keep] [--grep <mocha grep>]
//   (naming phases runs only those; none named: all of them)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './buildSuite.mjs';
import { startCodeServer, stopAll } from './codeServer.mjs';
import { runHostSuite } from './hostSuite.mjs';
import { ensureCodeServer, ROOT } from './install.mjs';
import { runGermanSuite } from './german.test.mjs';
import { runRestrictedSuite } from './restricted.test.mjs';
import { runUiSuite } from './ui.test.mjs';

const RESULTS = path.join(ROOT, 'test-results');

function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`node esbuild.mjs failed (exit ${code})`))));
  });
}

const secs = (t0) => (Date.now() - t0) / 1000;
const fmt = (s) => `${s.toFixed(1)} s`;

/**
 * @param {{ host?: boolean, ui?: boolean, restricted?: boolean, german?: boolean, build?: boolean, keep?: boolean, grep?: string, log?: (s: string) => void }} [o]
 * @returns {Promise<{ passed: number, failed: number, suites: object[], seconds: number }>}
 */
export async function runE2E(o = {}) {
  const log = o.log ?? ((s) => console.log(s));
  const wantHost = o.host ?? true;
  const wantUi = o.ui ?? true;
  const wantRestricted = o.restricted ?? true;
  const wantGerman = o.german ?? true;
  const started = Date.now();
  const suites = [];
  const phase = async (name, fn) => {
    const t0 = Date.now();
    try {
      const r = await fn();
      log(`[e2e] ${name}: ${fmt(secs(t0))}`);
      return r;
    } catch (e) {
      log(`[e2e] ${name} FAILED after ${fmt(secs(t0))}: ${e instanceof Error ? e.message : e}`);
      throw e;
    }
  };
  fs.mkdirSync(RESULTS, { recursive: true });

  try {
    const cs = await phase('code-server install', () => ensureCodeServer({ log: (s) => log(`[install] ${s}`) }));
    log(`[e2e] code-server ${cs.codeServerVersion} on Node ${cs.nodeVersion} (${cs.reused ? 'cached in .vscode-test/cs' : `installed now in ${cs.installSeconds} s`})`);
    if (o.build !== false) {
      await phase('build (esbuild.mjs + in-host suite)', async () => { await build(); await buildSuite(); });
    }
    if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: the extension did not build');
  } catch (e) {
    const suite = { name: 'setup', passed: 0, failed: 1, seconds: secs(started), error: e instanceof Error ? e.message : String(e) };
    suites.push(suite);
    return summary(suites, started, log);
  }

  if (wantHost) {
    const t0 = Date.now();
    log('\n[e2e] extension-host suite (mocha inside the editor\'s extension host, via code-server\'s smoke-test driver)');
    let server;
    fs.rmSync(path.join(RESULTS, 'host-suite-failure.png'), { force: true });
    try {
      server = await startCodeServer({ smokeTestDriver: true, keepTemp: o.keep, log: (s) => log(`[code-server] ${s}`) });
      const r = await runHostSuite(server, {
        extensionPath: ROOT,
        testsPath: path.join(ROOT, 'out', 'test', 'suite', 'index.js'),
        env: o.grep ? { IDEAL_CLIENT_E2E_GREP: o.grep } : {},
        logFile: path.join(RESULTS, 'host-suite.log'),
        screenshot: path.join(RESULTS, 'host-suite-failure.png'),
      });
      if (r.timedOut) log('[e2e] the extension-host suite did not finish in time (see test-results/host-suite.log)');
      suites.push({ name: 'extension host', passed: r.passed, failed: r.failed, pending: r.pending, seconds: secs(t0), code: r.code });
    } catch (e) {
      log(`[e2e] extension-host suite could not run: ${e instanceof Error ? e.message : e}`);
      suites.push({ name: 'extension host', passed: 0, failed: 1, seconds: secs(t0), error: String(e) });
    } finally {
      await server?.stop();
    }
  }

  if (wantUi) {
    const t0 = Date.now();
    log('\n[e2e] UI suite (playwright-core + Chromium on a plain code-server, the extension installed)');
    let server;
    try {
      server = await startCodeServer({ installExtensions: [ROOT], keepTemp: o.keep, log: (s) => log(`[code-server] ${s}`) });
      const r = await runUiSuite(server, { log });
      suites.push({ name: 'UI', passed: r.passed, failed: r.failed, seconds: secs(t0) });
    } catch (e) {
      log(`[e2e] UI suite could not run: ${e instanceof Error ? e.message : e}`);
      suites.push({ name: 'UI', passed: 0, failed: 1, seconds: secs(t0), error: String(e) });
    } finally {
      await server?.stop();
    }
  }

  // Each of these starts and stops its own code-server; a phase that cannot start counts as one failure.
  const ownServer = async (name, intro, fn) => {
    const t0 = Date.now();
    log(`\n[e2e] ${intro}`);
    try {
      const r = await fn();
      if (r.error) log(`[e2e] ${name} suite could not run: ${r.error}`);
      suites.push({ name, passed: r.passed, failed: r.failed, seconds: secs(t0), ...(r.error ? { error: r.error } : {}) });
    } catch (e) {
      log(`[e2e] ${name} suite could not run: ${e instanceof Error ? e.message : e}`);
      suites.push({ name, passed: 0, failed: 1, seconds: secs(t0), error: String(e) });
    }
  };
  if (wantRestricted) {
    await ownServer('Restricted Mode', 'Restricted Mode suite (an untrusted workspace: Workspace Trust on, the folder not trusted)',
      () => runRestrictedSuite({ log, keepTemp: o.keep }));
  }
  if (wantGerman) {
    await ownServer('German .vsix', 'German .vsix suite (npm run package → --install-extension → display language de)',
      () => runGermanSuite({ log, keepTemp: o.keep }));
    // `npm run package` left the minified production build in dist/: back to the development build
    // (source maps) that the rest of the tooling and `npm start` expect.
    await build().catch((e) => log(`[e2e] rebuilding dist/ after packaging failed: ${e instanceof Error ? e.message : e}`));
  }
  return summary(suites, started, log);
}

function summary(suites, started, log) {
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const failed = suites.reduce((n, s) => n + s.failed, 0);
  const seconds = secs(started);
  log('\n[e2e] summary');
  for (const s of suites) {
    log(`  ${s.failed ? 'FAIL' : 'ok  '} ${s.name}: ${s.passed} passed, ${s.failed} failed${s.pending ? `, ${s.pending} pending` : ''} (${fmt(s.seconds)})${s.error ? ` — ${s.error.split('\n')[0]}` : ''}`);
  }
  log(`  wall time ${fmt(seconds)}`);
  fs.writeFileSync(path.join(RESULTS, 'e2e-summary.json'), JSON.stringify({ passed, failed, seconds, suites }, null, 2));
  log(`e2e: ${passed} passed, ${failed} failed`);
  return { passed, failed, suites, seconds };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const phases = ['host', 'ui', 'restricted', 'german'];
  const named = phases.filter((p) => args.includes(`--${p}`));
  const only = Object.fromEntries(phases.map((p) => [p, named.length === 0 || named.includes(p)]));
  const grepAt = args.indexOf('--grep');
  let code = 1;
  try {
    const r = await runE2E({
      ...only,
      build: !args.includes('--no-build'),
      keep: args.includes('--keep'),
      grep: grepAt >= 0 ? args[grepAt + 1] : undefined,
    });
    code = r.failed > 0 || r.passed === 0 ? 1 : 0;
  } catch (e) {
    console.error(`e2e: ${e instanceof Error ? e.stack : e}`);
    console.log('e2e: 0 passed, 1 failed');
  } finally {
    await stopAll();
  }
  process.exit(code);
}
