// score = round(100·M/K) and known = round(100·K/W) of the verdict, rounded half up *exactly*.
//
// Floating point would get some halves wrong: 57/200 is 0.28499999999999998 as a double, so
// 100·57/200 rounds to 28 instead of 29. Weights as people write them (3, 1.5, 0.25) are turned
// into integers by scaling with a power of ten, and the percentages are computed with BigInt:
// round_half_up(100·a/b) = floor((200·a + b) / (2·b)). Only a weight that has no short decimal
// form (1e-7, 1/3 computed elsewhere) falls back to floating point with a small tolerance.
import type { Outcome } from '../../../shared/src/types';

export interface Weighted {
  weight: number;
  outcome: Outcome;
}

export interface Scores {
  /** round(100·M/K), or null when nothing weighted is known (K = 0). */
  score: number | null;
  /** round(100·K/W), or 100 when there is no weighted criterion (W = 0). */
  known: number;
}

/** The weight as digits and decimal places (1.5 → 15, 1), or undefined without a short form
 * (up to six decimals; String() of a double gives its shortest exact decimal, e.g. 0.1 → "0.1"). */
function decimalForm(w: number): { digits: bigint; places: number } | undefined {
  const text = String(w);
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!m) return undefined;
  return { digits: BigInt(m[1] + (m[2] ?? '')), places: m[2]?.length ?? 0 };
}

/**
 * Largest weight, and most criteria, summed as plain numbers: sums stay below 2^32, so 200·a + b
 * is exact and its quotient by 2b is far enough from the next whole number to floor right.
 */
const MAX_WHOLE = 2 ** 16;

/**
 * The sums when every weight is a whole number, as most are (1…5): exact in floating point, and
 * so is round_half_up(100·a/b) = floor((200a + b) / 2b), with no BigInt (this runs per prospect).
 */
function wholeSums(items: readonly Weighted[]): { W: number; K: number; M: number } | undefined {
  if (items.length > MAX_WHOLE) return undefined;
  let W = 0, K = 0, M = 0;
  for (const item of items) {
    const w = item.weight;
    if (!Number.isInteger(w) || w < 0 || w > MAX_WHOLE) return undefined;
    W += w;
    if (item.outcome !== 'unknown') K += w;
    if (item.outcome === 'met') M += w;
  }
  return { W, K, M };
}

function exactSums(items: readonly Weighted[]): { W: bigint; K: bigint; M: bigint } | undefined {
  const forms = items.map((i) => decimalForm(i.weight));
  if (forms.some((f) => f === undefined)) return undefined;
  const places = Math.max(0, ...forms.map((f) => f!.places));
  let W = 0n, K = 0n, M = 0n;
  items.forEach((item, i) => {
    const f = forms[i]!;
    const scaled = f.digits * 10n ** BigInt(places - f.places);
    W += scaled;
    if (item.outcome !== 'unknown') K += scaled;
    if (item.outcome === 'met') M += scaled;
  });
  return { W, K, M };
}

/** round_half_up(100·a/b) for 0 ≤ a ≤ b, b > 0, exactly. */
function percentExact(a: bigint, b: bigint): number {
  return Number((200n * a + b) / (2n * b));
}

/** round_half_up(100·a/b) in floating point, with a tolerance for the error of summing weights. */
function percentFloat(a: number, b: number): number {
  const q = 100 * (a / b);
  // Never NaN in a verdict: bounded weights keep the sums finite, this keeps it so regardless.
  return Number.isFinite(q) ? Math.min(100, Math.max(0, Math.floor(q + 0.5 + 1e-9))) : 0;
}

/** Weights a profile may give (the schema says the same): 1e308 + 1e308 is Infinity, and the
 * score of such sums NaN; a weight below a thousandth is a typo, not a preference. */
export const MIN_WEIGHT = 0.001;
export const MAX_WEIGHT = 1000;

/** The weight a criterion counts with: a number from MIN_WEIGHT to MAX_WEIGHT, else the default 1
 * (the profile's checks report such a weight as an error). */
export function effectiveWeight(weight: unknown): number {
  return typeof weight === 'number' && weight >= MIN_WEIGHT && weight <= MAX_WEIGHT ? weight : 1;
}

/** score and known over the weighted (non-dealbreaker) criteria. */
export function computeScores(items: readonly Weighted[]): Scores {
  const whole = wholeSums(items);
  if (whole) {
    const { W, K, M } = whole;
    return {
      score: K === 0 ? null : Math.floor((200 * M + K) / (2 * K)),
      known: W === 0 ? 100 : Math.floor((200 * K + W) / (2 * W)),
    };
  }
  const exact = exactSums(items);
  if (exact) {
    const { W, K, M } = exact;
    return {
      score: K === 0n ? null : percentExact(M, K),
      known: W === 0n ? 100 : percentExact(K, W),
    };
  }
  let W = 0, K = 0, M = 0;
  for (const item of items) {
    W += item.weight;
    if (item.outcome !== 'unknown') K += item.weight;
    if (item.outcome === 'met') M += item.weight;
  }
  return {
    score: K === 0 ? null : percentFloat(M, K),
    known: W === 0 ? 100 : percentFloat(K, W),
  };
}
