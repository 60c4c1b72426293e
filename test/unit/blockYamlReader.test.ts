// The fast reader of the block shape (blockYamlReader.ts) against `yaml` itself: whatever it
// accepts must be the document yaml's parser builds, node by node — class, all three offsets of
// every range, value, source, type, format, flow — with the same plain value and no problem yaml
// would report. Giving up is always allowed; being different never is. Hand-picked cases (the
// comments yaml attaches to a collection's end, an empty value last), every profile of the
// samples and templates, generated bench profiles, and seeded property runs over generated
// profiles with edits of every kind and odd pieces put anywhere.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { readBlockYaml } from '../../server/src/parser/blockYamlReader';
import { parseText, parseCounter } from '../../server/src/parser/parsedDocument';
import { YAML_OPTIONS } from '../../server/src/parser/yamlOptions';
import { CONSULTANT_DE, CONSULTANT_EN } from '../../server/src/templates/consultant';
import { FREELANCE_DEVELOPER_DE, FREELANCE_DEVELOPER_EN } from '../../server/src/templates/freelanceDeveloper';
import { BANT_AGENCY_DE, BANT_AGENCY_EN } from '../../server/src/templates/bantAgency';
import { CHAMP_DE, CHAMP_EN } from '../../server/src/templates/champ';
import { MEDDIC_DE, MEDDIC_EN } from '../../server/src/templates/meddic';
import { sampleProfileTexts } from './helpers/samples';
import { anyEdit, profileText } from './helpers/profileEdits';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

/** Everything of a node that the product reads, in the order of the text. */
function shape(n: unknown): unknown {
  if (isMap(n)) return { map: n.range, flow: Boolean(n.flow), items: n.items.map((p) => [shape(p.key), shape(p.value)]) };
  if (isSeq(n)) return { seq: n.range, flow: Boolean(n.flow), items: n.items.map(shape) };
  if (isScalar(n)) {
    const s = n as Scalar & { minFractionDigits?: number };
    return { range: s.range, value: s.value, source: s.source, type: s.type, format: s.format, digits: s.minFractionDigits };
  }
  return { other: String(n) };
}

/** Whether the reader accepted `text`; throws when what it gives differs from yaml's parse. */
function agrees(text: string): boolean {
  const fast = readBlockYaml(text);
  if (!fast) return false;
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys: true });
  const where = JSON.stringify(text);
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `the reader accepted what yaml reports: ${where}`);
  assert.deepEqual(fast.doc.range, doc.range, `document range: ${where}`);
  assert.deepEqual(shape(fast.doc.contents), shape(doc.contents), `nodes: ${where}`);
  assert.equal(JSON.stringify(fast.value), JSON.stringify(doc.toJS()), `value: ${where}`);
  return true;
}

const TEMPLATES = { CONSULTANT_DE, CONSULTANT_EN, FREELANCE_DEVELOPER_DE, FREELANCE_DEVELOPER_EN, BANT_AGENCY_DE, BANT_AGENCY_EN, CHAMP_DE, CHAMP_EN, MEDDIC_DE, MEDDIC_EN };

