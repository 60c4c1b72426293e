// Schema errors as a user sees them: on the exact YAML node, in plain words, once each.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../server/src/parser/parsedDocument';
import { validateAgainstSchema } from '../../server/src/features/validation/schemaValidation';
import type { Problem } from '../../server/src/model/problem';

const PROFILE_URI = 'file:///w/x.profile.yaml';
const PROSPECT_URI = 'file:///w/a.prospect.yaml';
const MD_URI = 'file:///w/a.prospect.md';

function problems(text: string, uri = PROFILE_URI): Problem[] {
  return validateAgainstSchema(parseText(uri, 1, text));
}

/** [line, startChar, endChar] of a one-line range. */
function where(p: Problem): [number, number, number] {
  assert.equal(p.range.start.line, p.range.end.line, 'one-line range');
  return [p.range.start.line, p.range.start.character, p.range.end.character];
}

function only(ps: Problem[]): Problem {
  assert.equal(ps.length, 1, `exactly one problem, got: ${ps.map((p) => p.message).join(' | ')}`);
  return ps[0];
}

const VALID = `profile: P
facts:
  style:
    type: choice
    options: [calm, hectic]
  budget:
    type: money
    currency: EUR
criteria:
  - id: style
    fact: style
    is: calm
    weight: 2
`;

