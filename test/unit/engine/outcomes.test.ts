// A lesson's check judges without wording (evaluateOutcomes): for every sample profile against
// every sample prospect, as they are and as of the first call, and again with the previous
// result lending its judgements, the verdict's kind, scores and each criterion's outcome are
// exactly those of the full verdict (evaluateCompiled) — and a profile too broken to judge gives
// the same undetermined verdict.
import { strict as assert } from 'node:assert';
import { atFirstCall, compileProfile, evaluateCompiled, evaluateOutcomes } from '../../../server/src/engine';
import { buildProfile } from '../../../server/src/model/profileModel';
import { buildProspect } from '../../../server/src/model/prospectModel';
import { parseText } from '../../../server/src/parser/parsedDocument';
import type { Prospect, Verdict, VerdictOutcomes } from '../../../shared/src/types';
import { sampleProfileTexts, sampleProspectTexts } from '../helpers/samples';

function outcomesOf(v: Verdict): VerdictOutcomes {
  return { prospect: v.prospect, verdict: v.verdict, score: v.score, known: v.known, criteria: v.criteria.map((c) => ({ id: c.id, outcome: c.outcome })) };
}

describe('a lesson is judged without wording: the same kind, scores and outcomes as the full verdict', () => {
  const profiles = sampleProfileTexts().map((t, i) => buildProfile(parseText(`file:///w/p${i}.profile.yaml`, 1, t).value)).filter((p) => p !== undefined);
  const prospects = sampleProspectTexts().map((t, i) => buildProspect(parseText(`file:///w/x${i}.prospect.yaml`, 1, t))).filter((p): p is Prospect => p !== undefined);

  it('every sample profile against every sample prospect, now and as of the first call', () => {
    assert.ok(profiles.length >= 4 && prospects.length >= 6, `${profiles.length} profiles, ${prospects.length} prospects`);
    let compared = 0;
    for (const profile of profiles) {
      const compiled = compileProfile(profile);
      for (const p of prospects) {
        for (const asOf of [p, atFirstCall(p)]) {
          const first = evaluateOutcomes(compiled, asOf);
          assert.deepEqual(first, outcomesOf(evaluateCompiled(compiled, asOf)), `${profile.profile} / ${p.prospect}`);
          // Again, lent the judgements of the first: the same.
          assert.deepEqual(evaluateOutcomes(compiled, asOf, first), first);
          compared++;
        }
      }
    }
    assert.ok(compared >= 48, `${compared} comparisons`);
  });

  it('after a profile edit, the judgements lent by the previous result give what a fresh judgement gives', () => {
    const profile = profiles[0];
    const compiled = compileProfile(profile);
    const edited = compileProfile({ ...profile, criteria: profile.criteria.map((c, i) => (i === 0 ? { ...c, weight: (c.weight ?? 1) + 4 } : c)) }, { previous: compiled });
    for (const p of prospects) {
      const before = evaluateOutcomes(compiled, p);
      assert.deepEqual(evaluateOutcomes(edited, p, before), outcomesOf(evaluateCompiled(edited, p)), p.prospect);
    }
  });

  it('a profile with nothing to judge, and one that cannot be judged: as the full verdict says', () => {
    const empty = compileProfile({ profile: 'Empty' } as never);
    assert.deepEqual(evaluateOutcomes(empty, prospects[0]), outcomesOf(evaluateCompiled(empty, prospects[0])));
    const broken = { ...compileProfile(profiles[0]), parts: undefined };
    const v = evaluateOutcomes(broken, prospects[0]);
    assert.deepEqual(v, outcomesOf(evaluateCompiled(broken, prospects[0])));
    assert.equal(v.verdict, 'undetermined');
  });
});
