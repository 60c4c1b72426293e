// Property check of the fast reader of plain prospects (simpleYaml.ts) against `yaml` itself:
// on generated prospect-like texts full of the characters YAML treats specially, the fast reader
// either gives up (undefined) or gives exactly the value — same types, same key order — and the
// value ranges that `yaml` gives. fastParse.test.ts holds the hand-picked cases; this looks for
// the ones nobody thought of. Seeded, so a failure is reproducible from the printed seed.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseSimpleYaml } from '../../server/src/parser/simpleYaml';
import { findAtPath } from '../../server/src/parser/astNavigation';
import { YAML_OPTIONS } from '../../server/src/parser/yamlOptions';
import { sampleProspectTexts } from './helpers/samples';
import { memoryFs } from './helpers/memoryFs';
import { EDIT_KINDS, editBurst, pasteAndRemove, profileText, typeNewKeyStepwise, type Edit } from './helpers/profileEdits';
import { parseText } from '../../server/src/parser/parsedDocument';
import { incrementalCounter, reparseEdit } from '../../server/src/parser/incrementalParse';
import { LanguageService } from '../../server/src/service/languageService';

// As the service parses (thousands grouped by dots stay text), with yaml's own duplicate-key check.
const OPTIONS = { ...YAML_OPTIONS, uniqueKeys: true };
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

/** Pieces of values that sit on the edges of YAML's plain-scalar rules. */
const PIECES = [
  'a', 'Z', '0', '12', '1.5', '8.000', '12.345.678', '.000', '-3', '+4', '0x1F', '0o7', '1e3', '.inf', '.NaN', 'yes', 'No', 'true', 'FALSE', 'null', '~',
  ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '?', ',', '[', ']', '{', '}', '"', "'", '\\', '&', '*', '!', '|', '>', '%', '@', '`',
  'ä', 'ß', '€', '\t', 'EUR',
  // Spaces JavaScript's trim() removes and YAML keeps (a no-break space pasted from a web page).
  '\u00a0', '\u1680', '\u2000', '\u2007', '\u200a', '\u202f', '\u205f', '\u3000', '2026-11-20', '10:30', 'a b', 'x,y', 'k: v', '[a, b]', '{ k: v }', '""', "''", '"q"', "'s'",
];
const WORDS = ['ACME', 'calm', '8000 EUR', '2 Wochen', 'Anna Schmidt', '12', 'yes', 'x-y', 'mia@example.org'];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PIECES) });
const value = fc.array(piece, { minLength: 0, maxLength: 4 }).map((p) => p.join(''));
const key = fc.constantFrom('prospect', 'profile', 'met', 'facts', 'budget', 'style', 'notes', 'contact', 'a-b', 'x_1', 'null', 'true', '"q"', '__proto__', 'k k');
const indent = fc.constantFrom('', '', '', '', '', '  ', '  ', '  ', '    ', ' ', '\t', '\u3000', '\u00a0');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(indent, key, value).map(([i, k, v]) => `${i}${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`) },
  { weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('# note', '', '|', '|-', '|+', '>', '- a', '---', '...')).map(([i, v]) => `${i}${v}`) },
);
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '', '\n\n')).map(([ls, end]) => ls.join('\n') + end);

/** Well-shaped prospects (distinct keys, nested facts, notes blocks) with odd values: near the edge. */
const plainKey = fc.constantFrom('budget', 'style', 'teamSize', 'start', 'decision-maker', 'x_1', 'Budget');
const entry = fc.tuple(plainKey, value).map(([k, v]) => [k, v] as const);
const shaped = fc.tuple(
  value,
  fc.uniqueArray(entry, { selector: ([k]) => k, maxLength: 5 }),
  fc.option(fc.array(value, { minLength: 1, maxLength: 3 })),
  fc.constantFrom('  ', '    '),
).map(([name, facts, notes, ind]) => [
  `prospect: ${name}`,
  'facts:',
  ...facts.map(([k, v]) => `${ind}${k}: ${v}`),
  ...(notes ? ['notes: |', ...notes.map((n) => `${ind}${n}`)] : []),
  '',
].join('\n'));

/** Lines of the samples with one piece put somewhere: near-misses of the plain shape. */
const mutatedSample = fc.tuple(fc.constantFrom(...sampleProspectTexts()), fc.nat(), fc.constantFrom(...PIECES)).map(([t, at, piece]) => {
  const i = at % (t.length + 1);
  return t.slice(0, i) + piece + t.slice(i);
});

function agrees(t: string): boolean {
  const simple = parseSimpleYaml(t);
  if (!simple) return true; // giving up is always allowed; being wrong never is
  const doc = parseDocument(t, OPTIONS);
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `fast reader accepted what yaml rejects: ${JSON.stringify(t)}`);
  assert.equal(JSON.stringify(simple.value), JSON.stringify(doc.toJS()), `value differs for ${JSON.stringify(t)}`);
  for (const [k, r] of simple.ranges) {
    assert.deepEqual(r, findAtPath(doc, [k])?.value?.range?.slice(0, 2), `range of ${k} differs for ${JSON.stringify(t)}`);
  }
  return true;
}

