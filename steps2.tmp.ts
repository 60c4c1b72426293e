import { generateProfile } from './bench/lib/generate.mjs';
import { applyChange, editKinds } from './bench/lib/editKinds.mjs';
import { parseText } from './server/src/parser/parsedDocument';
import { reparseEdit } from './server/src/parser/incrementalParse';
const n = Number(process.argv[2] ?? 1000);
const only = process.argv[3];
const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true });
let text = profile.text; let v = 1;
let prev = parseText('file:///b.profile.yaml', v, text);
const res: Record<string, number[]> = {};
for (let c = 0; c < 10; c++) for (const kind of editKinds(profile)) {
  if (only && kind.name !== only) { for (const step of kind.steps) text = applyChange(text, step); prev = parseText('file:///b.profile.yaml', ++v, text); continue; }
  for (const step of kind.steps) {
    const after = applyChange(text, step);
    const t0 = performance.now();
    const next = reparseEdit(prev, ++v, after, 1 << 22) ?? parseText('file:///b.profile.yaml', v, after);
    (res[kind.name] ??= []).push(performance.now() - t0);
    prev = next; text = after;
  }
}
for (const [k, a] of Object.entries(res)) { a.sort((x, y) => x - y); console.log(k, a[a.length >> 1].toFixed(2), a[Math.floor(a.length * 0.95)].toFixed(2)); }
