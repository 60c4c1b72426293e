// The cold open through our language service alone: a fresh process per run loads a service
// bundle (serviceBundle.mjs), opens a generated profile and computes its diagnostics; the CPU
// time of every thread (process.cpuUsage, garbage collection included) and the wall time of that
// first open. Several bundles (say, before and after a change) are run in turns, so the machine's
// noise falls on each alike. Prints one line per bundle: medians and every run's CPU time.
//   node bench/lib/openCpu.mjs <lines> <runs> <bundle.cjs> [<bundle.cjs> …]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const [, , , lines, bundle] = process.argv;
  const { generateProfile } = await import('./generate.mjs');
  const n = Number(lines);
  const text = generateProfile({ lines: n, seed: 1000 + n, errors: true }).text;
  const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
  const service = new LanguageService({ workspaceFolders: ['/tmp/x'] });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  service.openDocument('file:///tmp/x/bench.profile.yaml', 1, text);
  const count = service.diagnostics('file:///tmp/x/bench.profile.yaml').length;
  const wall = performance.now() - t0;
  const cu = process.cpuUsage(c0);
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
