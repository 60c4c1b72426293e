// What a fact's role changes in a verdict (docs/reference.md, “Your own observations” and “Clarify
// before an offer”): a fact of your own (`source: self`) is never asked and, while unknown, is
// listed in `selfCheck`; a fact to clarify before an offer (`clarifyBy: offer`) keeps a fit
// undetermined while unknown, and its question comes right after the dealbreakers'. Pure; no state.
import type { FactSpec, Language, SelfCheck } from '../../../shared/src/types';
import { wordsOfName } from './messages';
import { isUnknown, parseFactValue } from './values';

export interface FactRoles {
  /** The facts of your own, in profile order. */
  self: FactSpec[];
  /** The facts to clarify before an offer, in profile order, with their place among the facts. */
  clarify: { fact: FactSpec; index: number }[];
}

export function factRoles(facts: readonly FactSpec[]): FactRoles {
  const roles: FactRoles = { self: [], clarify: [] };
  facts.forEach((fact, index) => {
    if (fact.source === 'self') roles.self.push(fact);
    if (fact.clarifyBy === 'offer') roles.clarify.push({ fact, index });
  });
  return roles;
}

/** A value is known when it is written and reads for the fact (a wrong value counts as unknown). */
export function isKnownValue(fact: FactSpec, raw: unknown, language: Language): boolean {
  return !isUnknown(raw) && parseFactValue(fact, raw, language).ok;
}

/** The facts of your own that are still unknown, with their labels: to note after the call. */
export function selfCheckOf(self: readonly FactSpec[], valueOf: (name: string) => unknown, language: Language): SelfCheck[] {
  const out: SelfCheck[] = [];
  for (const fact of self) {
    if (isKnownValue(fact, valueOf(fact.name), language)) continue;
    const label = typeof fact.label === 'string' && fact.label.trim() !== '' ? fact.label.trim() : wordsOfName(fact.name);
    out.push({ fact: fact.name, label });
  }
  return out;
}
