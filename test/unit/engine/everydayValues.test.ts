// The values people really write (docs/reference.md, “Values”): working days, sofort/immediately,
// rough and net amounts, T€, ",-", ranges of amounts and durations with their three-way
// comparison, months and quarters as dates — each accepted form read to what it means, each near
// miss refused with its fact type's value hint (which lists the form), in both languages.
import { strict as assert } from 'node:assert';
import { dayNumber, evaluate, parseFactValue, parseMatcherArgument } from '../../../server/src/engine';
import type { FactSpec, Language } from '../../../shared/src/types';
import { crit, fact, profile, prospect } from './fixtures';

const budget = fact('budget', 'money', { currency: 'EUR' });
const response = fact('responseTime', 'duration');
const start = fact('start', 'date');

function value(f: FactSpec, raw: unknown, language: Language = 'en'): unknown {
  const r = parseFactValue(f, raw, language);
  assert.ok(r.ok, `expected ${JSON.stringify(raw)} to be read, got: ${r.ok ? '' : r.message}`);
  return r.value;
}

function refusal(f: FactSpec, raw: unknown, language: Language = 'en'): string {
  const r = parseFactValue(f, raw, language);
  assert.ok(!r.ok, `expected ${JSON.stringify(raw)} to be refused, got ${JSON.stringify(r.ok && r.value)}`);
  return r.message;
}

