import { doComplete } from './server/src/features/completion';
import { doHover } from './server/src/features/hover';
import { validateAgainstSchema } from './server/src/features/validation/schemaValidation';
import { parseText } from './server/src/parser/parsedDocument';
import { buildProfile } from './server/src/model/profileModel';
let t = 'profile: Big\nfacts:\n';
for (let i = 0; i < 1500; i++) t += `  f${i}:\n    type: choice\n    options: [a, b, c]\n`;
t += 'criteria:\n';
for (let i = 0; i < 1100; i++) t += `  - id: c${i}\n    fact: f${i}\n    is: a\n    weight: 1\n`;
t += '  - id: last\n    fact: \n';
console.log('lines', t.split('\n').length);
let t0 = performance.now();
const p = parseText('file:///w/x.profile.yaml', 1, t);
console.log('parse', performance.now() - t0);
const profile = buildProfile(p.value)!;
const ctx = { profile: { uri: p.uri, parsed: p, profile }, resolvePath: () => ({ ok: false as const, message: '' }) };
t0 = performance.now(); const probs = validateAgainstSchema(p); console.log('validate', performance.now() - t0, probs.length);
const end = p.lines.positionAt(t.length - 1);
for (let k = 0; k < 3; k++) {
  t0 = performance.now(); const r = doComplete(p, end, ctx); console.log('complete fact:', performance.now() - t0, r.items.length);
  t0 = performance.now(); const r2 = doComplete(p, { line: p.lines.lineCount - 1, character: 0 }, ctx); console.log('complete root', performance.now() - t0, r2.items.length);
  t0 = performance.now(); const r3 = doComplete(p, { line: 3000, character: 4 }, ctx); console.log('complete mid', performance.now() - t0, r3.items.length);
  t0 = performance.now(); const h = doHover(p, { line: 6000, character: 11 }, ctx); console.log('hover', performance.now() - t0, !!h);
}
t0 = performance.now(); validateAgainstSchema(p); console.log('validate2', performance.now() - t0);
