import { doComplete } from './server/src/features/completion';
import { doHover } from './server/src/features/hover';
import { validateAgainstSchema } from './server/src/features/validation/schemaValidation';
import { parseText } from './server/src/parser/parsedDocument';
import { buildProfile } from './server/src/model/profileModel';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
const seeds = [readFileSync('samples/wunschkunde.profile.yaml', 'utf8'), readFileSync('samples/prospects/2026-11-24-baumann.prospect.md', 'utf8'), readFileSync('samples/prospects/2026-11-20-acme.prospect.yaml', 'utf8')];
const uris = ['file:///w/x.profile.yaml', 'file:///w/x.prospect.md', 'file:///w/x.prospect.yaml'];
const profile = buildProfile(parseText(uris[0], 1, seeds[0]).value)!;
function check(uri: string, text: string) {
  const p = parseText(uri, 1, text);
  const ctx = { profile: { uri, parsed: parseText(uris[0], 1, seeds[0]), profile }, resolvePath: () => ({ ok: false as const, message: '' }) };
  validateAgainstSchema(p);
  for (let line = 0; line < p.lines.lineCount; line++) {
    const len = p.lines.lineText(line).length;
    for (let ch = 0; ch <= len + 1; ch += 1) {
      doComplete(p, { line, character: ch }, ctx);
      doHover(p, { line, character: ch }, ctx);
    }
  }
}
let n = 0;
fc.assert(fc.property(fc.integer({ min: 0, max: 2 }), fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.constantFrom('', '-', ' ', ':', '[', ']', '{', '}', '\n', '  ', '- ', '#', '|', '"', "'", '&a', '*a', 'is: ', 'fact:', '__proto__: 1\n', '\t', 'x')), { maxLength: 6 }), (k, edits) => {
  let t = seeds[k];
  for (const [pos, del, ins] of edits) { const at = pos % (t.length + 1); t = t.slice(0, at) + ins + t.slice(at + del); }
  check(uris[k], t); n++;
}), { numRuns: 150 });
fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 0, max: 2 }), (s, k) => { check(uris[k], s); }), { numRuns: 200 });
for (const v of ['', 'null', '~', '42', '"x"', '[]', '[1,2]', '- a\n- b', 'a: [', '---\n---\n', '---\nprospect: [\n---\n']) for (const u of uris) check(u, v);
console.log('ok', n);
