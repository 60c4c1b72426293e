// A compiled profile remembers each criterion's judgement by the value a prospect gives
// (evaluate.ts, byValue): the verdicts must be exactly those of a fresh compile, whatever the
// values — repeated, mixed types, lists, odd numbers — and the shared results must be frozen.
import { strict as assert } from 'node:assert';
import { compileProfile, evaluate, evaluateCompiled } from '../../../server/src/engine';
import { prospect, wunschkunde } from './fixtures';

/** Values of every kind a YAML prospect can give, many repeated. */
const VALUES: Record<string, unknown[]> = {
  workingStyle: ['intuitive', 'structured', 'detail-planner', 'chaotic', '', 3, true, null, undefined, ['intuitive'], { a: 1 }],
  expectedResponseTime: ['2h', '1d', '3 days', 'soon', 24, -0, 0, Number.NaN, Infinity, undefined, '1w'],
  budget: ['8000 EUR', '4000 EUR', '5000 EUR', '5k EUR', '$9000', 7000, 'lots', undefined, ['8000 EUR']],
  signals: [['wants-to-be-right'], ['open-to-advice'], [], ['always-on', 'open-to-advice'], 'open-to-advice', [1, 'x'], [['nested']], undefined],
  goalAgreed: [true, false, 'yes', 'nein', 1, 0, null, undefined],
};

describe('engine: judgements remembered per criterion and value', () => {
  it('gives every prospect the verdict a fresh compile gives', () => {
    const compiled = compileProfile(wunschkunde());
    let seed = 7;
    const pick = <T>(xs: T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return xs[seed % xs.length];
    };
    for (let i = 0; i < 600; i++) {
      const facts: Record<string, unknown> = {};
      for (const [name, values] of Object.entries(VALUES)) {
        const v = pick(values);
        if (v !== undefined) facts[name] = v;
      }
      const p = prospect(facts);
      assert.deepEqual(evaluateCompiled(compiled, p), evaluate(wunschkunde(), p), JSON.stringify(facts));
    }
  });

  it('shares one frozen result between prospects that give the same value', () => {
    const compiled = compileProfile(wunschkunde());
    const a = evaluateCompiled(compiled, prospect({ workingStyle: 'structured', signals: ['open-to-advice'] }));
    const b = evaluateCompiled(compiled, prospect({ workingStyle: 'structured', signals: ['open-to-advice'], budget: '9000 EUR' }));
    const style = (v: typeof a) => v.criteria.find((c) => c.id === 'working-style')!;
    assert.equal(style(a), style(b));
    assert.ok(Object.isFrozen(style(a)));
    assert.throws(() => { (style(a) as { reason: string }).reason = 'changed'; }, TypeError);
    const signals = a.criteria.find((c) => c.id === 'takes-advice')!;
    assert.ok(Object.isFrozen(signals.value), 'a list value is frozen with its result');
    // -0 is not remembered (it would read as 0): still judged, each time afresh.
    const z1 = evaluateCompiled(compiled, prospect({ expectedResponseTime: -0 }));
    const z2 = evaluateCompiled(compiled, prospect({ expectedResponseTime: -0 }));
    assert.notEqual(z1.criteria[1], z2.criteria[1]);
  });
});
