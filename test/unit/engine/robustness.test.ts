// The engine on anything at all: wrong types everywhere, hostile objects and huge strings. It
// never throws, never hangs, and always returns plain JSON; on well-formed random input the
// verdict agrees with the verdict rules (docs/reference.md, “How the verdict is computed”)
// recomputed from its own criteria entries.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  evaluate, findPhrase, parseFactValue, parseMatcherArgument, parseMoneyText, parseDurationText,
} from '../../../server/src/engine';
import {
  FACT_TYPES, MATCHERS, MATCHERS_BY_TYPE, VERDICTS,
  type CriterionSpec, type FactSpec, type FactType, type MatcherKind, type Profile, type Prospect, type Verdict,
} from '../../../shared/src/types';
import { crit, fact, profile, prospect, wunschkunde } from './fixtures';

const factType = fc.constantFrom(...FACT_TYPES);
const matcher = fc.constantFrom(...MATCHERS);
const word = fc.constantFrom('a', 'b', 'c', 'intuitive', 'EUR', '1d', '2h', '8000 EUR', '2026-12-01', 'yes', '', ' ', '__proto__', 'constructor');
/** Values of every shape a YAML file (or a fuzzer) can produce. */
const rawValue = fc.oneof(
  fc.anything(),
  word,
  fc.array(word, { maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.constant(new Date('2026-12-01T00:00:00Z')),
  fc.constant(new Date('invalid')),
);

function assertPlainJson(v: Verdict): void {
  assert.deepEqual(JSON.parse(JSON.stringify(v)), v);
  assert.ok(VERDICTS.includes(v.verdict));
  assert.ok(Number.isInteger(v.known) && v.known >= 0 && v.known <= 100, `known ${v.known}`);
  assert.ok(v.score === null || (Number.isInteger(v.score) && v.score >= 0 && v.score <= 100), `score ${v.score}`);
}

describe('engine robustness', () => {
  it('parseFactValue never throws and always explains a refusal', () => {
    fc.assert(fc.property(factType, rawValue, fc.array(word), fc.option(word), (type, raw, options, currency) => {
      const f: FactSpec = { ...fact('f', type, { options }), currency: currency ?? undefined };
      for (const language of ['en', 'de'] as const) {
        const r = parseFactValue(f, raw, language);
        if (!r.ok) assert.ok(typeof r.message === 'string' && r.message.length > 0 && r.message.length < 600, r.message);
      }
    }), { numRuns: 1000 });
  });

  it('parseMatcherArgument never throws, for every matcher on every type', () => {
    fc.assert(fc.property(factType, matcher, rawValue, (type, m, raw) => {
      const r = parseMatcherArgument(fact('f', type, { options: ['a', 'b'] }), m, raw);
      if (!MATCHERS_BY_TYPE[type].includes(m)) assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.message.length > 0);
    }), { numRuns: 1000 });
  });

  it('evaluate never throws on garbage profiles and prospects, and returns plain JSON', () => {
    const garbageCriterion = fc.record({
      id: fc.oneof(word, fc.anything()), fact: fc.oneof(word, fc.anything()), matcher: fc.oneof(matcher, fc.anything()),
      expected: rawValue, weight: fc.oneof(fc.double(), fc.integer(), fc.anything()), dealbreaker: fc.oneof(fc.boolean(), fc.anything()),
      why: fc.anything(),
    });
    const garbageFact = fc.record({
      name: fc.oneof(word, fc.anything()), type: fc.oneof(factType, fc.anything()),
      options: fc.oneof(fc.array(fc.oneof(fc.record({ value: word, phrases: fc.oneof(fc.array(word), fc.anything()) }), fc.anything())), fc.anything()),
      question: fc.anything(), label: fc.anything(), currency: fc.anything(),
    });
    const garbageProfile = fc.record({
      profile: fc.anything(), language: fc.anything(),
      facts: fc.oneof(fc.array(garbageFact, { maxLength: 5 }), fc.anything()),
      criteria: fc.oneof(fc.array(garbageCriterion, { maxLength: 6 }), fc.anything()),
      verdict: fc.oneof(fc.record({ fit: fc.anything(), borderline: fc.anything(), minKnown: fc.anything() }), fc.anything()),
      referrals: fc.oneof(fc.array(fc.record({ name: fc.anything(), contact: fc.anything(), note: fc.anything(), when: fc.anything() })), fc.anything()),
      lessons: fc.anything(),
    });
    const garbageProspect = fc.record({
      prospect: fc.anything(), facts: fc.oneof(fc.dictionary(word, rawValue), fc.anything()), notes: fc.anything(),
      notesSource: fc.oneof(fc.record({ text: fc.anything(), start: fc.anything() }), fc.anything()),
    });
    fc.assert(fc.property(garbageProfile, garbageProspect, (p, q) => {
      assertPlainJson(evaluate(p as unknown as Profile, q as unknown as Prospect));
    }), { numRuns: 500 });
  });

  it('evaluate survives null, non-objects and hostile objects', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    const inputs: [unknown, unknown][] = [
      [null, null], [undefined, undefined], [42, 'x'], [wunschkunde(), null], [wunschkunde(), { facts: null }],
      [hostile, hostile], [wunschkunde(), hostile], [wunschkunde(), { prospect: 'P', facts: hostile }],
      [{ ...wunschkunde(), criteria: 'x', facts: 'y' }, prospect({})],
      [wunschkunde(), prospect({ workingStyle: hostile, budget: { toString() { throw new Error('boom'); } } })],
    ];
    for (const [p, q] of inputs) assertPlainJson(evaluate(p as Profile, q as Prospect));
  });

  it('reads only own keys of a prospect\'s facts ("constructor", "__proto__" are names like any other)', () => {
    const p = profile({
      facts: [fact('constructor', 'yesno'), fact('__proto__', 'yesno'), fact('toString', 'text')],
      criteria: [crit('a', 'constructor', 'is', true), crit('b', '__proto__', 'is', true), crit('c', 'toString', 'mentions', 'x')],
    });
    const v = evaluate(p, prospect({}));
    assert.deepEqual(v.criteria.map((c) => c.outcome), ['unknown', 'unknown', 'unknown']);
    const facts = JSON.parse('{"__proto__": true, "constructor": true}') as Record<string, unknown>;
    assert.deepEqual(evaluate(p, prospect(facts)).criteria.map((c) => c.outcome), ['met', 'met', 'unknown']);
  });

  it('handles huge strings quickly (no catastrophic backtracking)', () => {
    const huge = [
      '9'.repeat(1_000_000), `${'1.'.repeat(300_000)}€`, `${'1h '.repeat(300_000)}`, ' '.repeat(1_000_000),
      `${'a'.repeat(500_000)}!`, `EUR ${'0'.repeat(500_000)}`, '1,'.repeat(400_000),
    ];
    const t0 = Date.now();
    for (const text of huge) {
      for (const type of FACT_TYPES) parseFactValue(fact('f', type, { options: ['a'] }), text);
      for (const m of MATCHERS) parseMatcherArgument(fact('f', 'text'), m, text);
      parseMoneyText(text);
      parseDurationText(text);
      findPhrase(text, 'a a a a b');
    }
    const v = evaluate(wunschkunde(), prospect({ workingStyle: huge[4], budget: huge[1], expectedResponseTime: huge[2] }, { notes: huge[4] + huge[3] }));
    assertPlainJson(v);
    assert.ok(v.criteria.every((c) => c.reason.length < 400), 'reasons stay one short line');
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });

  it('reads every whole amount written in German or English style', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
      assert.deepEqual(parseMoneyText(`${n} EUR`), { amount: n, currency: 'EUR' });
      assert.deepEqual(parseMoneyText(`${n.toLocaleString('de-DE')} €`), { amount: n, currency: 'EUR' });
      assert.deepEqual(parseMoneyText(`$${n.toLocaleString('en-US')}`), { amount: n, currency: 'USD' });
    }));
  });

  it('reads every whole duration in each unit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(['m', 1], ['h', 60], ['d', 1440], ['w', 10080], [' Tage', 1440], [' hours', 60]), (n, [unit, factor]) => {
      assert.equal(parseDurationText(`${n}${unit}`), n * (factor as number));
    }));
  });

  it('finds a phrase exactly when a case-insensitive substring search does (single words)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'c', ' ', '.', '*', '(', '\n'), maxLength: 30 });
    const phrase = fc.string({ unit: fc.constantFrom('a', 'b', 'C', '.', '*', '('), minLength: 1, maxLength: 4 });
    fc.assert(fc.property(text, phrase, (t, p) => {
      const m = findPhrase(t, p);
      const i = t.toLowerCase().indexOf(p.toLowerCase());
      assert.equal(m?.index ?? -1, i);
    }), { numRuns: 2000 });
  });

  it('agrees with the verdict rules recomputed from its own criteria entries', () => {
    const outcomeValue = fc.constantFrom(true, false, undefined, '', 'maybe');
    const thresholds = fc.record({ fit: fc.integer({ min: 0, max: 100 }), borderline: fc.integer({ min: 0, max: 100 }), minKnown: fc.integer({ min: 0, max: 100 }) });
    const spec = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 9 }), dealbreaker: fc.boolean(), value: outcomeValue }), { maxLength: 8 });
    fc.assert(fc.property(spec, thresholds, (items, t) => {
      const facts = items.map((_, i) => fact(`f${i}`, 'yesno', { question: `Q${i}?` }));
      const criteria: CriterionSpec[] = items.map((it, i) => crit(`c${i}`, `f${i}`, 'is', true, { weight: it.weight, dealbreaker: it.dealbreaker }));
      const values: Record<string, unknown> = {};
      items.forEach((it, i) => { if (it.value !== undefined) values[`f${i}`] = it.value; });
      const v = evaluate(profile({ facts, criteria, verdict: t, referrals: [{ name: 'R' }] }), prospect(values));
      assertPlainJson(v);

      const weighted = v.criteria.filter((c) => !c.dealbreaker);
      const W = weighted.reduce((s, c) => s + c.weight!, 0);
      const K = weighted.filter((c) => c.outcome !== 'unknown').reduce((s, c) => s + c.weight!, 0);
      const M = weighted.filter((c) => c.outcome === 'met').reduce((s, c) => s + c.weight!, 0);
      const score = K === 0 ? null : Math.floor((200 * M + K) / (2 * K));
      const known = W === 0 ? 100 : Math.floor((200 * K + W) / (2 * W));
      assert.equal(v.score, score);
      assert.equal(v.known, known);
      const breakers = v.criteria.filter((c) => c.dealbreaker);
      const expected = breakers.some((c) => c.outcome === 'unmet') ? 'no-fit'
        : known < t.minKnown ? 'undetermined'
          : score === null || score >= t.fit ? (breakers.every((c) => c.outcome !== 'unknown') ? 'fit' : 'undetermined')
            : score >= t.borderline ? 'borderline' : 'no-fit';
      assert.equal(v.verdict, expected);
      assert.deepEqual(v.dealbreakers, breakers.filter((c) => c.outcome === 'unmet').map((c) => c.id));
      assert.deepEqual(v.referrals, v.verdict === 'no-fit' ? [{ name: 'R' }] : []);
      const unknownFacts = new Set(v.criteria.filter((c) => c.outcome === 'unknown').map((c) => c.fact));
      assert.deepEqual(new Set(v.ask.map((q) => q.fact)), unknownFacts);
      assert.equal(v.ask.length, unknownFacts.size);
      const firstWeighted = v.ask.findIndex((q) => !breakers.some((c) => c.fact === q.fact));
      if (firstWeighted >= 0) assert.ok(v.ask.slice(firstWeighted).every((q) => !breakers.some((c) => c.fact === q.fact)), 'dealbreakers first');
    }), { numRuns: 500 });
  });

  it('has no matcher the type table does not know about', () => {
    const all = new Set<MatcherKind>(Object.values(MATCHERS_BY_TYPE).flat());
    assert.deepEqual([...all].sort(), [...MATCHERS].sort());
    for (const t of Object.keys(MATCHERS_BY_TYPE) as FactType[]) assert.ok(FACT_TYPES.includes(t));
  });
});
