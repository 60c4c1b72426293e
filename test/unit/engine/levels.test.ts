// The three levels of a criterion and the roles of a fact (docs/reference.md, “Three levels”,
// “Your own observations”, “Clarify before an offer”, “The offer as the source”): a caution, a
// fact of your own, a fact to clarify before an offer, and an argument taken from the offer.
import { strict as assert } from 'node:assert';
import { compileProfile, evaluate, evaluateCompiled } from '../../../server/src/engine';
import { buildProfile } from '../../../server/src/model/profileModel';
import type { CriterionSpec, FactSpec, Offer, Outcome, Profile, Verdict } from '../../../shared/src/types';
import { crit, fact, profile, prospect } from './fixtures';

function caution(c: CriterionSpec): CriterionSpec {
  return { ...c, caution: true };
}

/** Yes/no facts a, b, c, each with one criterion `is: true`; c is a caution (fit 60, borderline 30). */
function withCaution(outcomes: [Outcome, Outcome, Outcome], weights: [number, number, number] = [1, 1, 1]): Verdict {
  const facts = ['a', 'b', 'c'].map((n) => fact(n, 'yesno'));
  const criteria = [
    crit('a', 'a', 'is', true, { weight: weights[0] }),
    crit('b', 'b', 'is', true, { weight: weights[1] }),
    caution(crit('c', 'c', 'is', true, { weight: weights[2] })),
  ];
  const values: Record<string, unknown> = {};
  ['a', 'b', 'c'].forEach((n, i) => { if (outcomes[i] !== 'unknown') values[n] = outcomes[i] === 'met'; });
  return evaluate(profile({ facts, criteria, verdict: { fit: 60, borderline: 30, minKnown: 50 } }), prospect(values));
}

function brief(v: Verdict): [string, number | null, number] {
  return [v.verdict, v.score, v.known];
}

