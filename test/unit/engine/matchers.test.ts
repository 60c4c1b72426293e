// Each matcher (docs/reference.md, “Matchers”) on values read by the engine, the phrase search
// behind `mentions`, and what a criterion expects, in words, in English and German.
import { strict as assert } from 'node:assert';
import {
  applyMatcher, describeExpected, findPhrase, parseFactValue, parseMatcherArgument,
} from '../../../server/src/engine';
import type { FactSpec, MatcherKind } from '../../../shared/src/types';
import { crit, fact } from './fixtures';

const style = fact('workingStyle', 'choice', { options: ['intuitive', 'structured', 'detail-planner'] });
const signals = fact('signals', 'tags', { options: ['a', 'b', 'c'] });
const goal = fact('goalAgreed', 'yesno');
const budget = fact('budget', 'money', { currency: 'EUR' });
const loose = fact('amount', 'money');
const time = fact('responseTime', 'duration');
const count = fact('revisions', 'number');
const start = fact('start', 'date');
const need = fact('need', 'text');

function run(f: FactSpec, matcher: MatcherKind, arg: unknown, raw: unknown): string {
  const a = parseMatcherArgument(f, matcher, arg);
  assert.ok(a.ok, `argument ${JSON.stringify(arg)}: ${a.ok ? '' : a.message}`);
  const v = parseFactValue(f, raw);
  assert.ok(v.ok, `value ${JSON.stringify(raw)}: ${v.ok ? '' : v.message}`);
  return applyMatcher(matcher, v.value, a.value);
}

