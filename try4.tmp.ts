import { parseText } from './server/src/parser/parsedDocument';
import { locate } from './server/src/parser/astNavigation';
const t = 'criteria:\n  - id: w\n    is: intuitive\nverdict:\n  ';
const p = parseText('file:///w/x.profile.yaml', 1, t);
console.log(p.yaml!.errors.map(e=>e.message), JSON.stringify(p.value));
const l = locate(p.yaml, t.length, t); console.log(l.path, l.node?.constructor.name, (l.node as any)?.type, l.node?.range);
const m: any = p.yaml!.contents; console.log(m.items[0].value.range, m.items[0].value.items[0].range, m.items[1].key.range);
const off = t.indexOf('verdict'); const l2 = locate(p.yaml, off, t); console.log(off, l2);