describe('engine: cautions, facts of your own, clarify before an offer, the offer as the source', () => {
  describe('severity: caution', () => {
    it('an unmet caution turns a fit into borderline, and says which in `cautions`', () => {
      // a 3 and b 2 met, c 1 unmet: score round(100·5/6) = 83 ≥ fit 60, but the caution is unmet.
      const v = withCaution(['met', 'met', 'unmet'], [3, 2, 1]);
      assert.deepEqual(brief(v), ['borderline', 83, 100]);
      assert.deepEqual(v.cautions, ['c']);
      assert.deepEqual(v.dealbreakers, []);
    });

    it('the same criterion as a normal one leaves the fit a fit (the caution is what turned it)', () => {
      const facts = ['a', 'b', 'c'].map((n) => fact(n, 'yesno'));
      const criteria = [crit('a', 'a', 'is', true, { weight: 3 }), crit('b', 'b', 'is', true, { weight: 2 }), crit('c', 'c', 'is', true)];
      const v = evaluate(profile({ facts, criteria, verdict: { fit: 60, borderline: 30 } }), prospect({ a: true, b: true, c: false }));
      assert.deepEqual(brief(v), ['fit', 83, 100]);
      assert.deepEqual(v.cautions, []);
    });

    it('leaves a borderline borderline and a no-fit a no-fit (and lists the caution all the same)', () => {
      // a met, b unmet, c unmet: 33 ≥ borderline 30 → borderline.
      const borderline = withCaution(['met', 'unmet', 'unmet']);
      assert.deepEqual(brief(borderline), ['borderline', 33, 100]);
      assert.deepEqual(borderline.cautions, ['c']);
      // Everything unmet: 0 → no-fit, not lifted to borderline by the caution rule.
      const noFit = withCaution(['unmet', 'unmet', 'unmet']);
      assert.deepEqual(brief(noFit), ['no-fit', 0, 100]);
      assert.deepEqual(noFit.cautions, ['c']);
    });

    it('counts in the score with its weight, like a normal criterion', () => {
      // The caution weighs 4: met, it lifts the score; unknown, it lowers `known`.
      assert.deepEqual(brief(withCaution(['unmet', 'met', 'met'], [1, 1, 4])), ['fit', 83, 100]);
      assert.deepEqual(brief(withCaution(['met', 'met', 'unknown'], [1, 1, 4])), ['undetermined', 100, 33]);
      assert.deepEqual(brief(withCaution(['met', 'unmet', 'unmet'], [1, 1, 4])), ['no-fit', 17, 100]);
    });

    it('a met or unknown caution changes nothing; its result says it is a caution', () => {
      const met = withCaution(['met', 'met', 'met']);
      assert.deepEqual(brief(met), ['fit', 100, 100]);
      assert.deepEqual(met.cautions, []);
      assert.equal(met.criteria[2].caution, true);
      assert.equal(met.criteria[2].weight, 1);
      assert.equal(met.criteria[0].caution, undefined);
      const unmet = withCaution(['met', 'met', 'unmet']);
      assert.equal(unmet.criteria[2].reason, 'C (caution): no, wanted: yes');
    });

    it('reads severity from the profile: caution, dealbreaker (like dealbreaker: true) and normal', () => {
      const p = buildProfile({
        profile: 'P', facts: { a: { type: 'yesno' } },
        criteria: [
          { id: 'c', fact: 'a', is: true, severity: 'caution', weight: 2 },
          { id: 'd', fact: 'a', is: true, severity: 'dealbreaker' },
          { id: 'n', fact: 'a', is: true, severity: 'normal' },
          { id: 'old', fact: 'a', is: true, dealbreaker: true },
        ],
      })!;
      assert.deepEqual(p.criteria.map((c) => [c.id, c.dealbreaker, c.caution === true, c.weight]),
        [['c', false, true, 2], ['d', true, false, 0], ['n', false, false, 1], ['old', true, false, 0]]);
      const v = evaluate(p, prospect({ a: false }));
      assert.deepEqual(v.dealbreakers, ['d', 'old']);
      assert.deepEqual(v.cautions, ['c']);
    });
  });

  describe('source: self', () => {
    const facts: FactSpec[] = [
      { ...fact('gut', 'choice', { options: ['good', 'unsure', 'bad'], label: 'Gut feeling', question: 'Would I enjoy working with them?' }), source: 'self' },
      fact('budget', 'number'),
      { ...fact('noted', 'yesno'), source: 'self' },
    ];
    const criteria = [caution(crit('gut', 'gut', 'isNot', 'bad', { weight: 2 })), crit('budget', 'budget', 'atLeast', 10, { weight: 2 })];
    const p = profile({ facts, criteria });

    it('is never in `ask`, and listed in `selfCheck` (with its label, else its name in words) while unknown', () => {
      const v = evaluate(p, prospect({}));
      assert.deepEqual(v.ask.map((q) => q.fact), ['budget']);
      assert.deepEqual(v.selfCheck, [{ fact: 'gut', label: 'Gut feeling' }, { fact: 'noted', label: 'noted' }]);
    });

    it('leaves `selfCheck` once it has a value; a value that does not read counts as unknown', () => {
      assert.deepEqual(evaluate(p, prospect({ gut: 'good', noted: false, budget: 20 })).selfCheck, []);
      assert.deepEqual(evaluate(p, prospect({ gut: 'great', noted: true })).selfCheck, [{ fact: 'gut', label: 'Gut feeling' }]);
    });

    it('is scored like any fact: a bad feeling is an unmet caution', () => {
      const v = evaluate(p, prospect({ gut: 'bad', noted: true, budget: 20 }));
      assert.deepEqual(brief(v), ['borderline', 50, 100]);
      assert.deepEqual(v.cautions, ['gut']);
      const fine = evaluate(p, prospect({ gut: 'unsure', noted: true, budget: 20 }));
      assert.deepEqual(brief(fine), ['fit', 100, 100]);
      assert.deepEqual(fine.ask, []);
    });
  });

  describe('clarifyBy: offer', () => {
    const facts: FactSpec[] = [
      fact('signals', 'tags', { options: ['always-on', 'open'] }),
      fact('budget', 'number', { question: 'Budget?' }),
      { ...fact('goal', 'yesno', { question: 'What result do you expect?' }), clarifyBy: 'offer' },
      fact('style', 'choice', { options: ['calm', 'rushed'], question: 'Style?' }),
      { ...fact('expectation', 'text', { question: 'What do you hope to get?' }), clarifyBy: 'offer' },
    ];
    const criteria = [
      crit('budget', 'budget', 'atLeast', 10, { weight: 3 }),
      crit('style', 'style', 'is', 'calm', { weight: 2 }),
      crit('goal', 'goal', 'is', true, { weight: 1 }),
      crit('office-hours', 'signals', 'excludes', ['always-on'], { dealbreaker: true }),
    ];
    const p = profile({ facts, criteria });

    it('an unknown fact to clarify turns a fit into undetermined', () => {
      // budget and style met, goal unknown: score 100, known 83, but the goal is not clarified.
      const v = evaluate(p, prospect({ signals: [], budget: 20, style: 'calm', expectation: 'a plan' }));
      assert.deepEqual(brief(v), ['undetermined', 100, 83]);
      assert.deepEqual(v.ask.map((q) => q.fact), ['goal']);
      // Known, it is a fit; known as unmet, it is scored like any fact.
      assert.deepEqual(brief(evaluate(p, prospect({ signals: [], budget: 20, style: 'calm', goal: true, expectation: 'a plan' }))), ['fit', 100, 100]);
      assert.deepEqual(brief(evaluate(p, prospect({ signals: [], budget: 20, style: 'calm', goal: false, expectation: 'a plan' }))), ['fit', 83, 100]);
    });

    it('counts even without a criterion, and a no-fit or borderline stays what it is', () => {
      const v = evaluate(p, prospect({ signals: [], budget: 20, style: 'calm', goal: true }));
      assert.deepEqual(brief(v), ['undetermined', 100, 100]);
      assert.deepEqual(v.ask, [{ fact: 'expectation', question: 'What do you hope to get?' }]);
      assert.equal(evaluate(p, prospect({ signals: ['always-on'], budget: 20, style: 'calm' })).verdict, 'no-fit');
      assert.equal(evaluate(p, prospect({ signals: [], budget: 20, style: 'rushed', goal: false })).verdict, 'borderline');
    });

    it('asks its question right after the dealbreakers\', before the heavier criteria', () => {
      const v = evaluate(p, prospect({}));
      assert.deepEqual(v.ask.map((q) => q.fact), ['signals', 'goal', 'expectation', 'budget', 'style']);
    });
  });

  describe('{ fromOffer: key }', () => {
    const facts = [fact('responseTime', 'duration'), fact('channels', 'tags', { options: ['email', 'video-call', 'messenger'] })];
    const offer: Offer = { responseTime: '1d', channels: ['email', 'video-call'] };
    const fromOffer = (o: Offer | undefined): Profile => ({
      ...profile({
        facts,
        criteria: [
          crit('response', 'responseTime', 'atLeast', { fromOffer: 'responseTime' }, { weight: 2 }),
          crit('channels', 'channels', 'includesAny', { fromOffer: 'channels' }),
        ],
      }),
      offer: o,
    });
    const literal = profile({
      facts,
      criteria: [crit('response', 'responseTime', 'atLeast', '1d', { weight: 2 }), crit('channels', 'channels', 'includesAny', ['email', 'video-call'])],
    });
    const cases: Record<string, unknown>[] = [
      {}, { responseTime: '2h' }, { responseTime: '1d' }, { responseTime: '3 days', channels: ['messenger'] },
      { responseTime: '30m', channels: ['email'] }, { responseTime: 'soon', channels: ['video-call', 'messenger'] },
    ];

    it('gives exactly the verdicts of the value written in its place', () => {
      for (const facts of cases) {
        assert.deepEqual(evaluate(fromOffer(offer), prospect(facts)), evaluate(literal, prospect(facts)), JSON.stringify(facts));
      }
    });

    it('an offer key that is missing makes the criterion uncheckable (unknown, never asked)', () => {
      const v = evaluate(fromOffer({ channels: ['email'] }), prospect({ responseTime: '2d', channels: ['email'] }));
      assert.equal(v.criteria[0].outcome, 'unknown');
      assert.match(v.criteria[0].reason, /^Response time: cannot be checked: the offer has no "responseTime"/);
      assert.deepEqual(v.ask, []);
      assert.equal(evaluate(fromOffer(undefined), prospect({})).criteria[1].outcome, 'unknown');
    });

    it('follows an edit of the offer, also when the profile is compiled again with reuse', () => {
      const p1 = fromOffer(offer);
      const x = prospect({ responseTime: '2d', channels: ['email'] });
      const c1 = compileProfile(p1, { previous: undefined });
      const v1 = evaluateCompiled(c1, x);
      assert.equal(v1.criteria[0].outcome, 'met');
      const c2 = compileProfile(fromOffer({ ...offer, responseTime: '3d' }), { previous: c1 });
      const v2 = evaluateCompiled(c2, x, v1);
      assert.equal(v2.criteria[0].outcome, 'unmet');
      assert.equal(v2.criteria[0].expected, 'at least 3d');
    });
  });
});
