// Each edit kind (editKinds.mjs) through our language service alone, as editCost.mjs does, but
// timed in CPU time as well (process.cpuUsage around openDocument + diagnostics): on a machine
// shared with others the wall time of one step swings several-fold, its CPU time far less.
// Prints { [kind]: "wall <median ms> cpu <median ms> n <steps>" }.
//   node bench/lib/editCpu.mjs <lines> <kind|all> <cycles> <service bundle>
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { generateProfile } from './generate.mjs';
import { applyChange, editKinds } from './editKinds.mjs';
const [lines, only, cycles, bundle] = process.argv.slice(2);
const n = Number(lines);
const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true });
const uri = 'file:///tmp/x/bench.profile.yaml';
const service = new LanguageService({ workspaceFolders: ['/tmp/x'] });
let version = 1; let text = profile.text;
service.openDocument(uri, version, text); service.diagnostics(uri);
const out = {};
for (const kind of editKinds(profile)) {
  if (only !== 'all' && kind.name !== only && kind.name !== 'plain') continue;
  const ms = []; const cpu = [];
  for (let c = 0; c < Number(cycles); c++) for (const [i, step] of kind.steps.entries()) {
    text = applyChange(text, step);
    const t0 = performance.now(); const c0 = process.cpuUsage();
    service.openDocument(uri, ++version, text);
    const last = i === kind.steps.length - 1 || !kind.steps[i + 1].measured;
    if (kind.burst && !last && step.measured) continue;
    service.diagnostics(uri);
    const cu = process.cpuUsage(c0);
    if (step.measured) { ms.push(performance.now() - t0); cpu.push((cu.user + cu.system) / 1000); }
  }
  ms.sort((a, b) => a - b); cpu.sort((a, b) => a - b);
  out[kind.name] = `wall ${ms[ms.length >> 1].toFixed(1)} cpu ${cpu[cpu.length >> 1].toFixed(1)} n ${ms.length}`;
}
console.log(JSON.stringify(out));
