// Reads the .cpuprofile files that `node --cpu-prof` writes and lists the hottest functions,
// mapped through dist/server.js.map back to server/src/… so the names point at our sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

function loadSourceMap(bundle) {
  const mapFile = `${bundle}.map`;
  if (!existsSync(mapFile)) return undefined;
  try {
    return new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  } catch {
    return undefined;
  }
}

/** "name (file:line)" of a call frame, through the source map when it is in the bundle. */
function describeFrame(frame, bundle, map) {
  const name = frame.functionName || '(anonymous)';
  let file = frame.url ? (frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url) : '';
  let line = frame.lineNumber + 1;
  if (map && file === bundle) {
    const e = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (e && e.originalSource) {
      file = e.originalSource.replace(/^.*?\/(server|node_modules)\//, '$1/');
      line = e.originalLine + 1;
    }
  } else if (file) {
    file = file.replace(/^.*?\/node_modules\//, 'node_modules/');
  }
  if (!file) return name;
  return `${name} (${file}:${line})`;
}

/** Self and inclusive time per function of one profile, in ms. */
export function analyseProfile(file, bundle, map) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const keyOf = new Map();
  const key = (id) => {
    let k = keyOf.get(id);
    if (k === undefined) {
      k = describeFrame(byId.get(id).callFrame, bundle, map);
      keyOf.set(id, k);
    }
    return k;
  };
  let totalMs = 0;
  let idleMs = 0;
  prof.samples.forEach((id, i) => {
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const k = key(id);
    if (k.startsWith('(idle)')) {
      idleMs += ms;
      return;
    }
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(cur);
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + ms);
    }
  });
  const top = (m, n, filter = () => true) => [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { totalMs, busyMs: totalMs - idleMs, self: top(self, +(process.env.TOPN||15)), inclusiveOurs: top(total, +(process.env.TOPN||15), (k) => k.includes('server/src/')) };
}

/** A text summary of every profile under `dir` (one folder per session). */
export function summariseProfiles(dir, bundle) {
  const map = loadSourceMap(bundle);
  const lines = ['## CPU profiles of our server (node --cpu-prof)', ''];
  const walk = (d) => readdirSync(d).flatMap((e) => {
    const p = path.join(d, e);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cpuprofile') ? [p] : [];
  });
  for (const file of walk(dir).sort()) {
    const a = analyseProfile(file, bundle, map);
    lines.push(`### ${path.relative(dir, file)} — busy ${a.busyMs.toFixed(0)} ms of ${a.totalMs.toFixed(0)} ms`, '', 'Self time:');
    for (const [k, ms] of a.self) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
    lines.push('Inclusive time, our functions:');
    for (const [k, ms] of a.inclusiveOurs) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
    lines.push('');
  }
  return lines.join('\n');
}

// `node bench/lib/cpuProfile.mjs <dir-or-file> [dist/server.js]`: summarise profiles by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const target = path.resolve(process.argv[2] ?? 'bench/work/prof');
  const bundle = path.resolve(process.argv[3] ?? 'dist/server.js');
  process.stdout.write(`${summariseProfiles(statSync(target).isDirectory() ? target : path.dirname(target), bundle)}\n`);
}
