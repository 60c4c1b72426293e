// The mark in front of a criterion's reason (inlay hints, the CLI's text and Markdown): met,
// unmet, unknown — and an unmet caution its own, so a warning sign does not read like any miss.
import type { CriterionResult } from '../types';

const MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;
/** An unmet caution: not a plain miss, not a dealbreaker. */
export const CAUTION_MARK = '⚠';

export function outcomeMark(r: Pick<CriterionResult, 'outcome' | 'caution'>): string {
  return r.outcome === 'unmet' && r.caution ? CAUTION_MARK : MARK[r.outcome] ?? '?';
}
