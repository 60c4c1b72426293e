// The capacity note's cost (a profile's `offer.hoursPerWeek` against the hours its current
// clients take), through our language service alone in a fresh process: the profile's first check
// beside N prospects — open in the service (in memory) and on disk — and the check again after one
// prospect was edited; the walk that lists the prospects apart. Every 50th prospect is a current client taking 1 h a week. Prints JSON.
//   node bench/lib/capacityCost.mjs <prospects> <service bundle>
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfile, generateProspect } from './generate.mjs';

const [count, bundle] = process.argv.slice(2);
const n = Number(count ?? 10000);
const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
const dir = mkdtempSync(path.join(os.tmpdir(), 'capacity-cost-'));
const profile = generateProfile({ lines: 300, seed: 4242, errors: false, name: 'Workspace profile' });
const profileFile = path.join(dir, 'ideal.profile.yaml');
writeFileSync(profileFile, profile.text);
const prospects = [];
for (let i = 0; i < n; i++) {
  const folder = path.join(dir, 'prospects', `b${String(Math.floor(i / 1000)).padStart(2, '0')}`);
  mkdirSync(folder, { recursive: true });
  let text = generateProspect({ seed: 500_000 + i, index: i, facts: profile.facts, profilePath: '../../ideal.profile.yaml' });
  // Where a story's keys go: before the facts.
  if (i % 50 === 0) text = text.replace('\nfacts:', '\nstatus: client\nengagement:\n  hoursPerWeek: 1\nfacts:');
  const file = path.join(folder, `p-${String(i).padStart(5, '0')}.prospect.yaml`);
  writeFileSync(file, text);
  prospects.push({ uri: pathToFileURL(file).href, text });
}
const profileUri = pathToFileURL(profileFile).href;

function session(inMemory) {
  global.gc?.();
  const service = new LanguageService({ workspaceFolders: [dir] });
  if (inMemory) for (const p of prospects) service.openDocument(p.uri, 1, p.text);
  service.openDocument(profileUri, 1, profile.text);
  // The walk that lists the prospects, timed on its own: the server has made it already (the
  // Prospects view, Evaluate All) when a profile is checked.
  let t = performance.now();
  service.findFiles();
  const walkMs = performance.now() - t;
  t = performance.now();
  const note = service.problems(profileUri).find((p) => p.code === 'capacity')?.message;
  const firstMs = performance.now() - t;
  // One prospect edited in the editor, then the profile checked again.
  service.openDocument(prospects[1].uri, 2, `${prospects[1].text}\n`);
  t = performance.now();
  service.problems(profileUri);
  const afterEditMs = performance.now() - t;
  return { walkMs, firstMs, afterEditMs, note };
}

/** The same profile without `hoursPerWeek` in its offer: the check with no capacity to compute. */
function withoutHours() {
  const service = new LanguageService({ workspaceFolders: [dir] });
  for (const p of prospects) service.openDocument(p.uri, 1, p.text);
  service.openDocument(profileUri, 1, profile.text.replace(/\n  hoursPerWeek: \d+/, ''));
  service.findFiles();
  const t = performance.now();
  service.problems(profileUri);
  return performance.now() - t;
}

// Once untimed first: the first check of a process also pays for the schema validators and the
// JIT, which the sessions after it then do not.
withoutHours();
const withoutHoursMs = withoutHours();
const out = { prospects: n, clients: Math.ceil(n / 50), withoutHoursMs, inMemory: session(true), onDisk: session(false) };
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(out)}\n`);
