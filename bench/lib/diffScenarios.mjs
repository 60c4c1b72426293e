// `ideal-client diff HEAD` and the profile-change lens, measured on a generated workspace made a
// git repository: the CLI after a profile edit (every prospect judged at HEAD and now), and the
// time from an edit of the profile in the editor to the lens that counts what it turns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from './lspClient.mjs';
import { runCommand } from './scenarios.mjs';
import { sleep } from './servers.mjs';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};

/** Makes `folder` a git repository with everything in it committed (HEAD). */
export function commitAll(folder) {
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'commit.gpgsign=false', 'commit', '-qm', 'bench']]) {
    const r = spawnSync('git', args, { cwd: folder, env: GIT_ENV, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
}

/** The profile's text with its first weight raised by `by` (a change that turns verdicts). */
export function editedProfile(text, by = 3) {
  return text.replace(/weight: (\d+)/, (_, w) => `weight: ${Number(w) + by}`);
}

const cpuAtExit = new URL('./cpuAtExit.mjs', import.meta.url).href;

/**
 * `ideal-client diff HEAD --format json` after a profile edit, `runs` times; the profile restored
 * after. Each run's wall time and its own CPU time (user, system; bench/lib/cpuAtExit.mjs).
 */
export async function measureDiffCli({ cli, folder, profileFile, runs = 3, workers = 1 }) {
  const original = readFileSync(profileFile, 'utf8');
  writeFileSync(profileFile, editedProfile(original));
  const out = [];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-cpu-'));
  try {
    for (let i = 0; i < runs; i++) {
      const cpuFile = path.join(tmp, `run-${i}.json`);
      const r = await runCommand(process.execPath, ['--import', cpuAtExit, cli, 'diff', 'HEAD', '--format', 'json'], folder, { ...process.env, IDEAL_CLIENT_WORKERS: String(workers), BENCH_CPU_OUT: cpuFile });
      let cpu = {};
      try {
        cpu = JSON.parse(readFileSync(cpuFile, 'utf8'));
      } catch {
        // no figure: the process did not reach its exit handler
      }
      out.push({ ms: r.ms, userMs: cpu.userMs, systemMs: cpu.systemMs, code: r.code, changed: r.code === 0 ? JSON.parse(r.stdout).length : undefined, stderr: r.stderr.slice(0, 500) });
    }
  } finally {
    writeFileSync(profileFile, original);
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

const lensTitles = (result) => (result ?? []).map((l) => l.command?.title ?? '').filter((t) => t.startsWith('This change'));

/**
 * Opens the profile in our server (a trusted workspace), then edits it `edits` times, each edit
 * flipping between a changed weight (the lens appears) and HEAD's text (it goes); the time from
 * the edit to the code lens that shows it, polled every 10 ms with a completion request before
 * each poll (its longest round trip is kept). Includes the 300 ms the server waits after the
 * last edit.
 */
export async function measureLensLatency({ def, repo, folder, profileFile, edits = 6 }) {
  const client = new LspClient({ name: def.name, command: def.command, args: def.args, cwd: repo, configuration: def.configuration });
  const folderUri = pathToFileURL(folder).href;
  client.workspaceFolders = [{ uri: folderUri, name: path.basename(folder) }];
  try {
    await client.request('initialize', {
      processId: process.pid, rootUri: folderUri, workspaceFolders: client.workspaceFolders,
      capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } } },
      initializationOptions: { clientWatchesFiles: true, trusted: true },
    }, 60_000);
    client.notify('initialized', {});
    const uri = pathToFileURL(profileFile).href;
    const original = readFileSync(profileFile, 'utf8');
    let version = 1;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text: original } });
    // The first comparison reads HEAD's files (one ls-tree, one cat-file): not what an edit costs.
    await client.request('textDocument/codeLens', { textDocument: { uri } });
    await sleep(3000);
    const samples = [];
    for (let i = 0; i < edits; i++) {
      const changed = i % 2 === 0;
      const text = changed ? editedProfile(original, 1 + i) : original;
      const t0 = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      // Completion asked all along (at the start of the `criteria:` line's value) while the
      // comparison runs: how long it waits for it.
      const completion = [];
      const at = text.slice(0, text.indexOf('\ncriteria:') + 1).split('\n').length - 1;
      for (;;) {
        const c = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: at, character: 0 } });
        completion.push(c.ms);
        const { result } = await client.request('textDocument/codeLens', { textDocument: { uri } });
        const titles = lensTitles(result);
        if (changed ? titles.length > 0 : titles.length === 0) {
          samples.push({ ms: performance.now() - t0, title: titles[0] ?? '(none)', completionMaxMs: Math.max(...completion), completions: completion.length });
          break;
        }
        if (performance.now() - t0 > 60_000) throw new Error('no lens within 60 s');
        await sleep(10);
      }
      // The server's own figure for the comparison, without the debounce and the polling.
      const { result } = await client.request('idealClient/profileChanges', { uri });
      samples[samples.length - 1].serverMs = result?.millis;
      await sleep(200);
    }
    return samples;
  } finally {
    await client.shutdown();
  }
}