describe('the block reader builds the document yaml builds', () => {
  it('reads every profile of the samples and the templates, node for node as yaml', () => {
    const texts = [...sampleProfileTexts(), ...Object.values(TEMPLATES)];
    assert.ok(texts.length >= 14, `${texts.length} profiles`);
    for (const t of texts) assert.ok(agrees(t), `declined: ${t.slice(0, 80)}`);
  });

  it('reads the bench profiles (1,000 lines, with typos) as yaml', async () => {
    const { generateProfile } = await import('../../bench/lib/generate.mjs');
    for (const errors of [false, true]) assert.ok(agrees(generateProfile({ lines: 1000, seed: 2000, errors }).text));
  });

  it('the shapes it knows: values of every kind, lists, brackets, blocks, comments, blank lines', () => {
    const accepted = [
      'a: 1\nb: -2\nc: 1.50\nd: 0x1F\ne: 0o7\nf: 1e3\ng: 8.000\nh: true\ni: ~\nj: null\nk: text with words\nl: C#\nm: -x\n',
      '# head\n\nprofile: A b  # c\nempty:\nempty2:   \nnested:\n  x: 1\n  y: "q"   \n\n  z: [a, b c , 3]\nlast: x\n',
      'list:\n  - a\n  - k: v\n    m: { a: [x], b: 2 }\n  -\n  - 1.50\nlist2:\n- z\nnext: 1\n',
      'fold: >\n  one\n  two\n\n  three\n\nlit: |-\n  a\n  # not a comment\nclip: |\n  b\n\n\nq: \'single\'\n',
      'x: [1, 2 ] \ny: { k: [a] , j: "b" }\nz: []\nw: {}\n',
      // Comments between entries in their column, before a nested entry, and at the end.
      'f:\n  a:\n    q: 1\n    # note\n    type: x\n  b:\n    # first\n    q: 2\n# end\n',
      // Comments in a collection's column after its last entry: yaml makes them part of it.
      'a:\n  x: 1\n  # trailing\nb: 2\n',
      'r:\n  a:\n    x: 1\n    # c\n\n  b: 2\n',
      'a:\n  x: 1\n  # end\n',
      'a:\n  - k: 1\n  # c\n  - k: 2\n',
      // Comments further left after a nested collection are not part of it.
      'a:\n  x: 1\n# top\nb: 2\n',
      'a:\n  - 1\n# end\n\n',
      '\n\n# c\n\na: 1\n\n\n',
    ];
    for (const t of accepted) assert.ok(agrees(t), `declined: ${JSON.stringify(t)}`);
  });

  it('leaves to yaml what it does not know, or where yaml attaches a comment in a way of its own', () => {
    const declined = [
      'a: 1\nb:\n', // an empty value last: yaml's document ends before the line break
      'a:\n  x: 1\n   # deeper\nb: 2\n', // a comment indented further than a value: part of the value
      'b:\n  - 1\n  # in seq\n# top\n  # deeper\nc: 3\n', // comments on both sides of the column…
      'a:\n  x: 1\n  # c\n\n# top\nb: 2\n', // …where yaml's range ends after the first (23), not at "b"
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', '? a\n: 1\n', 'a: b\n  c\n', 'a: "x\n  y"\n', 'a: [1,\n  2]\n',
      'a: "x\\ty"\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a: 1\na: 2\n', 'a b: 1\n', '"a": 1\n', 'true: 1\n',
      'a: .inf\n', '<<: {}\n', '---\na: 1\n', '  a: 1\n', 'a: |+\n  x\n', 'a: >\n  x\n    y\n', 'a: |\n  x',
      'a: [b, ]\n', 'a: x: y\n', 'a: - b\n', 'a: { b: }\n', 'a:\u00a0b\n',
    ];
    for (const t of declined) {
      assert.equal(readBlockYaml(t), undefined, `accepted: ${JSON.stringify(t)}`);
      // Read by yaml instead: the same value and problems as before this reader.
      assert.deepEqual(parseText('file:///w/p.profile.yaml', 1, t).problems, parseText('file:///w/p.profile.yaml', 1, t, { yamlOnly: true }).problems);
    }
  });

  it('parseText takes the reader for a profile in the block shape: same value and problems, a parse counted', () => {
    const text = CONSULTANT_EN;
    const before = parseCounter.count;
    const fast = parseText('file:///w/p.profile.yaml', 1, text);
    assert.equal(parseCounter.count - before, 1);
    const full = parseText('file:///w/p.profile.yaml', 1, text, { yamlOnly: true });
    assert.deepEqual(fast.value, full.value);
    assert.deepEqual(fast.problems, full.problems);
    assert.deepEqual(shape(fast.yaml?.contents), shape(full.yaml?.contents));
    assert.ok(readBlockYaml(text));
  });
});

describe(`the block reader agrees with yaml on generated profiles (runs ${RUNS}, seed ${SEED})`, () => {
  const PIECES = ['#', ' #', '# c', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '%', '@', '`', '~', '0x1', '.5', '1.50', '8.000', 'true', 'null', '  ', '\n', '\n  ', '\n    # c\n', '\n# c\n', '\n\n', 'ä', 'k: v', '\n  - x', '\n  x: 1'];

  it('generated profiles are read, each as yaml reads it', function () {
    this.timeout(120_000);
    let read = 0;
    fc.assert(fc.property(profileText, (t) => { if (agrees(t)) read++; return true; }), { numRuns: RUNS, seed: SEED });
    // Not vacuous: the profiles people write are in the shape.
    assert.ok(read > RUNS * 0.9, `${read} of ${RUNS} generated profiles read by the reader`);
  });

  it('generated profiles after edits of every kind: read as yaml reads them, or left to yaml', function () {
    this.timeout(300_000);
    let read = 0;
    const edited = fc.tuple(profileText, fc.array(anyEdit, { minLength: 1, maxLength: 3 })).map(([t, edits]) => edits.reduce((s, e) => e(s), t));
    fc.assert(fc.property(edited, (t) => { if (agrees(t)) read++; return true; }), { numRuns: RUNS, seed: SEED });
    assert.ok(read > RUNS * 0.3, `${read} of ${RUNS} edited profiles read by the reader`);
  });

  it('profiles with an odd piece put anywhere: read as yaml reads them, or left to yaml', function () {
    this.timeout(300_000);
    const base = [...sampleProfileTexts(), CONSULTANT_EN, FREELANCE_DEVELOPER_DE];
    const mutated = fc.tuple(fc.constantFrom(...base), fc.nat(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 2 })).map(([t, at, pieces]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + pieces.join('') + t.slice(i);
    });
    let read = 0;
    fc.assert(fc.property(mutated, (t) => { if (agrees(t)) read++; return true; }), { numRuns: RUNS, seed: SEED });
    assert.ok(read > RUNS * 0.2, `${read} of ${RUNS} mutated profiles read by the reader`);
  });
});