describe('engine matchers', () => {
  const table: [string, FactSpec, MatcherKind, unknown, unknown, string][] = [
    // is / isNot: value in list / not in list
    ['is: in the list', style, 'is', ['intuitive', 'structured'], 'structured', 'met'],
    ['is: not in the list', style, 'is', ['intuitive', 'structured'], 'detail-planner', 'unmet'],
    ['is: a single value', style, 'is', 'intuitive', 'intuitive', 'met'],
    ['isNot: not in the list', style, 'isNot', ['detail-planner'], 'intuitive', 'met'],
    ['isNot: in the list', style, 'isNot', 'detail-planner', 'detail-planner', 'unmet'],
    ['is true: yes', goal, 'is', true, 'ja', 'met'],
    ['is true: no', goal, 'is', true, false, 'unmet'],
    ['is false: no', goal, 'is', false, 'nein', 'met'],
    ['is [true, false]: either', goal, 'is', [true, false], false, 'met'],
    // tags
    ['includes: every listed tag', signals, 'includes', ['a', 'b'], ['a', 'b', 'c'], 'met'],
    ['includes: one missing', signals, 'includes', ['a', 'b'], ['a'], 'unmet'],
    ['includes: none on []', signals, 'includes', ['a'], [], 'unmet'],
    ['includesAny: one present', signals, 'includesAny', ['a', 'b'], ['b'], 'met'],
    ['includesAny: none present', signals, 'includesAny', ['a', 'b'], ['c'], 'unmet'],
    ['includesAny: []', signals, 'includesAny', ['a'], [], 'unmet'],
    ['excludes: none present', signals, 'excludes', ['a'], ['b', 'c'], 'met'],
    ['excludes: one present', signals, 'excludes', ['a', 'b'], ['b'], 'unmet'],
    ['excludes: [] is known and met', signals, 'excludes', ['a'], [], 'met'],
    // ordered, inclusive
    ['atLeast money: above', budget, 'atLeast', '5000 EUR', '8000 EUR', 'met'],
    ['atLeast money: exactly (inclusive)', budget, 'atLeast', '5000 EUR', '5.000 €', 'met'],
    ['atLeast money: below', budget, 'atLeast', '5000 EUR', '4.500 €', 'unmet'],
    ['atLeast money: bare amount in the fact currency', budget, 'atLeast', 5000, 8000, 'met'],
    ['atMost money', budget, 'atMost', '50k EUR', '49.999 €', 'met'],
    ['atLeast duration: 2h < 1d', time, 'atLeast', '1d', '2h', 'unmet'],
    ['atLeast duration: 1 Tag = 1d (inclusive)', time, 'atLeast', '1d', '1 Tag', 'met'],
    ['atLeast duration: 24 hours = 1d', time, 'atLeast', '1d', '24 hours', 'met'],
    ['atMost duration', time, 'atMost', '4h', '30m', 'met'],
    ['between duration: below', time, 'between', ['2w', '26w'], '1w', 'unmet'],
    ['between duration: low bound (inclusive)', time, 'between', ['2w', '26w'], '14 days', 'met'],
    ['between duration: high bound (inclusive)', time, 'between', ['2w', '26w'], '26w', 'met'],
    ['between duration: above', time, 'between', ['2w', '26w'], '40 weeks', 'unmet'],
    ['atMost number: above', count, 'atMost', 3, 5, 'unmet'],
    ['atMost number: exactly', count, 'atMost', 3, '3', 'met'],
    ['atLeast number', count, 'atLeast', 2.5, 2.5, 'met'],
    ['between number', count, 'between', [1, 3], 2, 'met'],
    ['atLeast date: later', start, 'atLeast', '2027-01-11', '2027-02-01', 'met'],
    ['atLeast date: same day', start, 'atLeast', '2027-01-11', '2027-01-11', 'met'],
    ['atLeast date: earlier', start, 'atLeast', '2027-01-11', '2026-12-01', 'unmet'],
    ['atMost date', start, 'atMost', '2027-01-11', '2026-12-31', 'met'],
    ['between dates', start, 'between', ['2027-01-01', '2027-01-31'], new Date('2027-01-31T00:00:00Z'), 'met'],
    // phrases, case-insensitive
    ['mentions: present', need, 'mentions', ['deadline'], 'A hard DEADLINE in March', 'met'],
    ['mentions: absent', need, 'mentions', ['deadline', 'launch'], 'No date yet', 'unmet'],
    ['mentions: any of several', need, 'mentions', ['deadline', 'launch'], 'the launch', 'met'],
    ['doesNotMention: absent', need, 'doesNotMention', ['just exploring', 'no rush'], 'Trade show in February', 'met'],
    ['doesNotMention: present, other case', need, 'doesNotMention', ['just exploring', 'no rush'], 'Just exploring options for next year.', 'unmet'],
    ['doesNotMention: blanks differ', need, 'doesNotMention', ['no rush'], 'there is no\n  rush', 'unmet'],
  ];
  for (const [name, f, matcher, arg, raw, expected] of table) {
    it(name, () => assert.equal(run(f, matcher, arg, raw), expected));
  }

  it('cannot compare amounts in two currencies (never converted)', () => {
    assert.equal(run(loose, 'atLeast', '5000 EUR', '8000 USD'), 'incomparable');
    assert.equal(run(loose, 'atLeast', '5000 EUR', '8000'), 'met');
    assert.equal(run(loose, 'atLeast', '5000', '8000 USD'), 'met');
  });

  describe('phrase search', () => {
    it('finds the first occurrence, case-insensitively, with its length', () => {
      assert.deepEqual(findPhrase('ab Rund um die Uhr, rund um die uhr', 'rund UM die uhr'), { index: 3, length: 15 });
    });
    it('lets blanks match line breaks and indentation', () => {
      assert.deepEqual(findPhrase('Antworten rund um\n  die Uhr.', 'rund um die Uhr'), { index: 10, length: 17 });
    });
    it('takes regular-expression characters literally', () => {
      assert.deepEqual(findPhrase('erreichbar 24/7 (immer)', '24/7 (immer)'), { index: 11, length: 12 });
      assert.equal(findPhrase('a.b', 'a?b'), undefined);
      assert.equal(findPhrase('aXb', 'a.b'), undefined);
    });
    it('finds nothing for an empty phrase', () => {
      assert.equal(findPhrase('anything', ''), undefined);
      assert.equal(findPhrase('anything', '   '), undefined);
    });
    it('stays fast on long text with long runs of blanks', () => {
      const text = `a${' '.repeat(200_000)}a${' '.repeat(200_000)}`;
      const t0 = Date.now();
      assert.equal(findPhrase(text, 'a a b'), undefined);
      assert.ok(Date.now() - t0 < 500);
    });
  });

  describe('expected, in words', () => {
    const cases: [string, FactSpec, MatcherKind, unknown, string, string][] = [
      ['is, a list', style, 'is', ['intuitive', 'structured'], 'one of intuitive, structured', 'eins von intuitive, structured'],
      ['is, one value', style, 'is', 'intuitive', 'intuitive', 'intuitive'],
      ['isNot, one value', style, 'isNot', 'detail-planner', 'not detail-planner', 'nicht detail-planner'],
      ['isNot, a list', style, 'isNot', ['a', 'b'], 'none of a, b', 'keins von a, b'],
      ['is true', goal, 'is', true, 'yes', 'ja'],
      ['is false, written ja/nein', goal, 'is', 'nein', 'no', 'nein'],
      ['includes', signals, 'includes', ['a', 'b'], 'all of a, b', 'alle von a, b'],
      ['includesAny', signals, 'includesAny', ['a', 'b'], 'any of a, b', 'mindestens eins von a, b'],
      ['excludes', signals, 'excludes', ['wants-to-be-right'], 'none of wants-to-be-right', 'keins von wants-to-be-right'],
      ['atLeast duration', time, 'atLeast', '1d', 'at least 1d', 'mindestens 1d'],
      ['atMost number', count, 'atMost', 3, 'at most 3', 'höchstens 3'],
      ['atLeast money with currency', budget, 'atLeast', '5000 EUR', 'at least 5000 EUR', 'mindestens 5000 EUR'],
      ['atLeast money, bare amount gets the fact currency', budget, 'atLeast', 5000, 'at least 5000 EUR', 'mindestens 5000 EUR'],
      ['between money', budget, 'between', ['3000 EUR', '9000 EUR'], 'between 3000 EUR and 9000 EUR', 'zwischen 3000 EUR und 9000 EUR'],
      ['between durations', time, 'between', ['2w', '26w'], 'between 2w and 26w', 'zwischen 2w und 26w'],
      ['atLeast date', start, 'atLeast', '2027-01-11', 'at least 2027-01-11', 'mindestens 2027-01-11'],
      ['atLeast date from a Date', start, 'atLeast', new Date('2027-01-11T00:00:00Z'), 'at least 2027-01-11', 'mindestens 2027-01-11'],
      ['mentions', need, 'mentions', ['deadline', 'launch'], 'mentions "deadline" or "launch"', 'erwähnt „deadline“ oder „launch“'],
      ['doesNotMention', need, 'doesNotMention', ['a', 'b', 'c'], 'does not mention "a", "b" or "c"', 'erwähnt nicht „a“, „b“ oder „c“'],
    ];
    for (const [name, f, matcher, arg, en, de] of cases) {
      it(name, () => {
        const c = crit('x', f.name, matcher, arg);
        assert.equal(describeExpected(c, f, 'en'), en);
        assert.equal(describeExpected(c, f, 'de'), de);
      });
    }
    it('has words even for an argument that is wrong, and for a missing fact', () => {
      assert.equal(describeExpected(crit('x', 'nope', 'atLeast', 'soon'), undefined, 'en'), 'at least soon');
      assert.equal(describeExpected(crit('x', 'nope', 'is', { a: 1 }), undefined, 'en'), 'a mapping');
    });
  });
});
