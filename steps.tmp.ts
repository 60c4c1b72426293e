import { generateProfile } from './bench/lib/generate.mjs';
import { applyChange, editKinds } from './bench/lib/editKinds.mjs';
import { parseText } from './server/src/parser/parsedDocument';
import { reparseEdit } from './server/src/parser/incrementalParse';
const n = Number(process.argv[2] ?? 1000);
const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true });
let text = profile.text; let v = 1;
let prev = parseText('file:///b.profile.yaml', v, text);
for (const kind of editKinds(profile)) {
  const out: string[] = [];
  for (const step of kind.steps) {
    const after = applyChange(text, step);
    const t0 = performance.now();
    const next = reparseEdit(prev, ++v, after, 1 << 22);
    const ms = performance.now() - t0;
    out.push(`${next ? 'inc' : 'FULL'}${next?.problems.length ? '!' : ''}(${ms.toFixed(1)})`);
    prev = next ?? parseText('file:///b.profile.yaml', v, after);
    text = after;
  }
  console.log(kind.name, out.join(' '));
}
const m = profile.marks; const lines = profile.text.split('\n');
console.log(lines.slice(m.probeStart, m.probeStart + 8).join('\n'));
