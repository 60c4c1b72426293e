import { validateAgainstSchema } from './server/src/features/validation/schemaValidation';
import { parseText } from './server/src/parser/parsedDocument';
const text = `profile: X
languag: de
language: fr
__proto__: 1
facts:
  a:
    type: choce
    label: 3
  1b:
    label: x
  c:
    typ: choice
criteria:
  - id: a b
    fact: a
    is: x
    atLeast: 3
    weight: 2
    dealbreaker: true
  - fact: a
    weight:
verdict:
  fit: 200
  borderline: -1
`;
for (const [u, t] of [['file:///w/x.profile.yaml', text], ['file:///w/x.profile.yaml', ''], ['file:///w/x.profile.yaml', 'hello'], ['file:///w/x.prospect.md', '---\nprospect: A\nmet: 2026-13-45\nfacts:\n  x: {a: 1}\n---\nbody'], ['file:///w/x.profile.yaml', 'criteria: []\nfacts: {}\n']] as const) {
  const p = parseText(u, 1, t);
  for (const pr of validateAgainstSchema(p)) console.log(JSON.stringify(pr.range), pr.message, pr.data ?? '');
  console.log('---');
}
