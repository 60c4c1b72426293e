import { parseDocument, isSeq, isMap } from 'yaml';
import { locate } from './server/src/parser/astNavigation';
const cases = [
  'criteria:\n  - id: a\n  - \nfacts:\n  x: 1\n',
  'criteria:\n  - id: a\n    fact: b\n  - fa\n',
  'facts:\n  a:\n    ty\n',
  'criteria:\n- id: a\n- id: b\n',
  'a:\n  is: [x, \n',
];
for (const t of cases) {
  const d = parseDocument(t);
  console.log(JSON.stringify(t), JSON.stringify(d.toJS()), d.errors.map(e => e.code));
  const walk = (n: any, ind = '') => { if (!n) return; console.log(ind + (n.constructor?.name), JSON.stringify(n.range), n.value !== undefined && !n.items ? JSON.stringify(n.value) : ''); if (n.items) for (const it of n.items) { if (it.key !== undefined) { walk(it.key, ind + '  k '); walk(it.value, ind + '  v '); } else walk(it, ind + '  - '); } };
  walk(d.contents);
}
const t = cases[1];
const d = parseDocument(t);
for (const off of [t.indexOf('- fa'), t.indexOf('- id'), t.indexOf('fa\n')]) console.log(off, JSON.stringify(locate(d, off, t).path), locate(d, off, t).node?.constructor.name);
