// The two shortcuts around the full YAML parse must give exactly what the full parse gives:
// the fast reader of plain prospects (simpleYaml.ts) and the in-place edit of one plain value
// (incrementalParse.ts). Each is compared with `yaml` itself on many documents and edits, and
// each must give up (undefined) on what it does not handle, so the full parse decides.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, visit, type Document } from 'yaml';
import { parseSimpleYaml } from '../../server/src/parser/simpleYaml';
import { reparseEdit, incrementalCounter } from '../../server/src/parser/incrementalParse';
import { lastSplice } from '../../server/src/parser/blockSplice';
import { parseText } from '../../server/src/parser/parsedDocument';
import { findAtPath } from '../../server/src/parser/astNavigation';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';
import { SAMPLES_DIR, sampleProfileTexts, sampleProspectTexts } from './helpers/samples';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, resolveKnownTags: false, logLevel: 'error' } as const;

function full(text: string): { value: unknown; doc: Document.Parsed } {
  const doc = parseDocument(text, OPTIONS);
  assert.equal(doc.errors.length + doc.warnings.length, 0, `the fixture is valid YAML: ${text}`);
  return { value: doc.toJS(), doc };
}

/** Every node's range, in visiting order: two documents with the same ranges list the same. */
function ranges(doc: Document.Parsed): string {
  const out: string[] = [JSON.stringify(doc.range)];
  visit(doc, { Node(_k, n) { out.push(JSON.stringify(n.range)); } });
  return out.join(' ');
}

const SAMPLES = SAMPLES_DIR;
const sampleProspects = sampleProspectTexts;

describe('fast reader of plain prospects (simpleYaml)', () => {
  const simple = [
    'prospect: ACME\nprofile: ../p.profile.yaml\nmet: 2026-11-20\nfacts:\n  budget: 8000 EUR\n  n: 12\n  f: 1.50\n  neg: +3\n  yes1: yes\n  t: true\n  F: FALSE\n  nul: null\n  tilde: ~\n  empty:\n  hex: 0x1F\n  oct: 0o17\n  exp: 1e3\n  inf: .inf\n  nan: .NaN\n  big: 123456789012345678901234\n  tags: [a, b c, 3, true]\n  none: []\n  quoted: "Wir mögen Klarheit: ja."\n  single: \'a # b\'\n',
    '# a comment first\nprospect: B\ncontact: { name: Mia Becker, email: mia@example.org }\nfacts:\n\n  # between keys\n  style: calm\nnotes: |\n  Line one.\n\n  Line two: with a colon.\n\n\nextra: 1\n',
    'prospect: C\nnotes: |-\n  kept\n    indented more\n',
    'prospect: D\nfacts:\n  deep:\n    deeper:\n      x: 1\n  after: 2\n',
    'prospect: E\nnotes: |\n  only\n',
    'prospect: Müller & Söhne\nfacts: {}\n',
    'prospect: F\ncontact: {}\nfacts:\n  a: 10:30\n  b: x-y\n',
  ];

  it('gives the value yaml gives, and the range of the notes', () => {
    for (const text of [...simple, ...sampleProspects()]) {
      const s = parseSimpleYaml(text);
      const { value, doc } = full(text);
      if (!s) continue; // giving up is always allowed; being wrong never is
      assert.deepEqual(s.value, value, text);
      assert.equal(JSON.stringify(s.value), JSON.stringify(value), `same types and key order: ${text}`);
      for (const [key, r] of s.ranges) {
        const node = findAtPath(doc, [key])?.value;
        assert.deepEqual(r, node?.range?.slice(0, 2), `range of ${key} in ${text}`);
      }
    }
  });

  it('reads the plain shapes itself (the point of it)', () => {
    for (const text of simple.slice(0, 5)) assert.ok(parseSimpleYaml(text), `read without the full parser: ${text}`);
    const samples = sampleProspects();
    assert.ok(samples.filter((t) => parseSimpleYaml(t)).length >= samples.length / 2, 'most sample prospects are plain');
  });

  it('gives up on everything else', () => {
    const others = [
      'a: 1\na: 2\n', // duplicate key: an error for the full parser
      'a: b # comment\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: "esc\\n"\n', "a: 'it''s'\n",
      'a:\n  - 1\n  - 2\n', 'a: one\n  two\n', 'a: [x, [y]]\n', 'a: { b: { c: 1 } }\n', 'a: |+\n  x\n',
      'a: |\n  x', // a block at the very end without a newline
      'a: >\n  folded\n', 'null: 1\n', 'true: 1\n', '"q": 1\n', 'a:\tb\n', '---\na: 1\n', '- 1\n', '', '# only\n',
      'a: 1\n b: 2\n', 'a: [x,]\n', 'a: key: value\n', '__proto__: 1\n', 'a: |\n\n  x\n',
    ];
    for (const text of others) assert.equal(parseSimpleYaml(text), undefined, text);
  });

  it('parseText reads a plain prospect fast and parses the YAML only when asked', () => {
    const text = 'prospect: A\nfacts:\n  budget: 8000 EUR\nnotes: |\n  Hallo.\n';
    const parsed = parseText('file:///w/a.prospect.yaml', 1, text);
    assert.ok(parsed.topLevelRanges, 'read by the fast reader');
    assert.deepEqual(parsed.value, full(text).value);
    assert.equal(ranges(parsed.yaml!), ranges(full(text).doc), 'the document on demand is the full parse');
    assert.deepEqual(parsed.problems, []);
  });
});

