#!/usr/bin/env node
// Installs code-server (the real VS Code workbench served over HTTP) into .vscode-test/cs, once.
// The npm package `node@24` supplies the Node that current code-server needs; code-server@4 is
// installed with that Node first on PATH. Idempotent: a marker file written after a successful
// install makes later calls return at once.
//
//   node test/e2e/install.mjs           install if needed, print where it is
//   node test/e2e/install.mjs --force   reinstall
//
// Environment: IDEAL_CLIENT_CODE_SERVER (npm spec, default "code-server@4"),
//              IDEAL_CLIENT_NODE (npm spec, default "node@24").
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CS_DIR = path.join(ROOT, '.vscode-test', 'cs');
const MARKER = path.join(CS_DIR, '.installed.json');
const CODE_SERVER_SPEC = process.env.IDEAL_CLIENT_CODE_SERVER || 'code-server@4';
const NODE_SPEC = process.env.IDEAL_CLIENT_NODE || 'node@24';

export class InstallError extends Error {}

function paths() {
  const nodeBinDir = path.join(CS_DIR, 'node_modules', 'node', 'bin');
  return {
    dir: CS_DIR,
    nodeBinDir,
    node: path.join(nodeBinDir, 'node'),
    entry: path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The install if it is complete and matches the requested versions, else undefined. */
export function installed() {
  const m = readMarker();
  const p = paths();
  if (!m || m.codeServerSpec !== CODE_SERVER_SPEC || m.nodeSpec !== NODE_SPEC) return undefined;
  if (!fs.existsSync(p.node) || !fs.existsSync(p.entry)) return undefined;
  return { ...p, codeServerVersion: m.codeServerVersion, nodeVersion: m.nodeVersion, installSeconds: m.installSeconds };
}

function run(cmd, args, opts, log) {
  return new Promise((resolve, reject) => {
    log(`$ ${[cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-6000);
      if (process.env.IDEAL_CLIENT_INSTALL_VERBOSE) process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => reject(new InstallError(`cannot run ${cmd}: ${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(tail) : reject(Object.assign(
      new InstallError(`\`${[cmd, ...args].join(' ')}\` failed with exit code ${code}`), { tail }))));
  });
}

function checkPrerequisites() {
  // The native module `kerberos` (a code-server dependency) compiles against GSSAPI headers.
  const pc = spawnSync('pkg-config', ['--exists', 'krb5-gssapi'], { stdio: 'ignore' });
  if (pc.error) throw new InstallError('pkg-config not found: run `apt-get install -y chromium libkrb5-dev pkg-config`');
  if (pc.status !== 0 && !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new InstallError('GSSAPI headers missing (code-server\'s `kerberos` module needs them): run `apt-get install -y libkrb5-dev pkg-config`');
  }
}

/** Lock so that two concurrent callers (npm test and npm start) do not install over each other. */
async function withLock(fn, log) {
  const lock = path.join(path.dirname(CS_DIR), 'cs.install.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let pid = 0;
      try { pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (pid) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
      if (pid && !alive) { fs.rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new InstallError(`another install holds ${lock}; remove it if stale`);
      log('waiting for another code-server install to finish …');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Ensures code-server is installed; returns { node, entry, nodeBinDir, codeServerVersion, … }.
 * @param {{ force?: boolean, log?: (s: string) => void }} [options]
 */
export async function ensureCodeServer({ force = false, log = (s) => console.error(`[install] ${s}`) } = {}) {
  if (!force) {
    const have = installed();
    if (have) return { ...have, reused: true };
  }
  return withLock(async () => {
    if (!force) {
      const have = installed();
      if (have) return { ...have, reused: true };
    }
    checkPrerequisites();
    const started = Date.now();
    const p = paths();
    // A half-finished earlier install (e.g. `cross-env: Permission denied`) is thrown away.
    fs.rmSync(CS_DIR, { recursive: true, force: true });
    fs.mkdirSync(CS_DIR, { recursive: true });
    fs.writeFileSync(path.join(CS_DIR, 'package.json'),
      JSON.stringify({ name: 'ideal-client-e2e-code-server', private: true, version: '0.0.0' }, null, 2) + '\n');
    // Under `npm test` the outer npm (running on the machine's Node 20) exports its user agent
    // and lifecycle variables. The inner npm would take npm_config_user_agent as its own, and
    // code-server's postinstall reads the Node major from that user agent: it would see v20 and
    // refuse. So those are dropped; registry and proxy settings (npm_config_*) are kept.
    const inherited = /^npm_(config_user_agent|node_execpath|execpath|lifecycle_|package_|command$)/i;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !inherited.test(k)));
    Object.assign(env, { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' });
    if (typeof process.getuid === 'function' && process.getuid() === 0) env.npm_config_unsafe_perm = 'true';
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    try {
      log(`installing ${NODE_SPEC} into ${path.relative(ROOT, CS_DIR)} …`);
      await run(npm, ['install', NODE_SPEC], { cwd: CS_DIR, env }, log);
      if (!fs.existsSync(p.node)) throw new InstallError(`${NODE_SPEC} installed but ${p.node} is missing`);
      const nodeVersion = spawnSync(p.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      log(`installing ${CODE_SERVER_SPEC} with Node ${nodeVersion} (takes about 2–3 minutes) …`);
      await run(npm, ['install', '--foreground-scripts', CODE_SERVER_SPEC],
        { cwd: CS_DIR, env: { ...env, PATH: `${p.nodeBinDir}${path.delimiter}${env.PATH}` } }, log);
      if (!fs.existsSync(p.entry)) throw new InstallError(`${CODE_SERVER_SPEC} installed but ${p.entry} is missing`);
      const codeServerVersion = JSON.parse(fs.readFileSync(
        path.join(CS_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
      const installSeconds = Math.round((Date.now() - started) / 100) / 10;
      fs.writeFileSync(MARKER, JSON.stringify({
        codeServerSpec: CODE_SERVER_SPEC, nodeSpec: NODE_SPEC, codeServerVersion, nodeVersion,
        installSeconds, installedAt: new Date().toISOString(),
      }, null, 2) + '\n');
      log(`code-server ${codeServerVersion} (Node ${nodeVersion}) installed in ${installSeconds} s`);
      return { ...p, codeServerVersion, nodeVersion, installSeconds, reused: false };
    } catch (e) {
      if (e.tail) {
        const hint = /gssapi/i.test(e.tail) ? ' (missing libkrb5-dev?)'
          : /Permission denied/i.test(e.tail) ? ' (permission problem; as root npm_config_unsafe_perm=true is set)'
          : /ENOTFOUND|ETIMEDOUT|ECONNRE/i.test(e.tail) ? ' (network: is the npm registry reachable?)' : '';
        console.error(e.tail.split('\n').slice(-25).join('\n'));
        throw new InstallError(`${e.message}${hint}`);
      }
      throw e;
    }
  }, log);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = await ensureCodeServer({ force: process.argv.includes('--force') });
    console.log(`code-server ${r.codeServerVersion} on Node ${r.nodeVersion}: ${r.reused ? 'already installed' : `installed in ${r.installSeconds} s`} (${path.relative(ROOT, r.dir)})`);
  } catch (e) {
    console.error(`install: ${e instanceof InstallError ? e.message : e.stack || e}`);
    process.exit(1);
  }
}
