// The two servers under test and how to start a session with each: same client, same
// capabilities, same settings, so the only difference is the server.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from './lspClient.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The settings both servers get: Red Hat's `yaml.*` with our schemas associated (the brief). */
export function yamlSettings(repo) {
  const schema = (name) => pathToFileURL(path.join(repo, 'schemas', name)).href;
  return {
    schemas: {
      [schema('profile.schema.json')]: ['*.profile.yaml'],
      [schema('prospect.schema.json')]: ['*.prospect.yaml'],
    },
    schemaStore: { enable: false },
    validate: true,
    completion: true,
    hover: true,
  };
}

/** The Node options the extension starts our server with (client/src/extension.ts reads the same file). */
export function serverExecArgv(repo) {
  return JSON.parse(readFileSync(path.join(repo, 'shared', 'serverFlags.json'), 'utf8')).execArgv;
}

/** yaml-language-server 2.x, the second peer: installed as the devDependency `yaml-language-server-2`. */
export const PEER2_PACKAGE = 'yaml-language-server-2';

/**
 * A Node.js of version 22 or later for the second peer (its package declares `node >= 22.13`):
 * IDEAL_CLIENT_BENCH_NODE22 if set, this Node.js if it is new enough, else the Node.js 24 that
 * the real-editor tests install with code-server (`node test/e2e/install.mjs`). Undefined: none here.
 */
export function node22(repo) {
  const candidates = [process.env.IDEAL_CLIENT_BENCH_NODE22, process.execPath, path.join(repo, '.vscode-test', 'cs', 'node_modules', 'node', 'bin', 'node')];
  for (const c of candidates) {
    if (!c || !existsSync(c)) continue;
    const r = spawnSync(c, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const [major, minor] = (r.stdout ?? '').trim().split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 13)) return { path: c, version: r.stdout.trim() };
  }
  return undefined;
}

/** Why the second peer cannot run here, or undefined when it can. */
export function peer2Missing(repo) {
  if (!existsSync(path.join(repo, 'node_modules', PEER2_PACKAGE, 'package.json'))) return `node_modules/${PEER2_PACKAGE} is not installed (npm ci installs it)`;
  if (!node22(repo)) return 'no Node.js ≥ 22.13 here (set IDEAL_CLIENT_BENCH_NODE22, or `node test/e2e/install.mjs` installs one with code-server)';
  return undefined;
}

/**
 * @param {string} repo the repository root
 * @param {{ cpuProfDir?: string }} o
 */
export function serverDefs(repo, o = {}) {
  const yaml = yamlSettings(repo);
  const configuration = (section) => {
    if (section === 'yaml') return yaml;
    if (section === 'idealClient') return {};
    if (section === undefined) return { yaml, idealClient: {} };
    return null;
  };
  return {
    ours: {
      name: 'ours',
      command: process.execPath,
      // Started as the extension starts it: the same Node options (shared/serverFlags.json).
      args: [...serverExecArgv(repo), ...(o.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfDir}`] : []), path.join(repo, 'dist', 'server.js'), '--stdio'],
      configuration,
      // Pulls `idealClient` settings per document when it first checks one.
      pullsSettingsOnInit: false,
    },
    peer: {
      name: 'peer',
      command: process.execPath,
      args: [path.join(repo, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      configuration,
      // Pulls `yaml.*` (with the schema association) right after `initialized`.
      pullsSettingsOnInit: true,
    },
    // yaml-language-server 2.x, on the Node.js ≥ 22 it needs; absent when it cannot run here.
    ...(peer2Missing(repo) ? {} : {
      peer2: {
        name: 'peer2',
        command: node22(repo).path,
        args: [path.join(repo, 'node_modules', PEER2_PACKAGE, 'bin', 'yaml-language-server'), '--stdio'],
        configuration,
        pullsSettingsOnInit: true,
      },
    }),
  };
}

const CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    completion: {
      completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true, insertReplaceSupport: true },
      contextSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { workDoneProgress: false },
};

/**
 * Starts a server, initialises it for `folder` and hands it the settings; resolves once the
 * server has pulled them (or after a short grace period if it never asks).
 */
export async function startSession(def, repo, folder) {
  const client = new LspClient({ name: def.name, command: def.command, args: def.args, cwd: repo, configuration: def.configuration });
  const folderUri = pathToFileURL(folder).href;
  client.workspaceFolders = [{ uri: folderUri, name: path.basename(folder) }];
  const t0 = performance.now();
  const init = await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'ideal-client-bench' },
    locale: 'en',
    rootUri: folderUri,
    rootPath: folder,
    workspaceFolders: client.workspaceFolders,
    capabilities: CAPABILITIES,
    initializationOptions: { clientWatchesFiles: true },
  }, 60_000);
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings(repo), idealClient: {} } });
  // The peer pulls `workspace/configuration` after `initialized`; opening a document before the
  // settings are in would measure a validation without our schema.
  if (def.pullsSettingsOnInit) {
    for (let waited = 0; waited < 5000 && !client.serverRequests.get('workspace/configuration'); waited += 20) await sleep(20);
  }
  await sleep(300);
  return { client, init: init.result, startMs: performance.now() - t0 };
}

export const isDiagnosticsFor = (uri, version) => (n) =>
  n.method === 'textDocument/publishDiagnostics' && n.params?.uri === uri &&
  // Ours publishes with the document version: wait for exactly that one. The peer publishes
  // without one: the first publish after the change is the one (changes are made one at a time).
  (version === undefined || n.params.version === undefined || n.params.version === null || n.params.version === version);