describe(`fast reader of plain prospects agrees with yaml on generated texts (runs ${RUNS}, seed ${SEED})`, () => {
  it('Unicode spaces: kept in a value, and no indentation', () => {
    for (const t of ['prospect: X\nfacts:\n  style: intuitive\u00a0\n', 'prospect: X\nfacts:\u3000\n  style: calm\n', 'prospect: X\u2007\nmet: 2026\u202f\n']) agrees(t);
  });

  it('generated prospect-like texts', function () {
    this.timeout(120_000);
    fc.assert(fc.property(text, agrees), { numRuns: RUNS, seed: SEED });
  });

  it('well-shaped prospects with odd values', function () {
    this.timeout(120_000);
    fc.assert(fc.property(shaped, agrees), { numRuns: RUNS, seed: SEED });
  });

  it('sample prospects with one odd piece inserted', function () {
    this.timeout(120_000);
    fc.assert(fc.property(mutatedSample, agrees), { numRuns: Math.ceil(RUNS / 2), seed: SEED });
  });

  it('the generator reaches the fast path (the property is not vacuous)', () => {
    const hits = fc.sample(shaped, { numRuns: 2000, seed: SEED }).filter((t) => parseSimpleYaml(t)).length;
    assert.ok(hits > 500, `only ${hits} of 2000 generated texts were read by the fast reader`);
  });
});

// The incremental parse (incrementalParse.ts, blockSplice.ts) against the full parse: generated
// profiles, edits of every kind people make one after another, and after each one the value,
// every node's range and kind, the problems and the language service's diagnostics (a service
// that saw every version against a fresh one) must be exactly those of a full parse. Each run
// checks every edit against a full parse and two language services, so the runs are fewer than
// above (FUZZ_RUNS=30000 gives 1,000 per kind; seeds 2, 6 and 7 at FUZZ_RUNS=1500 passed when this was written).
describe(`the incremental parse agrees with a full parse after every edit (runs ${RUNS}, seed ${SEED})`, () => {
  const uri = 'file:///w/p.profile.yaml';

  function shape(doc: Document.Parsed): string {
    const out: string[] = [JSON.stringify(doc.range)];
    visit(doc, {
      Node(_k, n) {
        out.push(`${isScalar(n) ? String(n.type) : n.constructor.name}${JSON.stringify(n.range)}`);
      },
    });
    return out.join(' ');
  }

  let spliced = 0;
  let steps = 0;
  /** Edits applied to the previous parse that left a problem: a half-typed key (blockSplice.ts). */
  let splicedHalfTyped = 0;
  function agreesAfterEdits(base: string, edits: Edit[]): boolean {
    const service = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
    let text = base;
    let version = 1;
    let prev = parseText(uri, version, text);
    service.openDocument(uri, version, text);
    service.diagnostics(uri);
    for (const edit of edits) {
      // The same text again too: a new version of it (a character typed over itself).
      const after = edit(text);
      version++;
      steps++;
      const fresh = parseText(uri, version, after, { yamlOnly: true });
      const before = incrementalCounter.count;
      const next = reparseEdit(prev, version, after, 1 << 22);
      const where = `edit ${version - 1} of ${JSON.stringify(base)}\n→ ${JSON.stringify(after)}`;
      if (next) {
        spliced += incrementalCounter.count - before;
        if (next.problems.length > 0) splicedHalfTyped++;
        assert.equal(JSON.stringify(next.value), JSON.stringify(fresh.value), `value: ${where}`);
        assert.equal(shape(next.yaml!), shape(fresh.yaml!), `node ranges: ${where}`);
        assert.deepEqual(next.problems, fresh.problems, `problems: ${where}`);
        assert.deepEqual(next.lines.positionAt(after.length), fresh.lines.positionAt(after.length));
      }
      prev = next ?? fresh;
      service.openDocument(uri, version, after);
      const incremental = service.diagnostics(uri);
      const once = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
      once.openDocument(uri, version, after);
      assert.deepEqual(incremental.map(words), once.diagnostics(uri).map(words), `diagnostics: ${where}`);
      text = after;
    }
    return true;
  }
  const words = (d: { range: unknown; message: unknown; severity?: unknown; code?: unknown }): string =>
    `${JSON.stringify(d.range)} ${String(d.severity)} ${String(d.code)} ${JSON.stringify(d.message)}`;

  for (const [kind, edit] of Object.entries(EDIT_KINDS)) {
    it(`one edit: ${kind}`, function () {
      this.timeout(300_000);
      fc.assert(fc.property(profileText, fc.array(edit, { minLength: 1, maxLength: 3 }), agreesAfterEdits), { numRuns: Math.ceil(RUNS / 30), seed: SEED });
    });
  }

  it('Enter and a new key typed one keystroke at a time', function () {
    this.timeout(300_000);
    fc.assert(fc.property(profileText, typeNewKeyStepwise, agreesAfterEdits), { numRuns: Math.ceil(RUNS / 30), seed: SEED });
  });

  it('a run of lines pasted above itself and removed again', function () {
    this.timeout(300_000);
    fc.assert(fc.property(profileText, pasteAndRemove, agreesAfterEdits), { numRuns: Math.ceil(RUNS / 30), seed: SEED });
  });

  it('bursts of edits of every kind', function () {
    this.timeout(300_000);
    fc.assert(fc.property(profileText, editBurst, agreesAfterEdits), { numRuns: Math.ceil(RUNS / 15), seed: SEED });
  });

  it('the edits took the incremental path (the property is not vacuous)', () => {
    assert.ok(steps > 0 && spliced / steps > 0.4, `${spliced} of ${steps} edits applied to the previous parse`);
    assert.ok(splicedHalfTyped > 20, `only ${splicedHalfTyped} edits with a half-typed key applied to the previous parse`);
  });
});
