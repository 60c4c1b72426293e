// Messages in English and German: every message the client or the server passes to l10n.t, and
// the shared writers to the translation function `t` they are given, has a German translation
// with the same placeholders, and every %key% of package.json is in both package.nls files.
// Messages are found in the sources with the TypeScript parser. The other way round, every German
// entry has its English twin: a message of the sources or a text of schemas/*.json (the one
// place that passes a text that is not a literal, schema/keyWords.ts, translates those), and
// no placeholder of the German text is missing from, or added to, the English one.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { schemaTexts } from '../../server/src/schema/keyWords';

const ROOT = path.resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** A call of `l10n.t` or `vscode.l10n.t`, or in shared/ of `t` (the translation a caller passes in). */
function isTranslation(call: ts.CallExpression, sf: ts.SourceFile, shared: boolean): boolean {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 't') return ['l10n', 'vscode.l10n'].includes(callee.expression.getText(sf));
  return shared && ts.isIdentifier(callee) && callee.text === 't';
}

/** Every translated message: a string literal or a same-file string constant. */
function messages(): { found: Map<string, string>; unresolved: string[] } {
  const found = new Map<string, string>();
  const unresolved: string[] = [];
  const sharedDir = path.join(ROOT, 'shared', 'src');
  for (const file of [...sourceFiles(path.join(ROOT, 'client', 'src')), ...sourceFiles(path.join(ROOT, 'server', 'src')), ...sourceFiles(sharedDir)]) {
    const shared = file.startsWith(sharedDir + path.sep);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = new Map<string, string>();
    const collect = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isStringLiteralLike(n.initializer)) constants.set(n.name.text, n.initializer.text);
      ts.forEachChild(n, collect);
    };
    collect(sf);
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && isTranslation(n, sf, shared)) {
        const arg = n.arguments[0];
        const where = `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
        const text = arg && ts.isStringLiteralLike(arg) ? arg.text : arg && ts.isIdentifier(arg) ? constants.get(arg.text) : undefined;
        // The schema's own texts (their keys are checked against schemas/*.json below).
        const schemaKey = path.relative(ROOT, file) === path.join('server', 'src', 'schema', 'keyWords.ts') && arg && ts.isIdentifier(arg) && arg.text === 'text';
        if (schemaKey) return;
        if (text === undefined) unresolved.push(where);
        else if (!found.has(text)) found.set(text, where);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, unresolved };
}

const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();

describe('translations (l10n bundle and package.nls)', function () {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

  it('translates every message of client, server and shared writers into German, placeholders intact', function () {
    const { found, unresolved } = messages();
    assert.ok(found.size > 50, 'the sources were read');
    assert.ok([...found.values()].some((where) => where.startsWith(`shared${path.sep}`)), 'the shared writers were read');
    assert.deepEqual(unresolved, [], 'l10n.t takes a literal message (the bundle key)');
    const missing = [...found].filter(([m]) => typeof bundle[m] !== 'string').map(([m, where]) => `${where}: ${JSON.stringify(m)}`);
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.de.json');
    const broken = [...found.keys()].filter((m) => JSON.stringify(placeholders(m)) !== JSON.stringify(placeholders(bundle[m])));
    assert.deepEqual(broken, [], 'the German text must use the same {n} placeholders');
  });

  it('has an English twin for every German entry (a message of the sources or a schema text), with the same placeholders', function () {
    const { found } = messages();
    const schemas = ['profile', 'prospect'].flatMap((k) => schemaTexts(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${k}.schema.json`), 'utf8'))));
    const english = new Set([...found.keys(), ...schemas]);
    assert.deepEqual(Object.keys(bundle).filter((k) => !english.has(k)), [], 'German entries whose English text no source or schema uses: remove them or fix the key');
    assert.deepEqual(Object.keys(bundle).filter((k) => JSON.stringify(placeholders(k)) !== JSON.stringify(placeholders(bundle[k]))), [], 'the German text must use the same {n} placeholders');
    assert.deepEqual(Object.entries(bundle).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k), [], 'every German entry has a text');
  });

  it('has both package.nls files for every %key% of package.json', function () {
    const pkg = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...pkg.matchAll(/"%([A-Za-z0-9_.]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.de.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
      assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string'), [], `${file} lacks these keys`);
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.includes(k)), [], `${file} has keys package.json does not use`);
    }
  });

  it('the server and the client load the same bundle format (@vscode/l10n reads it)', async function () {
    const l10n = await import('@vscode/l10n');
    l10n.config({ contents: bundle });
    try {
      assert.equal(l10n.t('no fit'), 'passt nicht');
      assert.equal(l10n.t('{0}% match', 29), 'Passung 29\u202f%');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
