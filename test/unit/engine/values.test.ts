// Reading fact values and matcher arguments (docs/reference.md, “Values”): every accepted form, and
// a clear message naming what was expected for everything else.
import { strict as assert } from 'node:assert';
import {
  isUnknown, parseFactValue, parseMatcherArgument, parseDuration, parseDate, parseYesNo, parseNumber,
  dayNumber, parseNumberText,
} from '../../../server/src/engine';
import { fact } from './fixtures';

const budget = fact('budget', 'money', { currency: 'EUR' });
const anyMoney = fact('amount', 'money');
const style = fact('workingStyle', 'choice', { options: ['intuitive', 'structured', 'detail-planner'] });
const signals = fact('signals', 'tags', { options: ['wants-to-be-right', 'always-on', 'open-to-advice'] });

function value(f: Parameters<typeof parseFactValue>[0], raw: unknown): unknown {
  const r = parseFactValue(f, raw);
  assert.ok(r.ok, `expected ${JSON.stringify(raw)} to be read, got: ${r.ok ? '' : r.message}`);
  return r.value;
}

function message(f: Parameters<typeof parseFactValue>[0], raw: unknown): string {
  const r = parseFactValue(f, raw);
  assert.ok(!r.ok, `expected ${JSON.stringify(raw)} to be refused, got ${JSON.stringify(r.ok && r.value)}`);
  return r.message;
}