const DAY = 24 * 60;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('everyday values', () => {
  describe('durations', () => {
    const accepted: [string, number][] = [
      ['1 Werktag', DAY], ['2 Werktage', 2 * DAY], ['1 Arbeitstag', DAY], ['2 Arbeitstage', 2 * DAY],
      ['1 working day', DAY], ['2 working days', 2 * DAY], ['1 business day', DAY], ['2 business days', 2 * DAY],
      ['sofort', 0], ['Sofort', 0], ['immediately', 0],
    ];
    for (const [raw, minutes] of accepted) it(`reads "${raw}" as ${minutes} minutes`, () => assert.equal(value(response, raw), minutes));

    it('a working day compares as one day: "1 Werktag" meets atLeast 1d and atMost 1d', () => {
      const p = profile({ facts: [response], criteria: [crit('a', 'responseTime', 'atLeast', '1d'), crit('b', 'responseTime', 'atMost', '1d')] });
      const v = evaluate(p, prospect({ responseTime: '1 Werktag' }));
      assert.deepEqual(v.criteria.map((c) => c.outcome), ['met', 'met']);
    });

    const nearMisses = ['1 Werkstag', '2 Arbeitstag-e', 'sofortig', 'immediate', '2 working', 'business days'];
    for (const raw of nearMisses) {
      it(`refuses "${raw}" with the hint that lists working days and sofort`, () => {
        const en = refusal(response, raw);
        assert.match(en, /is not a duration: write e\.g\. .*"1 working day", "2 business days", "immediately", or a range such as "2-4 weeks"/);
        const de = refusal(response, raw, 'de');
        assert.match(de, /ist keine Dauer: schreiben Sie z\. B\. .*„1 Werktag“, „2 Arbeitstage“, „sofort“ oder einen Bereich wie „2–4 Wochen“/);
      });
    }

    it('a matcher argument takes the new words too (atMost: 1 Werktag), but no range', () => {
      const r = parseMatcherArgument(response, 'atMost', '1 Werktag');
      assert.ok(r.ok && r.value.kind === 'bound' && r.value.value === DAY);
      const range = parseMatcherArgument(response, 'atMost', '2–4 Wochen');
      assert.ok(!range.ok);
      assert.doesNotMatch(range.message, /range/, 'a bound is one value: its hint offers no range');
    });
  });

  describe('amounts', () => {
    const accepted: [string, unknown][] = [
      ['ca. 5.000 €', eur(5000)], ['ca 5000 EUR', eur(5000)], ['circa 5.000 €', eur(5000)], ['etwa 5.000 €', eur(5000)],
      ['about 5,000 EUR', eur(5000)], ['approx. 5,000 EUR', eur(5000)], ['~5000 €', eur(5000)],
      ['5.000 Euro netto', eur(5000)], ['5,000 EUR net', eur(5000)],
      ['5 T€', eur(5000)], ['5T€', eur(5000)], ['5 TEUR', eur(5000)], ['5k €', eur(5000)], ['2,5 T€', eur(2500)],
      ['5000,- €', eur(5000)], ['5.000,-- €', eur(5000)], ['5.000,– €', eur(5000)], ['5000,-', eur(5000)],
      ['ca. 5 T€ netto', eur(5000)],
    ];
    for (const [raw, expected] of accepted) it(`reads "${raw}"`, () => assert.deepEqual(value(budget, raw), expected));

    const nearMisses = ['ca.', 'ca. ca. 5000 €', '5 T$', '5 T', '5000 brutto', '5000 gross', '5000,-,- €', 'etwa fünftausend €'];
    for (const raw of nearMisses) {
      it(`refuses "${raw}" with the hint that lists the everyday forms`, () => {
        assert.match(refusal(budget, raw),
          /is not an amount of money: write e\.g\. 8000 EUR, 8,000 EUR, 8k EUR, 5 T€, 5000,- €, about 5,000 EUR, 5,000 EUR net, or a range such as 3,000-6,000 EUR$/);
        assert.match(refusal(budget, raw, 'de'),
          /ist kein Geldbetrag: schreiben Sie z\. B\. 8000 EUR, 8\.000 €, 8k €, 5 T€, 5000,- €, ca\. 5\.000 €, 5\.000 Euro netto oder einen Bereich wie 3\.000–6\.000 €$/);
      });
    }

    it('a net amount in another currency is still refused as in another currency', () => {
      assert.match(refusal(budget, '5.000 USD netto'), /is in USD, but budget is counted in EUR/);
    });
  });

  describe('ranges', () => {
    const accepted: [FactSpec, string, unknown][] = [
      [budget, '3.000–6.000 €', { low: eur(3000), high: eur(6000) }],
      [budget, '3000-6000 EUR', { low: eur(3000), high: eur(6000) }],
      [budget, '3,000-6,000 EUR', { low: eur(3000), high: eur(6000) }],
      [budget, '3.000 € – 6.000 €', { low: eur(3000), high: eur(6000) }],
      [budget, '3.000 bis 6.000 €', { low: eur(3000), high: eur(6000) }],
      [budget, '3,000 to 6,000 EUR', { low: eur(3000), high: eur(6000) }],
      [budget, '5–8k €', { low: eur(5000), high: eur(8000) }],
      [budget, 'ca. 3.000–6.000 €', { low: eur(3000), high: eur(6000) }],
      [budget, '3000-6000', { low: eur(3000), high: eur(6000) }],
      [response, '2–4 Wochen', { low: 14 * DAY, high: 28 * DAY }],
      [response, '2-4 weeks', { low: 14 * DAY, high: 28 * DAY }],
      [response, '2 bis 4 Wochen', { low: 14 * DAY, high: 28 * DAY }],
      [response, '4h – 2 Werktage', { low: 240, high: 2 * DAY }],
    ];
    for (const [f, raw, expected] of accepted) it(`reads "${raw}" as a range`, () => assert.deepEqual(value(f, raw), expected));

    it('refuses a range whose ends are in the wrong order, naming the right order', () => {
      assert.match(refusal(budget, '6.000–3.000 €'), /starts above its end: write the low end first, e\.g\. 3,000-6,000 EUR/);
      assert.match(refusal(response, '4–2 Wochen', 'de'), /beginnt über seinem Ende: schreiben Sie den kleineren Wert zuerst, z\. B\. „2–4 Wochen“/);
    });
    it('refuses a range in another currency than the fact\'s, saying so', () => {
      assert.match(refusal(budget, '3000-6000 USD'), /is in USD, but budget is counted in EUR/);
    });
    for (const raw of ['3.000–', '–6.000 €', '3.000 – 6.000 USD €', '3.000–6.000–9.000 €', 'von 3.000 bis 6.000 €']) {
      it(`refuses the half range "${raw}" with the money hint`, () => assert.match(refusal(budget, raw), /is not an amount of money: write e\.g\. .*or a range such as 3,000-6,000 EUR$/));
    }
    it('refuses "2–4" without a unit as a duration', () => assert.match(refusal(response, '2–4'), /is not a duration/));

    describe('against a criterion: wholly met, wholly unmet, or in part (unknown, with a question naming the range)', () => {
      const budgetFact = fact('budget', 'money', { currency: 'EUR', question: 'What budget have you planned?' });
      const judge = (matcher: 'atLeast' | 'atMost' | 'between', arg: unknown, raw: string, language: Language = 'en') =>
        evaluate(profile({ facts: [budgetFact], criteria: [crit('budget', 'budget', matcher, arg)], language }), prospect({ budget: raw }));
      const cases: ['atLeast' | 'atMost' | 'between', unknown, string, string][] = [
        ['atLeast', '5000 EUR', '5.000–8.000 €', 'met'],
        ['atLeast', '5000 EUR', '3.000–4.999 €', 'unmet'],
        ['atLeast', '5000 EUR', '3.000–6.000 €', 'unknown'],
        ['atMost', '5000 EUR', '3.000–5.000 €', 'met'],
        ['atMost', '5000 EUR', '6.000–8.000 €', 'unmet'],
        ['atMost', '5000 EUR', '3.000–6.000 €', 'unknown'],
        ['between', ['3000 EUR', '9000 EUR'], '4.000–6.000 €', 'met'],
        ['between', ['3000 EUR', '9000 EUR'], '10.000–12.000 €', 'unmet'],
        ['between', ['3000 EUR', '9000 EUR'], '1.000–2.000 €', 'unmet'],
        ['between', ['3000 EUR', '9000 EUR'], '2.000–4.000 €', 'unknown'],
        ['between', ['3000 EUR', '9000 EUR'], '8.000–10.000 €', 'unknown'],
        ['between', ['3000 EUR', '9000 EUR'], '1.000–10.000 €', 'unknown'],
      ];
      for (const [matcher, arg, raw, outcome] of cases) {
        it(`${matcher} ${JSON.stringify(arg)}: ${raw} → ${outcome}`, () => assert.equal(judge(matcher, arg, raw).criteria[0].outcome, outcome));
      }
      it('a range met in part is asked about, naming the range and what is wanted; the reason says it', () => {
        const v = judge('atLeast', '5000 EUR', '3.000–6.000 €');
        assert.equal(v.known, 0);
        assert.deepEqual(v.ask, [{ fact: 'budget', question: 'What budget have you planned? (named: 3.000–6.000 €; wanted: at least €5,000)' }]);
        assert.match(v.criteria[0].reason!, /the range 3\.000–6\.000 € meets "at least €5,000" only in part/);
        const de = judge('atLeast', '5000 EUR', '3.000–6.000 €', 'de');
        assert.match(de.ask[0].question, /\(genannt: 3\.000–6\.000 €; gewünscht: mindestens 5\.000\u00a0€\)$/);
      });
      it('a range wholly met or unmet is not asked about', () => {
        assert.deepEqual(judge('atLeast', '5000 EUR', '5.000–8.000 €').ask, []);
        assert.deepEqual(judge('atLeast', '5000 EUR', '1.000–2.000 €').ask, []);
      });
      it('a duration range compares the same way: 2–4 Wochen against atMost 3w is in part, against atLeast 1w met', () => {
        const p = profile({ facts: [response], criteria: [crit('a', 'responseTime', 'atMost', '3w'), crit('b', 'responseTime', 'atLeast', '1w')] });
        assert.deepEqual(evaluate(p, prospect({ responseTime: '2–4 Wochen' })).criteria.map((c) => c.outcome), ['unknown', 'met']);
      });
    });
  });

  describe('months and quarters as dates (their first day)', () => {
    const accepted: [string, number][] = [
      ['Januar 2027', dayNumber(2027, 1, 1)], ['January 2027', dayNumber(2027, 1, 1)], ['Jan. 2027', dayNumber(2027, 1, 1)],
      ['März 2027', dayNumber(2027, 3, 1)], ['Dezember 2026', dayNumber(2026, 12, 1)], ['Oct 2027', dayNumber(2027, 10, 1)],
      ['Q1 2027', dayNumber(2027, 1, 1)], ['Q2/2027', dayNumber(2027, 4, 1)], ['q3 2027', dayNumber(2027, 7, 1)],
      ['4. Quartal 2027', dayNumber(2027, 10, 1)], ['20.11.2026', dayNumber(2026, 11, 20)],
    ];
    for (const [raw, day] of accepted) it(`reads "${raw}"`, () => assert.equal(value(start, raw), day));

    for (const raw of ['Q5 2027', 'Q0 2027', 'Janvier 2027', 'Januar', 'Januar 27', '13. Monat 2027', 'Q1 27']) {
      it(`refuses "${raw}" with the date hint that lists months and quarters`, () => {
        assert.match(refusal(start, raw), /is not a date: write e\.g\. 2026-12-01, 1\.12\.2026, "January 2027" or "Q1 2027"$/);
        assert.match(refusal(start, raw, 'de'), /ist kein Datum: schreiben Sie z\. B\. 2026-12-01, 1\.12\.2026, „Januar 2027“ oder „Q1 2027“$/);
      });
    }

    it('compare as their first day: atLeast Q1 2027 holds for Februar 2027 and for Q1 2027, not for Dezember 2026', () => {
      const p = profile({ facts: [start], criteria: [crit('start', 'start', 'atLeast', 'Q1 2027')] });
      const outcome = (raw: string) => evaluate(p, prospect({ start: raw })).criteria[0].outcome;
      assert.equal(outcome('Februar 2027'), 'met');
      assert.equal(outcome('Q1 2027'), 'met');
      assert.equal(outcome('2027-01-01'), 'met');
      assert.equal(outcome('Dezember 2026'), 'unmet');
      assert.equal(outcome('31.12.2026'), 'unmet');
    });
    it('atMost Januar 2027 holds for 1.1.2027 only, not for 2.1.2027 (the month is its first day)', () => {
      const p = profile({ facts: [start], criteria: [crit('start', 'start', 'atMost', 'Januar 2027')] });
      assert.equal(evaluate(p, prospect({ start: '1.1.2027' })).criteria[0].outcome, 'met');
      assert.equal(evaluate(p, prospect({ start: '2.1.2027' })).criteria[0].outcome, 'unmet');
    });
  });
});
