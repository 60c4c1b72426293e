import { visit, isScalar, type Document } from 'yaml';
import { parseText } from '../server/src/parser/parsedDocument';
import { reparseEdit } from '../server/src/parser/incrementalParse';
const shape = (d: Document.Parsed, t: string) => { const out: string[] = [`DOC${JSON.stringify(d.range)}`]; visit(d, { Node(_k, n) { out.push(`${isScalar(n) ? n.type : n.constructor.name}${JSON.stringify(n.range)} ${JSON.stringify(t.slice(n.range![0], n.range![2]))}`); } }); return out; };
export function dbg(base: string, after: string) {
  const prev = parseText('file:///w/p.profile.yaml', 1, base);
  const next = reparseEdit(prev, 2, after, 1 << 22);
  const fresh = parseText('file:///w/p.profile.yaml', 2, after);
  if (!next) { console.log('fallback'); return; }
  const a = shape(next.yaml!, after), b = shape(fresh.yaml!, after);
  a.forEach((x, i) => { if (x !== b[i]) console.log('got', x, '\nexp', b[i]); });
}
const base = "profile: Generated\nreferrals:\n  - name: Anna Schmidt\n    contact: anna@example.org\n    when: { style: [calm] }\n  - name: Ben Braun\n    contact: ben@example.org\n";
dbg(base, base.replace('contact: anna', 'contact: #anna'));
dbg(base, base.replace('contact: ben', 'contact: #ben'));
