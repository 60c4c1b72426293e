#!/usr/bin/env node
// The real editor measured (opt-in, not part of `npm run bench` or `npm test`): code-server
// started as the e2e harness starts it (test/e2e/codeServer.mjs, a copy of samples/ as the
// workspace, a fresh user-data-dir), the workbench loaded in Chromium with our extension under
// development and bench/lib/editorLens.host.js as the test module, which times in the extension
// host (see there):
//   cold: the ACME sample prospect opened in a fresh window → its verdict code lens;
//   edit: a weight of the open profile changed → the prospect's verdict lens updated.
// One fresh code-server and window per run (`--runs`, 5); `--edits` (5) edits per window.
// Prints the medians and writes bench/work/editor-lens.json (every sample).
//   node bench/editorLens.mjs [--runs 5] [--edits 5] [--no-build] [--settings JSON]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, stopAll } from '../test/e2e/codeServer.mjs';
import { runHostSuite } from '../test/e2e/hostSuite.mjs';
import { median, p95 } from './lib/stats.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const runs = opt('--runs', 5);
// --settings '{"idealClient.validateWorkspace": false}': user settings of the window, to see what a feature costs.
const settings = args.includes('--settings') ? JSON.parse(args[args.indexOf('--settings') + 1]) : {};
const edits = opt('--edits', 5);

if (!args.includes('--no-build')) {
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const samples = [];
try {
  for (let r = 0; r < runs; r++) {
    const server = await startCodeServer({ smokeTestDriver: true, settings, log: () => {} });
    try {
      const file = path.join(server.tmp, 'lens.json');
      const res = await runHostSuite(server, {
        extensionPath: repo,
        testsPath: path.join(repo, 'bench', 'lib', 'editorLens.host.js'),
        env: { IDEAL_CLIENT_BENCH_LENS: file, IDEAL_CLIENT_BENCH_EDITS: String(edits) },
        timeoutMs: 180_000,
      });
      const s = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { error: `no result (exit ${res.code})` };
      samples.push(s);
      if (s.trace) for (const t of s.trace) console.log(`    ${String(t.ms).padStart(5)} ms  ${t.said}`);
      console.log(`run ${r + 1}: ${s.error ? `FAILED: ${s.error}` : `cold ${s.cold.toFixed(0)} ms (extension ${s.activeAtStart ? 'already active' : 'not yet active'} when the module ran, host up ${(s.uptimeAtStart / 1000).toFixed(1)} s; server running ${s.serverReady === undefined ? '?' : `${s.serverReady.toFixed(0)} ms`} after the open), edits ${s.edits.map((e) => e.toFixed(0)).join(', ')} ms; lens "${s.lenses[0]}" → "${s.lenses.at(-1)}"`}`);
    } finally {
      await server.stop();
    }
  }
} finally {
  await stopAll();
}

const ok = samples.filter((s) => !s.error);
const cold = ok.map((s) => s.cold);
const edit = ok.flatMap((s) => s.edits);
const summary = {
  date: new Date().toISOString(), nproc: os.cpus().length, load: os.loadavg(), runs, editsPerRun: edits,
  coldMedian: median(cold), coldP95: p95(cold), editMedian: median(edit), editP95: p95(edit), samples,
};
fs.mkdirSync(path.join(repo, 'bench', 'work'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench', 'work', args.includes('--settings') ? 'editor-lens-settings.json' : 'editor-lens.json'), JSON.stringify({ settings, ...summary }, null, 2));
console.log(`\nverdict lens, real editor (code-server ${ok.length}/${runs} windows): cold median ${summary.coldMedian?.toFixed(0)} ms (p95 ${summary.coldP95?.toFixed(0)}; target ≤ 1,500), after a profile edit median ${summary.editMedian?.toFixed(0)} ms over ${edit.length} edits (p95 ${summary.editP95?.toFixed(0)}; target ≤ 300); load average ${summary.load.map((l) => l.toFixed(1)).join('/')}`);
process.exit(ok.length === runs ? 0 : 1);
