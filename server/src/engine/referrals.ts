// Referrals for a misfit: each referral whose `when` holds — every listed fact's value
// is among the listed values; for tags, the lists share one — or that has no `when`, and whose
// `unless` (the same shape) does not hold, in profile order. A fact without a (readable) value
// never satisfies a `when` nor an `unless` (nor does a range). A referral is for a no-fit, and for the verdicts its
// `alsoFor` lists (borderline, undetermined).
import type { FactSpec, ReferralSpec, ReferralSuggestion, VerdictKind } from '../../../shared/src/types';
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

/** Whether a `when` or `unless` holds: every listed fact's value is among its listed values. */
function conditionHolds(when: unknown, facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown): boolean {
  if (typeof when !== 'object' || when === null) return false;
  return Object.keys(when).every((name) => {
    const listed = (when as Record<string, unknown>)[name];
    const values = Array.isArray(listed) ? listed : [listed];
    return matchesListed(facts.get(name), valueOf(name), values);
  });
}

function whenHolds(referral: ReferralSpec, facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown): boolean {
  if (referral.when === undefined || referral.when === null) return true;
  return conditionHolds(referral.when, facts, valueOf);
}

function unlessHolds(referral: ReferralSpec, facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown): boolean {
  // An empty `unless: {}` lists nothing that could hold.
  const unless = referral.unless;
  if (unless === undefined || unless === null || Object.keys(unless).length === 0) return false;
  return conditionHolds(unless, facts, valueOf);
}

/** Whether a referral is for prospects with this verdict: every no-fit, and what `alsoFor` lists. */
function isFor(referral: ReferralSpec, verdict: VerdictKind): boolean {
  if (verdict === 'no-fit') return true;
  return verdict !== 'fit' && Array.isArray(referral.alsoFor) && referral.alsoFor.includes(verdict);
}

/**
 * The suggestions for a prospect with this verdict (no-fit unless said otherwise), with only the
 * keys that have a value (so the JSON matches docs/reference.md).
 */
export function suggestReferrals(
  referrals: readonly ReferralSpec[], facts: ReadonlyMap<string, FactSpec>, valueOf: (name: string) => unknown, verdict: VerdictKind = 'no-fit',
): ReferralSuggestion[] {
  const out: ReferralSuggestion[] = [];
  for (const r of referrals) {
    if (!r || typeof r.name !== 'string' || !isFor(r, verdict) || !whenHolds(r, facts, valueOf) || unlessHolds(r, facts, valueOf)) continue;
    const s: ReferralSuggestion = { name: r.name };
    if (typeof r.contact === 'string') s.contact = r.contact;
    if (typeof r.note === 'string') s.note = r.note;
    out.push(s);
  }
  return out;
}
