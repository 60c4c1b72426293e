// Why a verdict is what it is, for the headline to say before the numbers: a "passt nicht · 92 %"
// alone contradicts itself, "passt nicht — Bürozeiten: „erwartet Antworten zu jeder Stunde“" does not.
import type { CriterionResult, FactSpec, VerdictBecause, VerdictKind } from '../../../shared/src/types';
import { labelOf } from './valueShown';

/** At most this many items: a headline names the first few and leaves the rest to the lines. */
const MAX_ITEMS = 3;

/** Each label once (two criteria on one fact share its label), at most MAX_ITEMS. */
function items(results: readonly CriterionResult[], withValue: boolean): VerdictBecause['items'] {
  const out: VerdictBecause['items'] = [];
  for (const r of results) {
    const label = r.label ?? r.id;
    if (out.some((i) => i.label === label) || out.length >= MAX_ITEMS) continue;
    out.push(withValue && r.shown !== undefined ? { label, value: r.shown } : { label });
  }
  return out;
}

export function becauseOf(verdict: VerdictKind, criteria: readonly CriterionResult[], clarify: readonly FactSpec[], known: number, minKnown: number): VerdictBecause | undefined {
  const unmet = criteria.filter((c) => c.outcome === 'unmet');
  switch (verdict) {
    case 'no-fit': {
      const dealbreakers = unmet.filter((c) => c.dealbreaker);
      if (dealbreakers.length > 0) return { kind: 'dealbreaker', items: items(dealbreakers, true) };
      return { kind: 'low-score', items: items(unmet, false) };
    }
    case 'undetermined': {
      const open = criteria.filter((c) => c.dealbreaker && c.outcome === 'unknown');
      if (known < minKnown) return { kind: 'little-known', items: [], minKnown };
      if (open.length > 0) return { kind: 'open-dealbreaker', items: items(open, false) };
      if (clarify.length > 0) return { kind: 'clarify', items: clarify.slice(0, MAX_ITEMS).map((f) => ({ label: labelOf(undefined, f, f.name) })) };
      return undefined;
    }
    case 'borderline': {
      const cautions = unmet.filter((c) => c.caution);
      if (cautions.length > 0) return { kind: 'caution', items: items(cautions, true) };
      return { kind: 'low-score', items: items(unmet, false) };
    }
    default:
      return undefined;
  }
}