describe('engine values', () => {
  describe('unknown', () => {
    const cases: [unknown, boolean][] = [
      [undefined, true], [null, true], ['', true], ['   ', true],
      [[], false], [0, false], [false, false], ['x', false], [{}, false],
    ];
    for (const [raw, expected] of cases) {
      it(`${JSON.stringify(raw) ?? 'undefined'} is ${expected ? 'unknown' : 'known'}`, () => assert.equal(isUnknown(raw), expected));
    }
    it('an unknown value is not read as one', () => assert.match(message(budget, null), /budget has no value/));
  });

  describe('money', () => {
    const cases: [unknown, number, string | undefined][] = [
      [8000, 8000, 'EUR'],
      ['8000', 8000, 'EUR'],
      ['8000 EUR', 8000, 'EUR'],
      ['8000EUR', 8000, 'EUR'],
      ['8000 eur', 8000, 'EUR'],
      ['8.000 €', 8000, 'EUR'],
      ['8.000€', 8000, 'EUR'],
      ['€8000', 8000, 'EUR'],
      ['€ 8.000', 8000, 'EUR'],
      ['8k EUR', 8000, 'EUR'],
      ['8K €', 8000, 'EUR'],
      ['1,5k €', 1500, 'EUR'],
      ['1.5k EUR', 1500, 'EUR'],
      ['1,1k', 1100, 'EUR'],
      ['EUR 8000', 8000, 'EUR'],
      ['EUR 8.000,50', 8000.5, 'EUR'],
      ['8.000,50 €', 8000.5, 'EUR'],
      ['8000,50 €', 8000.5, 'EUR'],
      ['1.234.567 €', 1234567, 'EUR'],
      ['8 000 €', 8000, 'EUR'],
      ['2 Mio. €', 2000000, 'EUR'],
      ['12 Tsd. EUR', 12000, 'EUR'],
      ['4.500 €', 4500, 'EUR'],
      ['12k EUR', 12000, 'EUR'],
      ['15.000 €', 15000, 'EUR'],
      ['5000 Euro', 5000, 'EUR'],
      ['0,50 €', 0.5, 'EUR'],
      ['  8000 EUR  ', 8000, 'EUR'],
    ];
    for (const [raw, amount, currency] of cases) {
      it(`reads ${JSON.stringify(raw)} as ${amount} ${currency}`, () => assert.deepEqual(value(budget, raw), { amount, currency }));
    }

    const other: [unknown, number, string | undefined][] = [
      ['$5,000', 5000, 'USD'],
      ['5000 USD', 5000, 'USD'],
      ['US$ 5,000.50', 5000.5, 'USD'],
      ['£300', 300, 'GBP'],
      ['300 GBP', 300, 'GBP'],
      ['1.200 CHF', 1200, 'CHF'],
      ['8000', 8000, undefined],
      [8000, 8000, undefined],
      ['-500 €', -500, 'EUR'],
    ];
    for (const [raw, amount, currency] of other) {
      it(`reads ${JSON.stringify(raw)} as ${amount} ${currency ?? '(no currency)'} on a fact without currency`, () => {
        assert.deepEqual(value(anyMoney, raw), currency ? { amount, currency } : { amount });
      });
    }

    it('refuses another currency than the fact\'s, never converting it', () => {
      assert.equal(message(budget, '8000 USD'), '"8000 USD" is in USD, but budget is counted in EUR');
      assert.equal(message(budget, '$5,000'), '"$5,000" is in USD, but budget is counted in EUR');
      assert.equal(message(budget, '£300'), '"£300" is in GBP, but budget is counted in EUR');
    });

    it('accepts a fact currency written as a symbol', () => {
      assert.deepEqual(value(fact('b', 'money', { currency: '€' }), '8000 EUR'), { amount: 8000, currency: 'EUR' });
    });

    const bad: unknown[] = ['soon', 'EUR', '8000 EUR USD', '€ 8000 €', '12.34.56 €', '1,2.3,4', 'abc 5', '8000 XY', true, [8000], { amount: 1 }, NaN, Infinity, '9'.repeat(100)];
    for (const raw of bad) {
      it(`refuses ${String(JSON.stringify(raw))} as money, with examples`, () => {
        assert.match(message(budget, raw), /is not an amount of money: write e\.g\. 8000 EUR, 8,000 EUR, 8k EUR, 5 T€, 5000,- €, about 5,000 EUR, 5,000 EUR net, or a range such as 3,000-6,000 EUR$/);
      });
    }

    it('reads decimals and thousands the German and the English way', () => {
      const cases: [string, number][] = [
        ['1.000', 1000], ['1,000', 1000], ['1,5', 1.5], ['1.5', 1.5], ['0,500', 0.5], ['1.234,56', 1234.56],
        ['1,234.56', 1234.56], ['1.000.000', 1000000], ['1234.567', 1234.567], ["12'345", 12345], ['-3', -3], ['+3', 3],
      ];
      for (const [text, n] of cases) assert.equal(parseNumberText(text), n, text);
      for (const text of ['1.2.3', '1,2.3,4', '12.34.56', '', '.', '1.', 'x']) assert.equal(parseNumberText(text), undefined, text);
    });
  });

  describe('duration (in minutes; 1d = 24h, a calendar day)', () => {
    const cases: [string, number][] = [
      ['30m', 30], ['30 min', 30], ['45 minutes', 45], ['30 Minuten', 30], ['1 Minute', 1],
      ['2h', 120], ['2 hours', 120], ['1 hour', 60], ['2 Stunden', 120], ['1 Stunde', 60], ['3 Std.', 180],
      ['1d', 1440], ['1 day', 1440], ['3 days', 4320], ['1 Tag', 1440], ['3 Tage', 4320],
      ['2w', 20160], ['1 week', 10080], ['2 weeks', 20160], ['1 Woche', 10080], ['2 Wochen', 20160],
      ['1 month', 43200], ['1 Monat', 43200], ['2 Monate', 86400],
      ['1,5h', 90], ['1.5 h', 90], ['1h 30m', 90], ['1h30m', 90], ['2 hours and 30 minutes', 150], ['1 Tag und 2 Stunden', 1560],
      ['  2H ', 120], ['26w', 262080], ['40 weeks', 403200],
    ];
    for (const [raw, minutes] of cases) {
      it(`reads "${raw}" as ${minutes} minutes`, () => assert.equal(value(fact('t', 'duration'), raw), minutes));
    }
    it('refuses a word with a message that shows the forms', () => {
      assert.equal(message(fact('t', 'duration'), 'soon'), '"soon" is not a duration: write e.g. 30m, 2h, 1d, 2w, "3 days", "1 working day", "2 business days", "immediately", or a range such as "2-4 weeks"');
    });
    it('refuses a bare number and asks for a unit', () => {
      assert.match(message(fact('t', 'duration'), 30), /30 is not a duration without a unit: write e\.g\. 30m, 30h or 30d/);
      assert.match(message(fact('t', 'duration'), '30'), /add|unit/);
    });
    for (const raw of ['bald', '2 lightyears', '2h and', 'h', '1d 2', true, ['1d'], {}, '1'.repeat(200) + 'd']) {
      it(`refuses ${String(JSON.stringify(raw)).slice(0, 40)}`, () => assert.equal(parseDuration(raw).ok, false));
    }
  });

  describe('date (compared as day numbers)', () => {
    it('reads ISO dates as days since 1970-01-01', () => {
      assert.equal(value(fact('d', 'date'), '1970-01-01'), 0);
      assert.equal(value(fact('d', 'date'), '1970-01-02'), 1);
      assert.equal(value(fact('d', 'date'), '2026-12-01'), Date.UTC(2026, 11, 1) / 86_400_000);
      assert.equal(value(fact('d', 'date'), '2024-02-29'), Date.UTC(2024, 1, 29) / 86_400_000);
      assert.equal(value(fact('d', 'date'), '1969-12-31'), -1);
    });
    it('reads a Date (YAML 1.1 timestamp) as its UTC day', () => {
      assert.equal(value(fact('d', 'date'), new Date('2026-12-01T00:00:00Z')), Date.UTC(2026, 11, 1) / 86_400_000);
      assert.equal(value(fact('d', 'date'), new Date('2026-12-01T18:30:00Z')), Date.UTC(2026, 11, 1) / 86_400_000);
    });
    it('reads a German date as a courtesy', () => assert.equal(value(fact('d', 'date'), '1.12.2026'), dayNumber(2026, 12, 1)));
    it('agrees with Date.UTC over four centuries', () => {
      for (let y = 1800; y <= 2400; y += 7) for (const m of [1, 2, 3, 7, 12]) assert.equal(dayNumber(y, m, 1), Date.UTC(y, m - 1, 1) / 86_400_000);
    });
    for (const raw of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '31.2.2026']) {
      it(`refuses the impossible date ${raw}`, () => assert.match(message(fact('d', 'date'), raw), /is not a date that exists/));
    }
    for (const raw of ['tomorrow', '2026-1-5', '2026/12/01', 20261201, new Date('nonsense'), true]) {
      it(`refuses ${String(raw)}`, () => assert.equal(parseDate(raw).ok, false));
    }
  });

  describe('yesno', () => {
    const cases: [unknown, boolean][] = [
      [true, true], [false, false], ['yes', true], ['no', false], ['ja', true], ['nein', false],
      ['true', true], ['false', false], ['YES', true], ['Nein', false], [' Ja ', true], ['TRUE', true],
    ];
    for (const [raw, b] of cases) it(`reads ${JSON.stringify(raw)} as ${b}`, () => assert.equal(value(fact('g', 'yesno'), raw), b));
    for (const raw of ['maybe', 1, 0, 'vielleicht', [], {}]) {
      it(`refuses ${JSON.stringify(raw)}`, () => {
        const r = parseYesNo(raw);
        assert.ok(!r.ok && /is not yes or no: write true or false/.test(r.message));
      });
    }
  });

  describe('number', () => {
    const cases: [unknown, number][] = [[5, 5], [2.5, 2.5], [-1, -1], ['12', 12], ['2,5', 2.5], ['2.5', 2.5], [' 7 ', 7], ['1.000', 1000]];
    for (const [raw, n] of cases) it(`reads ${JSON.stringify(raw)} as ${n}`, () => assert.equal(value(fact('n', 'number'), raw), n));
    for (const raw of ['five', NaN, Infinity, true, [1], '1e3', '12 pcs']) {
      it(`refuses ${String(raw)}`, () => assert.equal(parseNumber(raw).ok, false));
    }
    it('says what a number looks like', () => assert.equal(message(fact('n', 'number'), 'five'), '"five" is not a number: write e.g. 3 or 2.5'));
  });

  describe('choice', () => {
    it('reads an option', () => assert.equal(value(style, 'structured'), 'structured'));
    it('refuses a value that is not an option, listing the options', () => {
      assert.equal(message(style, 'chaotisch'), '"chaotisch" is not among the options of workingStyle: intuitive, structured, detail-planner');
    });
    it('is case-sensitive (option values are identifiers)', () => assert.equal(parseFactValue(style, 'Intuitive').ok, false));
    it('refuses a list', () => assert.match(message(style, ['intuitive']), /workingStyle takes one value, not a list/));
    it('reads a number option as its text', () => assert.equal(value(fact('size', 'choice', { options: ['1', '2'] }), 2), '2'));
  });

  describe('tags', () => {
    it('reads a list of options', () => assert.deepEqual(value(signals, ['always-on', 'open-to-advice']), ['always-on', 'open-to-advice']));
    it('reads [] as known: none', () => assert.deepEqual(value(signals, []), []));
    it('refuses a single string: a list is needed', () => {
      assert.equal(message(signals, 'always-on'), 'signals takes a list, not a single value: write [always-on]');
    });
    it('refuses an item that is not an option', () => {
      assert.match(message(signals, ['always-on', 'grumpy']), /"grumpy" is not among the options of signals: wants-to-be-right, always-on, open-to-advice/);
    });
    it('refuses null items and mappings', () => {
      assert.equal(parseFactValue(signals, [null]).ok, false);
      assert.equal(parseFactValue(signals, { a: 1 }).ok, false);
    });
  });

  describe('text', () => {
    it('reads a string', () => assert.equal(value(fact('need', 'text'), 'Trade show'), 'Trade show'));
    it('reads a number as its text', () => assert.equal(value(fact('need', 'text'), 1990), '1990'));
    it('refuses a list or a mapping', () => {
      assert.equal(parseFactValue(fact('need', 'text'), ['a']).ok, false);
      assert.equal(parseFactValue(fact('need', 'text'), { a: 1 }).ok, false);
    });
  });

  describe('German messages', () => {
    it('speaks German when asked', () => {
      const r = parseFactValue(budget, '8000 USD', 'de');
      assert.ok(!r.ok);
      assert.equal(r.message, '„8000 USD“ ist in USD, aber budget wird in EUR gerechnet');
      const d = parseFactValue(fact('t', 'duration'), 'bald', 'de');
      assert.ok(!d.ok && d.message.startsWith('„bald“ ist keine Dauer'));
    });
  });

  describe('matcher arguments', () => {
    const dur = fact('t', 'duration');
    it('reads a single bound', () => {
      assert.deepEqual(parseMatcherArgument(budget, 'atLeast', '5000 EUR'), { ok: true, value: { kind: 'bound', value: { amount: 5000, currency: 'EUR' } } });
      assert.deepEqual(parseMatcherArgument(budget, 'atMost', 5000), { ok: true, value: { kind: 'bound', value: { amount: 5000, currency: 'EUR' } } });
      assert.deepEqual(parseMatcherArgument(dur, 'atLeast', '1d'), { ok: true, value: { kind: 'bound', value: 1440 } });
      assert.deepEqual(parseMatcherArgument(fact('n', 'number'), 'atMost', 3), { ok: true, value: { kind: 'bound', value: 3 } });
      assert.deepEqual(parseMatcherArgument(fact('d', 'date'), 'atLeast', '1970-01-11'), { ok: true, value: { kind: 'bound', value: 10 } });
    });
    it('reads between as [low, high]', () => {
      assert.deepEqual(parseMatcherArgument(dur, 'between', ['2w', '26w']), { ok: true, value: { kind: 'range', low: 20160, high: 262080 } });
    });
    it('refuses a between that is not two ordered bounds', () => {
      const shape = parseMatcherArgument(dur, 'between', ['2w']);
      assert.ok(!shape.ok && /between takes two bounds/.test(shape.message));
      const order = parseMatcherArgument(dur, 'between', ['26w', '2w']);
      assert.ok(!order.ok && /low bound 26w is above the high bound 2w/.test(order.message));
      assert.equal(parseMatcherArgument(dur, 'between', '2w').ok, false);
    });
    it('reads a list or a single value for sets', () => {
      assert.deepEqual(parseMatcherArgument(style, 'is', ['intuitive', 'structured']), { ok: true, value: { kind: 'set', values: ['intuitive', 'structured'] } });
      assert.deepEqual(parseMatcherArgument(style, 'is', 'intuitive'), { ok: true, value: { kind: 'set', values: ['intuitive'] } });
      assert.deepEqual(parseMatcherArgument(signals, 'excludes', 'always-on'), { ok: true, value: { kind: 'set', values: ['always-on'] } });
      assert.deepEqual(parseMatcherArgument(fact('g', 'yesno'), 'is', true), { ok: true, value: { kind: 'set', values: [true] } });
      assert.deepEqual(parseMatcherArgument(fact('g', 'yesno'), 'is', 'nein'), { ok: true, value: { kind: 'set', values: [false] } });
    });
    it('reads phrases', () => {
      assert.deepEqual(parseMatcherArgument(fact('need', 'text'), 'doesNotMention', ['just exploring', 'no rush']), { ok: true, value: { kind: 'phrases', phrases: ['just exploring', 'no rush'] } });
      assert.deepEqual(parseMatcherArgument(fact('need', 'text'), 'mentions', 'deadline'), { ok: true, value: { kind: 'phrases', phrases: ['deadline'] } });
      assert.equal(parseMatcherArgument(fact('need', 'text'), 'mentions', ['']).ok, false);
      assert.equal(parseMatcherArgument(fact('need', 'text'), 'mentions', []).ok, false);
    });
    it('refuses a matcher that does not fit the fact type, naming the ones that do', () => {
      const r = parseMatcherArgument(signals, 'is', 'always-on');
      assert.ok(!r.ok);
      assert.equal(r.message, 'is does not fit a tags fact: use includes, includesAny or excludes');
    });
    it('refuses argument values of the wrong kind', () => {
      const cur = parseMatcherArgument(budget, 'atLeast', '5000 USD');
      assert.ok(!cur.ok && cur.message === '"5000 USD" is in USD, but budget is counted in EUR');
      const opt = parseMatcherArgument(style, 'isNot', 'chaotic');
      assert.ok(!opt.ok && /"chaotic" is not among the options of workingStyle/.test(opt.message));
      assert.equal(parseMatcherArgument(dur, 'atLeast', ['1d']).ok, false);
      assert.equal(parseMatcherArgument(dur, 'atLeast', null).ok, false);
      assert.equal(parseMatcherArgument(dur, 'atLeast', 'soon').ok, false);
      assert.equal(parseMatcherArgument(style, 'is', []).ok, false);
    });
    it('refuses a range in two different currencies on a fact without currency', () => {
      assert.equal(parseMatcherArgument(anyMoney, 'between', ['1000 EUR', '2000 USD']).ok, false);
    });
  });
});
