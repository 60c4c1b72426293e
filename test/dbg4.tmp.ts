import { parseDocument, visit, isScalar } from 'yaml';
const O = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false, resolveKnownTags: false, logLevel: 'error' } as const;
const shape = (t: string) => { const d = parseDocument(t, O); const out: string[] = []; visit(d, { Node(_k, n) { out.push(`${isScalar(n) ? n.type : n.constructor.name}${JSON.stringify(n.range)} ${JSON.stringify(t.slice(n.range![0], n.range![2]))}`); } }); return out.join('\n'); };
for (const t of ['a:\n  b:\n  c: 1\n', 'a:\n  b: # x\n  c: 1\n', 'a:\n  - \n  - 1\n', 'a:\n  - # x\n  - 1\n', 'a:\n  b: 1 # x\n  c: 1\n', 'a:\n  b:\n\n  c: 1\n','a:\n  b: "x" # y\n  c: 1\n','a:\n  b: |\n    x\n  c: 1\n'])
  console.log(JSON.stringify(t) + '\n' + shape(t));
