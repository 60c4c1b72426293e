// score = round(100·M/K), known = round(100·K/W), rounded half up — exactly, also where floating
// point would put a half just below it.
import { strict as assert } from 'node:assert';
import { computeScores, effectiveWeight, type Weighted } from '../../../server/src/engine';

const met = (weight: number): Weighted => ({ weight, outcome: 'met' });
const unmet = (weight: number): Weighted => ({ weight, outcome: 'unmet' });
const unknown = (weight: number): Weighted => ({ weight, outcome: 'unknown' });

describe('engine score and known', () => {
  const cases: [string, Weighted[], number | null, number][] = [
    ['ACME: M 2, K 7, W 8 → 28.57 → 29 and 87.5 → 88', [unmet(3), unmet(2), met(2), unknown(1)], 29, 88],
    ['62.5 rounds up to 63', [met(3), met(2), unmet(2), unmet(1)], 63, 100],
    ['37.5 rounds up to 38', [met(2), met(1), unmet(3), unmet(2)], 38, 100],
    ['half of one percent rounds up: 1/200 → 1', [met(1), unmet(199)], 1, 100],
    ['57/200 = 28.5 → 29 (a double says 28.4999…)', [met(57), unmet(143)], 29, 100],
    ['29/200 = 14.5 → 15', [met(29), unmet(171)], 15, 100],
    ['below a half rounds down: 1/300 → 0', [met(1), unmet(299)], 0, 100],
    ['known 37.5 → 38', [met(3), unknown(5)], 100, 38],
    ['fractional weights: 0.285 of 1 → 28.5 → 29', [met(0.285), unmet(0.715)], 29, 100],
    ['fractional weights: 0.1 of 0.3 → 33', [met(0.1), unmet(0.2)], 33, 100],
    ['fractional weights: 1.5 of 2 → 75', [met(1.5), unmet(0.5)], 75, 100],
    ['weights without a short decimal form still round half up', [met(1e-7), unmet(1e-7)], 50, 100],
    ['K = 0 → score null', [unknown(1), unknown(2)], null, 0],
    ['W = 0 → known 100, score null', [], null, 100],
    ['all met', [met(1), met(1)], 100, 100],
    ['none met', [unmet(1), unmet(5)], 0, 100],
    ['huge integer weights stay exact', [met(2 ** 60), unmet(2 ** 60)], 50, 100],
  ];
  for (const [name, items, score, known] of cases) {
    it(name, () => assert.deepEqual(computeScores(items), { score, known }));
  }

  it('whole weights (summed as plain numbers) round exactly as BigInt arithmetic does', () => {
    // A seeded walk over many small and large whole weights: every half lands where it should.
    let seed = 20261127;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const outcomes = ['met', 'unmet', 'unknown'] as const;
    const exact = (a: bigint, b: bigint): number => Number((200n * a + b) / (2n * b));
    for (let i = 0; i < 5000; i++) {
      const big = i % 5 === 0;
      const items: Weighted[] = Array.from({ length: 1 + next(big ? 400 : 12) }, () => ({ weight: 1 + next(big ? 65536 : 9), outcome: outcomes[next(3)] }));
      let W = 0n, K = 0n, M = 0n;
      for (const it of items) {
        W += BigInt(it.weight);
        if (it.outcome !== 'unknown') K += BigInt(it.weight);
        if (it.outcome === 'met') M += BigInt(it.weight);
      }
      assert.deepEqual(computeScores(items), { score: K === 0n ? null : exact(M, K), known: exact(K, W) }, JSON.stringify(items));
    }
  });

  it('counts a weight that is not a positive number as the default 1', () => {
    for (const w of [0, -1, NaN, Infinity, '3', undefined, null]) assert.equal(effectiveWeight(w), 1, String(w));
    assert.equal(effectiveWeight(2.5), 2.5);
  });
});
