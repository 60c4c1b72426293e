// Referrals for a misfit: each referral whose `when` holds — every listed fact's value
// is among the listed values; for tags, the lists share one — or that has no `when`, in profile
// order. A fact without a (readable) value never satisfies a `when`.
import type { FactSpec, ReferralSpec, ReferralSuggestion } from '../../../shared/src/types';
import { isRange, isUnknown, parseFactValue, parseYesNo, compareOrdered, type FactValue } from './values';

function matchesListed(fact: FactSpec | undefined, raw: unknown, listed: readonly unknown[]): boolean {
  if (isUnknown(raw)) return false;
  if (!fact) return listed.some((l) => String(l) === String(raw));
  const value = parseFactValue(fact, raw);
  if (!value.ok) return false;
  return listed.some((l) => sameAsListed(fact, value.value, l));
}

/** Whether a prospect's value equals one listed value, read as a value of the same fact. */
function sameAsListed(fact: FactSpec, value: FactValue, listed: unknown): boolean {
  if (Array.isArray(value)) return value.includes(String(listed));
  if (typeof value === 'boolean') {
    const b = parseYesNo(listed);
    return b.ok && b.value === value;
  }
  if (typeof value === 'string') return value === String(listed);
  // A range named ("3.000–6.000 €") is no one value: it is never among the listed ones.
  if (isRange(value)) return false;
  const other = parseFactValue(fact, listed);
  if (!other.ok || Array.isArray(other.value) || typeof other.value === 'string' || typeof other.value === 'boolean' || isRange(other.value)) return false;
  return compareOrdered(value, other.value) === 0;
}

function whenHolds(referral: ReferralSpec, facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown): boolean {
  const when = referral.when;
  if (when === undefined || when === null) return true;
  if (typeof when !== 'object') return false;
  return Object.keys(when).every((name) => {
    const listed = (when as Record<string, unknown>)[name];
    const values = Array.isArray(listed) ? listed : [listed];
    return matchesListed(facts.get(name), valueOf(name), values);
  });
}

/** The suggestions, with only the keys that have a value (so the JSON matches docs/reference.md). */
export function suggestReferrals(
  referrals: readonly ReferralSpec[], facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown,
): ReferralSuggestion[] {
  const out: ReferralSuggestion[] = [];
  for (const r of referrals) {
    if (!r || typeof r.name !== 'string' || !whenHolds(r, facts, valueOf)) continue;
    const s: ReferralSuggestion = { name: r.name };
    if (typeof r.contact === 'string') s.contact = r.contact;
    if (typeof r.note === 'string') s.note = r.note;
    out.push(s);
  }
  return out;
}
