// Edit → diagnostics of each edit kind (editKinds.mjs), through our language service alone in a
// fresh process (no JSON-RPC, no debounce): what the server's own work costs per edit. Prints one
// JSON object { [kind]: { label, median, p95, n } }.
//   node bench/lib/editCost.mjs <lines> <cycles> <service bundle>
// The service gets each step as the server does (openDocument with the next version, then
// diagnostics); a burst sends every keystroke and asks for diagnostics after the last only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfile } from './generate.mjs';
import { applyChange, editKinds } from './editKinds.mjs';
import { median, p95 } from './stats.mjs';

const [lines, cycles, bundle] = process.argv.slice(2);
const n = Number(lines);
const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true });
const dir = mkdtempSync(path.join(os.tmpdir(), 'edit-cost-'));
const file = path.join(dir, 'bench.profile.yaml');
writeFileSync(file, profile.text);
const uri = pathToFileURL(file).href;
const service = new LanguageService({ workspaceFolders: [dir] });
let version = 1;
let text = profile.text;
service.openDocument(uri, version, text);
service.diagnostics(uri);

const out = {};
const kinds = editKinds(profile);
// One untimed cycle of every kind first: the JIT warm for all of them.
for (const pass of ['warm', 'timed']) {
  for (const kind of kinds) {
    const ms = [];
    for (let c = 0; c < (pass === 'warm' ? 1 : Number(cycles)); c++) {
      for (const [i, step] of kind.steps.entries()) {
        text = applyChange(text, step);
        const t0 = performance.now();
        service.openDocument(uri, ++version, text);
        const last = i === kind.steps.length - 1 || !kind.steps[i + 1].measured;
        if (kind.burst && !last && step.measured) continue;
        service.diagnostics(uri);
        if (step.measured) ms.push(performance.now() - t0);
      }
    }
    if (text !== profile.text) throw new Error(`${kind.name} did not restore the text`);
    if (pass === 'timed') out[kind.name] = { label: kind.label, median: median(ms), p95: p95(ms), n: ms.length };
  }
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(out));
