// The parse layer: positions, Markdown front matter, and hostile input turned into one clear
// problem instead of a throw or a hang.
import { strict as assert } from 'node:assert';
import { parseText, nodeRange } from '../../server/src/parser/parsedDocument';
import { findAtPath, locate } from '../../server/src/parser/astNavigation';
import { splitFrontMatter } from '../../server/src/parser/frontMatter';
import { kindOf } from '../../shared/src/fileKinds';

const P = 'file:///w/a.profile.yaml';
const MD = 'file:///w/b.prospect.md';

describe('parser', () => {
  it('knows the file kinds by name', () => {
    assert.deepEqual(kindOf('/x/wunschkunde.profile.yml'), { kind: 'profile', format: 'yaml' });
    assert.deepEqual(kindOf('file:///x/acme.prospect.md'), { kind: 'prospect', format: 'markdown' });
    assert.equal(kindOf('/x/notes.yaml'), undefined);
  });

  it('gives ranges of YAML nodes in the whole file', () => {
    const p = parseText(P, 1, 'profile: X\nfacts:\n  budget:\n    type: money\n');
    const r = nodeRange(p, findAtPath(p.yaml, ['facts', 'budget', 'type'])!.value);
    assert.deepEqual(r, { start: { line: 3, character: 10 }, end: { line: 3, character: 15 } });
  });

  it('shifts front-matter ranges by the opening line and keeps the body as notes', () => {
    const text = '---\nprospect: A\nfacts:\n  x: 1\n---\n# Call\nhello\n';
    const p = parseText(MD, 1, text);
    assert.deepEqual(p.problems, []);
    assert.deepEqual(nodeRange(p, findAtPath(p.yaml, ['prospect'])!.value), { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } });
    assert.equal(p.body?.text, '# Call\nhello\n');
  });

  it('reports unterminated front matter on the opening line', () => {
    const p = parseText(MD, 1, '---\nprospect: A\n');
    assert.equal(p.problems.length, 1);
    assert.match(p.problems[0].message, /never closed/);
    assert.deepEqual(p.problems[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('finds front matter with CRLF line ends and a BOM', () => {
    const fm = splitFrontMatter('\ufeff---\r\nprospect: A\r\n---\r\nbody');
    assert.equal(fm.kind, 'found');
  });

  it('finds the pair under the cursor after "fact: "', () => {
    const t = 'criteria:\n  - id: a\n    fact: \n';
    const p = parseText(P, 1, t);
    const loc = locate(p.yaml, t.indexOf('fact: ') + 6, t);
    assert.deepEqual(loc.path, ['criteria', 0, 'fact']);
    assert.equal(loc.onKey, false);
  });

  describe('hostile input: one clear problem, no throw', () => {
    const cases: [string, string, RegExp][] = [
      ['alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', /alias/],
      ['deep nesting', '['.repeat(10000) + ']'.repeat(10000), /nested more than 200 levels deep/],
      ['binary', 'profile: \u0000\u0001\u0002', /binary/],
      ['tabs', 'facts:\n\tbudget: 1\n', /[Tt]ab/],
      ['two documents', 'profile: a\n---\nprofile: b\n', /more than one YAML document/],
      ['duplicate keys', 'profile: a\nprofile: b\n', /Duplicate key/],
      ['duplicate keys in a list item', 'criteria:\n  - id: a\n    fact: x\n    fact: y\n', /Duplicate key/],
      ['duplicate keys under a key that is not a number', '.nan:\n  a: 1\n  a: 2\n', /Duplicate key/],
      ['a number too large to be finite', 'criteria:\n  - id: a\n    weight: 1e999\n', /infinity/],
      ['not a number', 'facts:\n  budget: .NaN\n', /not a number/],
    ];
    for (const [name, text, re] of cases) {
      it(name, () => {
        const t0 = Date.now();
        const p = parseText(P, 1, text);
        assert.ok(Date.now() - t0 < 2000, 'parsed within 2 s');
        assert.ok(p.problems.some((x) => re.test(x.message)), JSON.stringify(p.problems.map((x) => x.message)));
      });
    }
    it('a file over the size limit is not parsed', () => {
      const p = parseText(P, 1, 'x'.repeat(2000), { maxBytes: 1000 });
      assert.equal(p.yaml, undefined);
      assert.match(p.problems[0].message, /larger than the limit.*idealClient\.maxFileSize/);
      assert.equal(p.problems[0].severity, 'warning', 'the file is not wrong, only not checked');
    });
    it('__proto__ keys are data, not prototypes', () => {
      const p = parseText(P, 1, '__proto__:\n  polluted: true\nconstructor: 1\n');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.getPrototypeOf(p.value), Object.prototype);
    });
  });
});