describe('schema validation', () => {
  it('accepts a valid profile and the samples', () => {
    assert.deepEqual(problems(VALID), []);
    const root = join(__dirname, '..', '..', 'samples');
    assert.deepEqual(problems(readFileSync(join(root, 'wunschkunde.profile.yaml'), 'utf8')), []);
    assert.deepEqual(problems(readFileSync(join(root, 'prospects', '2026-11-20-acme.prospect.yaml'), 'utf8'), PROSPECT_URI), []);
    assert.deepEqual(problems(readFileSync(join(root, 'prospects', '2026-11-24-baumann.prospect.md'), 'utf8'), MD_URI), []);
  });

  it('puts a missing property of the root on the first line, with the property\'s description', () => {
    const p = only(problems('# a comment\nfacts:\n  style: { type: yesno }\ncriteria:\n  - { id: a, fact: style, is: true }\n'));
    assert.deepEqual(where(p), [1, 0, 6]);
    assert.equal(p.message, 'Missing required property "profile" (the profile\'s name, shown in verdicts and reports).');
    assert.equal(p.code, 'schema');
    assert.equal(p.severity, 'error');
  });

  it('puts a missing property of a fact on the fact\'s key, naming the allowed types', () => {
    const p = only(problems(VALID.replace('    type: money\n', '')));
    assert.deepEqual(where(p), [5, 2, 8]);
    assert.equal(p.message, 'Missing required property "type" (fact type: choice, tags, yesno, number, money, duration, date, text).');
  });

  it('puts a missing property of a list item on the item\'s first key', () => {
    const p = only(problems(VALID.replace('  - id: style\n    fact: style', '  - fact: style')));
    assert.deepEqual(where(p), [9, 4, 8]);
    assert.match(p.message, /^Missing required property "id" \(a unique name for the criterion/);
  });

  it('reports an unknown key on the key, with "did you mean" and the replacement for the quick fix', () => {
    const p = only(problems(VALID.replace('profile: P\n', 'profile: P\nlanguag: de\n')));
    assert.deepEqual(where(p), [1, 0, 7]);
    assert.equal(p.message, 'Unknown property "languag". Did you mean "language"?');
    assert.deepEqual(p.data, { replacement: 'language' });

    const inFact = only(problems(VALID.replace('    currency: EUR', '    currency: EUR\n    lable: Budget')));
    assert.deepEqual(where(inFact), [8, 4, 9]);
    assert.equal(inFact.message, 'Unknown property "lable". Did you mean "label"?');
    assert.deepEqual(inFact.data, { replacement: 'label' });
  });

  it('lists what is allowed when no known key is close', () => {
    const p = only(problems(VALID.replace('    currency: EUR', '    currency: EUR\n    zzzzzz: 1')));
    assert.equal(p.message, 'Unknown property "zzzzzz". Allowed here: label, question, options, source, clarifyBy.');
    assert.equal(p.data, undefined);
  });

  it('reports a wrong type on the value', () => {
    const p = only(problems(VALID.replace('weight: 2', 'weight: heavy')));
    assert.deepEqual(where(p), [12, 12, 17]);
    assert.equal(p.message, 'Expected a number, found "heavy".');
  });

  it('reports an empty value on its key', () => {
    const p = only(problems(VALID.replace('weight: 2', 'weight:')));
    assert.deepEqual(where(p), [12, 4, 10]);
    assert.equal(p.message, 'Expected a number, found nothing.');
  });

  it('reports a value outside an enum with the allowed values', () => {
    const lang = only(problems(VALID.replace('profile: P\n', 'profile: P\nlanguage: fr\n')));
    assert.deepEqual(where(lang), [1, 10, 12]);
    assert.equal(lang.message, '"fr" is not allowed here. Expected one of: en, de.');
    const type = only(problems(VALID.replace('type: choice', 'type: choce')));
    assert.deepEqual(where(type), [3, 10, 15]);
    assert.equal(type.message, '"choce" is not allowed here. Expected one of: choice, tags, yesno, number, money, duration, date, text.');
  });

  it('says limits and patterns in words', () => {
    const fit = only(problems(VALID + 'verdict:\n  fit: 200\n'));
    assert.deepEqual(where(fit), [14, 7, 10]);
    assert.equal(fit.message, 'Expected a number of at most 100, found 200.');
    const weight = only(problems(VALID.replace('weight: 2', 'weight: 0')));
    assert.equal(weight.message, 'Expected a number of at least 0.001, found 0.');
    const currency = only(problems(VALID.replace('currency: EUR', 'currency: EURO')));
    assert.deepEqual(where(currency), [7, 14, 18]);
    assert.equal(currency.message, '"EURO" is not a valid currency: use 3 letters.');
    const name = only(problems(VALID.replace('  budget:\n', '  1budget:\n')));
    assert.deepEqual(where(name), [5, 2, 9]);
    assert.equal(name.message, '"1budget" is not a valid name: use a letter or _, then letters, digits, _ or -.');
  });

  it('says "exactly one matcher" once for a criterion with two matchers, on the second', () => {
    const ps = problems(VALID.replace('    is: calm\n', '    is: calm\n    atLeast: 3\n'));
    const p = only(ps);
    assert.deepEqual(where(p), [12, 4, 11]);
    assert.equal(p.message, 'A criterion needs exactly one matcher (is, isNot, includes, includesAny, excludes, atLeast, atMost, between, mentions, doesNotMention); this one has is and atLeast.');
  });

  it('says "exactly one matcher" once for a criterion without a matcher, on its first key', () => {
    const p = only(problems(VALID.replace('    is: calm\n', '')));
    assert.deepEqual(where(p), [9, 4, 6]);
    assert.equal(p.message, 'A criterion needs exactly one matcher (is, isNot, includes, includesAny, excludes, atLeast, atMost, between, mentions, doesNotMention); this one has none.');
    assert.ok(!/oneOf|must match/.test(p.message));
  });

  it('reports a dealbreaker with a weight on the weight, in one sentence', () => {
    const p = only(problems(VALID.replace('    weight: 2\n', '    weight: 2\n    dealbreaker: true\n')));
    assert.deepEqual(where(p), [12, 4, 10]);
    assert.equal(p.message, '"weight" is not allowed together with "dealbreaker: true".');
  });

  it('reports several mistakes at once, each once, in document order', () => {
    const ps = problems(VALID.replace('type: choice', 'type: choce').replace('weight: 2', 'weight: heavy') + 'lessons:\n  - prospect: a.prospect.yaml\n    expect: maybe\n');
    assert.deepEqual(ps.map((p) => where(p)[0]), [3, 12, 15]);
    assert.equal(ps[2].message, '"maybe" is not allowed here. Expected one of: fit, borderline, no-fit, undetermined.');
    assert.equal(new Set(ps.map((p) => p.message)).size, ps.length);
  });

  it('shifts ranges by the front matter in a Markdown prospect', () => {
    const text = '---\nprospect: Acme\nmet: 2026-13-45\nfacts:\n  style: { a: 1 }\nwebsite: x\n---\n# Notes\n\nwebsite: not checked\n';
    // met: is read by the prospect check (ISO or German), not by the schema: no problem here.
    const ps = problems(text, MD_URI);
    assert.equal(ps.length, 2);
    assert.deepEqual(where(ps[0]), [4, 9, 17]);
    assert.equal(ps[0].message, 'Expected text, a number, true/false, a list or nothing, found a mapping.');
    assert.deepEqual(where(ps[1]), [5, 0, 7]);
    assert.match(ps[1].message, /^Unknown property "website"\. Allowed here: /);
  });

  it('explains a document that is empty, null or a scalar', () => {
    for (const text of ['', 'null\n', '~']) {
      const p = only(problems(text));
      assert.equal(p.range.start.line, 0);
      assert.equal(p.message, 'This file should be a mapping (key: value pairs) with at least: profile, facts, criteria.');
    }
    const scalar = only(problems('hello'));
    assert.deepEqual(where(scalar), [0, 0, 5]);
    const list = only(problems('- a\n- b\n', PROSPECT_URI));
    assert.equal(list.message, 'This file should be a mapping (key: value pairs) with at least: prospect.');
  });

  it('treats "__proto__" as an unknown key, nothing more', () => {
    const ps = problems(VALID + '__proto__: { polluted: true }\n');
    const p = only(ps);
    assert.deepEqual(where(p), [13, 0, 9]);
    assert.match(p.message, /^Unknown property "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const nested = problems(VALID.replace('  budget:\n', '  __proto__:\n    type: yesno\n  budget:\n'));
    assert.deepEqual(nested, []);
  });

  it('skips a document whose value could not be built', () => {
    const parsed = parseText(PROFILE_URI, 1, VALID);
    assert.deepEqual(validateAgainstSchema({ ...parsed, value: undefined }), []);
  });
});