describe('an edit applied to the previous parse (incrementalParse, blockSplice)', () => {
  const profile = [
    'profile: P', 'facts:', '  budget:', '    type: money', '    currency: EUR', '  style:', '    type: choice',
    '    options: [calm, hectic]', 'criteria:', '  - id: budget', '    fact: budget', '    atLeast: 5000 EUR', '    weight: 2',
    '  - id: style', '    fact: style', '    is: [calm, hectic]', '    weight: 3', 'verdict:', '  fit: 70', '',
  ].join('\n');

  function check(before: string, after: string, applies: boolean): void {
    const prev = parseText('file:///w/p.profile.yaml', 1, before);
    const n = incrementalCounter.count;
    const next = reparseEdit(prev, 2, after, 1 << 20);
    assert.equal(next !== undefined, applies, `${applies ? 'applies to' : 'leaves to the parser'}: ${after}`);
    assert.equal(incrementalCounter.count - n, applies ? 1 : 0);
    if (!next) return;
    const fresh = parseText('file:///w/p.profile.yaml', 2, after);
    assert.equal(JSON.stringify(next.value), JSON.stringify(fresh.value), after);
    assert.equal(ranges(next.yaml!), ranges(fresh.yaml!), `every node range as a full parse: ${after}`);
    assert.deepEqual(next.problems, fresh.problems);
    assert.equal(next.text, after);
    assert.deepEqual(next.lines.positionAt(after.length), fresh.lines.positionAt(after.length));
  }

  it('gives what a full parse gives for edits of one value, shorter, longer or the same length', () => {
    check(profile, profile.replace('weight: 2', 'weight: 4'), true);
    check(profile, profile.replace('weight: 2', 'weight: 25'), true);
    check(profile, profile.replace('weight: 3', 'weight: x3'), true); // at a value's start: its block re-parsed
    check(profile, profile.replace('5000 EUR', '500 EUR'), true);
    check(profile, profile.replace('5000 EUR', '5000 USD'), true);
    check(profile, profile.replace('fit: 70', 'fit: 7'), true);
    check(profile, profile.replace('[calm, hectic]\n    weight', '[calm, hecticx]\n    weight'), true);
    check(profile, profile.replace('type: choice', 'type: choise'), true);
    check(profile, profile.replace('weight: 2', 'weight: true'), true); // same start again
    check(profile, profile.replace('weight: 2', 'weight: 2e3'), true); // a number of another form
    check(profile, profile, true); // the same text again (a digit typed over itself): no full parse
  });

  it('agrees with a full parse on edits at plain values all through the sample profiles', function () {
    this.timeout(120_000);
    const profiles = sampleProfileTexts();
    let applied = 0;
    for (const text of profiles) {
      const base = parseText('file:///w/s.profile.yaml', 1, text);
      if (!base.yaml || base.problems.length > 0) continue;
      const spots: [number, number][] = [];
      visit(base.yaml, { Scalar(_k, n) { if (n.range && n.type === 'PLAIN' && n.range[1] > n.range[0]) spots.push([n.range[0], n.range[1]]); } });
      // Forty values spread over each profile: every kind of place, in bounded time.
      const step = Math.max(1, Math.floor(spots.length / 40));
      for (const [a, b] of spots.filter((_s, i) => i % step === 0)) {
        // Replace the last character, append one, delete the last one, insert a space inside.
        const edits = [
          text.slice(0, b - 1) + '7' + text.slice(b), text.slice(0, b) + 'x' + text.slice(b),
          text.slice(0, b - 1) + text.slice(b), text.slice(0, a + 1) + ' ' + text.slice(a + 1),
        ];
        for (const after of edits) {
          const next = reparseEdit(parseText('file:///w/s.profile.yaml', 1, text), 2, after, 1 << 20);
          if (!next) continue;
          applied++;
          const fresh = parseText('file:///w/s.profile.yaml', 2, after);
          // Problems only where a key is left half typed ("weigh t: 2"): the full parse's, at its place.
          assert.deepEqual(next.problems, fresh.problems, after);
          assert.equal(JSON.stringify(next.value), JSON.stringify(fresh.value));
          assert.equal(ranges(next.yaml!), ranges(fresh.yaml!));
        }
      }
    }
    assert.ok(applied > 100, `edits applied in place: ${applied}`);
  });

  it('hands the YAML document over: the superseded version can no longer be read', () => {
    const prev = parseText('file:///w/p.profile.yaml', 1, profile);
    const next = reparseEdit(prev, 2, profile.replace('weight: 2', 'weight: 4'), 1 << 20);
    assert.ok(next?.yaml);
    assert.throws(() => prev.yaml, /version 1 of file:\/\/\/w\/p\.profile\.yaml was handed over to version 2/);
    // An edit left to the full parse takes nothing over: the old version stays readable.
    const kept = parseText('file:///w/p.profile.yaml', 3, profile);
    assert.equal(reparseEdit(kept, 4, profile.replace('weight: 2', 'weight: 2: 3'), 1 << 20), undefined);
    assert.ok(kept.yaml);
  });

  it('leaves to the full parse an edit that brings in what only it reports (.inf, "<<", a merge conflict)', () => {
    for (const edited of [
      profile.replace('weight: 2', 'weight: .inf'),
      // A number too large to be finite is infinity to YAML, too.
      profile.replace('weight: 2', 'weight: 1e999'),
      profile.replace('    weight: 2', '    weight: 2\n    <<: { x: 1 }'),
      profile.replace('verdict:', '<<<<<<< HEAD\nverdict:\n=======\nverdict:\n>>>>>>> other'),
    ]) {
      const uri = 'file:///w/p.profile.yaml';
      const incremental = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
      incremental.openDocument(uri, 1, profile);
      incremental.diagnostics(uri);
      incremental.openDocument(uri, 2, edited);
      const fresh = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
      fresh.openDocument(uri, 2, edited);
      const words = (s: LanguageService) => s.diagnostics(uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
      assert.deepEqual(words(incremental), words(fresh), edited);
      assert.ok(words(fresh).length > 0, 'the full parse reports it');
    }
  });

  it('the language service never reads a version it handed over', () => {
    const service = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
    const uri = 'file:///w/p.profile.yaml';
    let text = profile;
    service.openDocument(uri, 1, text);
    const count = incrementalCounter.count;
    for (let v = 2; v < 40; v++) {
      text = text.replace(/weight: \d+/, `weight: ${v}`);
      service.openDocument(uri, v, text);
      // Every feature after every edit: each would throw if it read a retired version.
      service.diagnostics(uri);
      service.hover(uri, { line: 12, character: 6 });
      service.complete(uri, { line: 12, character: 12 });
      service.documentSymbols(uri);
    }
    assert.ok(incrementalCounter.count - count >= 30, 'the edits took the in-place path');
  });

  it('re-parses only the block of any other edit, and gives what a full parse gives', () => {
    // A comment, a list in a value, a key, a new line, a quoted string, a pasted criterion, a deleted line.
    check(profile, profile.replace('weight: 2', 'weight: 2 # two'), true);
    check(profile, profile.replace('weight: 2', 'weight: 2, 3'), true);
    check(profile, profile.replace('weight: 2', 'wieght: 2'), true);
    check(profile, profile.replace('weight: 2', 'weight: 2\n    why: because'), true);
    check(profile, profile.replace('weight: 2', 'weight: "2"'), true);
    check(profile, profile.replace('  - id: style', '  - id: pasted\n    fact: style\n    is: calm\n    weight: 1\n    why: Pasted\n  - id: style'), true);
    check(profile, profile.replace('    atLeast: 5000 EUR\n', ''), true);
    check(profile, profile.replace('  fit: 70', '  fit: 70\n  borderline: 50'), true); // the last block of all
    // A comment line closing a criterion, and a comment after an empty value, reach into the next
    // line's indentation: the block is taken with the next entry.
    check(profile, profile.replace('    weight: 2\n', '    weight: 2\n    # later\n'), true);
    check(profile, profile.replace('    atLeast: 5000 EUR', '    atLeast: # unknown'), true);
    check(profile, profile.replace('  fit: 70', '  fit: 70\n\n'), true); // blank lines at the very end
  });

  it('re-parses only the block while a new key is half typed (yaml reports it from the block and the next key), one keystroke after another', () => {
    // Enter after "weight: 2", then "note: x" typed: "n", "no", … are YAML errors (a key without
    // a value, or one running into the next line's key), each the full parse's, at its place.
    for (const [at, indent] of [['    atLeast: 5000 EUR', '    '], ['    weight: 3', '    '], ['  fit: 70', '  '], ['    currency: EUR', '    ']] as const) {
      let text = profile.replace(at, `${at}\n${indent}`);
      let prev = parseText('file:///w/p.profile.yaml', 1, profile);
      prev = reparseEdit(prev, 2, text, 1 << 20)!;
      assert.ok(prev, `Enter after ${at}`);
      let version = 2;
      const pos = text.indexOf(`${at}\n${indent}`) + at.length + 1 + indent.length;
      let withProblem = 0;
      for (let k = 1; k <= 'note: x'.length; k++) {
        const after = text.slice(0, pos) + 'note: x'.slice(0, k) + text.slice(pos + k - 1);
        const n = incrementalCounter.count;
        const next = reparseEdit(prev, ++version, after, 1 << 20);
        assert.ok(next, `spliced: ${JSON.stringify(after)}`);
        assert.equal(incrementalCounter.count - n, 1);
        const fresh = parseText('file:///w/p.profile.yaml', version, after);
        assert.equal(JSON.stringify(next.value), JSON.stringify(fresh.value), after);
        assert.equal(ranges(next.yaml!), ranges(fresh.yaml!), `every node range as a full parse: ${after}`);
        assert.deepEqual(next.problems, fresh.problems, after);
        if (next.problems.length > 0) withProblem++;
        prev = next;
        text = after;
      }
      assert.ok(withProblem >= 4, `the half-typed key ("n" … "note") was a YAML error in ${withProblem} versions after ${at}`);
    }
  });

  it('takes the same text as a new version over without parsing it (a character typed over itself)', () => {
    check(profile, profile, true);
    const prev = parseText('file:///w/p.profile.yaml', 1, profile);
    const next = reparseEdit(prev, 2, profile, 1 << 20);
    assert.equal(next?.value, prev.value, 'the same value');
    assert.equal(next?.version, 2);
    assert.throws(() => prev.yaml, /handed over to version 2/);
  });

  it('re-parses the entries an edit runs over, not the whole list (a pasted criterion removed again, lines deleted across criteria)', () => {
    const pasted = profile.replace('  - id: style', '  - id: pasted\n    fact: style\n    is: [calm, hectic]\n    weight: 3\n  - id: style');
    const parsedBlock = (): string => `${JSON.stringify(lastSplice.path)} ${lastSplice.index} ${lastSplice.count}`;
    // As the editor's texts differ: the pasted criterion's id and lines up to the next "- id: ".
    check(pasted, profile, true);
    assert.equal(parsedBlock(), '["criteria"] 1 2', 'the pasted criterion and the one after it');
    check(profile, pasted, true);
    assert.equal(parsedBlock(), '["criteria"] 1 1', 'pasted into the criterion it went before');
    check(profile, profile.replace('    weight: 2\n  - id: style\n    fact: style\n', ''), true); // the end of one criterion and the start of the next
    assert.equal(parsedBlock(), '["criteria"] 0 2');
    check(profile, profile.replace('  - id: budget\n    fact: budget\n    atLeast: 5000 EUR\n    weight: 2\n', ''), true); // the first of two
    assert.equal(parsedBlock(), '["criteria"] 0 2');
    check(profile, profile.replace('  budget:\n    type: money\n    currency: EUR\n  style:\n', '  style:\n'), true); // a fact and the key of the next
    assert.equal(parsedBlock(), '["facts"] 0 2');
    check(profile, profile.replace('    currency: EUR\n  style:\n    type: choice\n', ''), true); // two facts made one
    assert.equal(parsedBlock(), '["facts"] 0 2');
    // Both criteria and the key after them: the top-level block (criteria:) is parsed instead.
    check(profile, profile.replace('    weight: 3\nverdict:\n', '    weight: 3\nverdict2:\n').replace('  - id: budget', '  - id: budget2'), true);
    // Over more than one level: left to the enclosing block.
    check(profile, profile.replace('    options: [calm, hectic]\ncriteria:\n  - id: budget\n', '    options: [calm]\ncriteria:\n  - id: b\n'), true);
  });

  it('leaves to the full parse what one block cannot show', () => {
    check(profile, profile.replace('profile: P', 'profile: P: Q'), false); // a YAML error
    check(profile, profile.replace('    weight: 2', '  weight: 2'), false); // a line leaves its block
    check(profile, profile.replace('    weight: 2', '    weight: 2\n  # outer'), true); // a comment of an outer block: that block re-parsed
    check(profile, profile.replace('    weight: 2', '    weight: &w 2'), false); // an anchor
    check(profile, profile.replace('    weight: 2', '    weight: !!int 2'), false); // a tag
    check(profile, profile.replace('    weight: 2', '    weight: "2\n  - id: x'), false); // a quote not closed in the block
    check(profile, profile.replace('    weight: 2', '    weight: [2,\n  - id: x'), false); // a flow collection not closed
    check(profile, profile.replace('  - id: style', '  - id: budget\n    weight: 1\n  - id: style').replace('    fact: style', '    fact: style\n    fact: x'), false); // a duplicate key
    check(profile, profile.replace('    atLeast: 5000 EUR', '    atLeast: 5000 EUR\n    fact: again'), false); // a duplicate key in the block
    // A document with a YAML problem, or with aliases, is always parsed in full.
    check('a: 1\na: 2\nb: 3\n', 'a: 1\na: 2\nb: 4\n', false);
    check('a: &x 1\nb: *x\nc: 3\n', 'a: &x 1\nb: *x\nc: 4\n', false);
    check('a: 1\nb: &x [1]\nd: *x\nc: 3\n', 'a: 2\nb: &x [1]\nd: *x\nc: 3\n', false); // an anchor elsewhere
  });

  it('takes a "*" or "&" that is no anchor or alias (a comment, a quoted "R&D") for what it is: no reason for a full parse', () => {
    // As in the sample profile, whose second line is a comment with a "*" in it.
    const marked = `# Prospects: prospects/*.prospect.yaml\n${profile.replace('profile: P', 'profile: "R&D * Beratung"')}`;
    check(marked, marked.replace('weight: 2', 'weight: 4'), true);
    check(marked, marked.replace('    weight: 3', '    weight: 3\n    note: x'), true);
    check(marked, marked.replace('    weight: 3', '    weight: 3\n    note: "R&D"'), false); // a "&" in the block's new text: parsed in full
    check(marked, marked.replace('    weight: 3', '    weight: &w 3'), false); // an anchor typed in
    // And the sample profile itself: an edit of a weight is applied to the previous parse.
    const sample = fs.readFileSync(path.join(SAMPLES, 'wunschkunde.profile.yaml'), 'utf8');
    assert.match(sample, /\*/);
    const at = sample.indexOf('weight: 3');
    assert.ok(at > 0);
    check(sample, `${sample.slice(0, at)}weight: 4${sample.slice(at + 'weight: 3'.length)}`, true);
  });
});
