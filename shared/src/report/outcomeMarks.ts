// The mark in front of a criterion's reason (inlay hints, the CLI's text and Markdown): met,
// unmet, unknown — and an unmet caution its own, so a warning sign does not read like any miss.
import type { CriterionResult } from '../types';

const MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;
/** An unmet caution: not a plain miss, not a dealbreaker. */
export const CAUTION_MARK = '⚠';

export function outcomeMark(r: Pick<CriterionResult, 'outcome' | 'caution'>): string {
  return r.outcome === 'unmet' && r.caution ? CAUTION_MARK : MARK[r.outcome] ?? '?';
}

/**
 * How bad an outcome is, worst first: an unmet dealbreaker, any other unmet criterion (a caution
 * among them), an unknown one, a met one. A fact line shows its worst: a fact behind an unmet
 * dealbreaker is never ✓, even when another criterion on the same fact is met.
 */
export function outcomeRank(r: Pick<CriterionResult, 'outcome' | 'dealbreaker'>): number {
  if (r.outcome === 'unmet') return r.dealbreaker ? 0 : 1;
  return r.outcome === 'unknown' ? 2 : 3;
}

/** The results on one fact, worst first (a stable sort: equal ones keep the profile's order). */
export function worstFirst<T extends Pick<CriterionResult, 'outcome' | 'dealbreaker'>>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => outcomeRank(a) - outcomeRank(b));
}

/** The criteria grouped by fact, in the order the facts first appear, each group worst first. */
export function byFactWorstFirst<T extends Pick<CriterionResult, 'fact' | 'outcome' | 'dealbreaker'>>(criteria: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const c of criteria) {
    const g = groups.get(c.fact);
    if (g) g.push(c);
    else groups.set(c.fact, [c]);
  }
  return [...groups.values()].map((g) => (g.length > 1 ? worstFirst(g) : g));
}
