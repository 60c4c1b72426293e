// Open → first diagnostics of a fresh server, as the bench's session measures it (initialised,
// settings in, then didOpen of a generated profile with two lessons until its
// publishDiagnostics), and the whole cold path from spawning the process. Median of `reps` fresh
// processes. Prints one JSON object.
//   node bench/lib/coldOpen.mjs <server.js> <lines> <reps>
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfile, generateProspect } from './generate.mjs';
import { isDiagnosticsFor, serverDefs, startSession } from './servers.mjs';
import { median } from './stats.mjs';

const [server, lines, reps] = process.argv.slice(2);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const n = Number(lines);
// The bench's folder (run.mjs generate): the profile with two lessons, and their prospects, which
// the profile's first check judges.
const lessons = ['prospects/lesson-1.prospect.yaml', 'prospects/lesson-2.prospect.yaml'];
const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true, lessons });
const folder = mkdtempSync(path.join(os.tmpdir(), 'cold-open-'));
const file = path.join(folder, 'bench.profile.yaml');
writeFileSync(file, profile.text);
mkdirSync(path.join(folder, 'prospects'));
lessons.forEach((p, i) => writeFileSync(path.join(folder, p), generateProspect({ seed: 77 + i, index: i, facts: profile.facts, profilePath: '../bench.profile.yaml' })));
const uri = pathToFileURL(file).href;
const def = serverDefs(repo, { cpuProfDir: process.env.COLD_OPEN_CPU_PROF_DIR }).ours;
def.args = def.args.map((a) => (a.endsWith(`${path.sep}server.js`) ? path.resolve(server) : a));
const openMs = [];
const totalMs = [];
for (let i = 0; i < Number(reps); i++) {
  const t0 = performance.now();
  const { client, startMs } = await startSession(def, repo, folder);
  const mark = client.mark();
  const t1 = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: profile.text } });
  const d = await client.waitFor(isDiagnosticsFor(uri, 1), { sinceIndex: mark, what: 'first diagnostics' });
  openMs.push(d.t - t1);
  // Spawn → initialised, plus open → diagnostics (the 300 ms the session waits for settings left out).
  totalMs.push(startMs - 300 + (d.t - t1));
  await client.shutdown();
  void t0;
}
rmSync(folder, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ openMs: median(openMs), coldMs: median(totalMs), all: openMs.map((x) => Math.round(x)) }));
