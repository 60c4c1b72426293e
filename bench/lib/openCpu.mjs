// The cold open through our language service alone: a fresh process per run loads a service
// bundle (serviceBundle.mjs), opens a generated profile with two lessons (as the bench's) and
// computes its diagnostics; the CPU time of every thread (process.cpuUsage, garbage collection
// included) and the wall time of that first open. Several bundles (say, before and after a
// change) are run in turns, so the machine's noise falls on each alike. Prints one line per
// bundle: medians and every run's CPU time.
//   node bench/lib/openCpu.mjs <lines> <runs> <bundle.cjs> [<bundle.cjs> …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const [, , , lines, bundle] = process.argv;
  const { generateProfile, generateProspect } = await import('./generate.mjs');
  const n = Number(lines);
  // The bench's folder (run.mjs generate): the profile with two lessons, and their prospects.
  const lessons = ['prospects/lesson-1.prospect.yaml', 'prospects/lesson-2.prospect.yaml'];
  const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true, lessons });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'open-cpu-'));
  mkdirSync(path.join(folder, 'prospects'));
  lessons.forEach((p, i) => writeFileSync(path.join(folder, p), generateProspect({ seed: 77 + i, index: i, facts: profile.facts, profilePath: '../bench.profile.yaml' })));
  const uri = pathToFileURL(path.join(folder, 'bench.profile.yaml')).href;
  writeFileSync(fileURLToPath(uri), profile.text);
  const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
  const service = new LanguageService({ workspaceFolders: [folder] });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  service.openDocument(uri, 1, profile.text);
  const count = service.diagnostics(uri).length;
  const wall = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ cpu: (cu.user + cu.system) / 1000, wall, count }));
} else {
  const [lines, runs, ...bundles] = process.argv.slice(2);
  const results = bundles.map(() => []);
  for (let r = 0; r < Number(runs); r++) {
    bundles.forEach((b, i) => {
      results[i].push(JSON.parse(execFileSync(process.execPath, [self, '--child', lines, b], { encoding: 'utf8' })));
    });
  }
  bundles.forEach((b, i) => {
    const rs = results[i];
    console.log(`${b}: cpu ${median(rs.map((x) => x.cpu)).toFixed(0)} ms, wall ${median(rs.map((x) => x.wall)).toFixed(0)} ms, ${rs[0].count} diagnostics; cpu ${rs.map((x) => x.cpu.toFixed(0)).join(' ')}`);
  });
}
