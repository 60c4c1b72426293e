// The offer as the source of a matcher's argument (docs/reference.md, “The offer as the source”):
// `atLeast: { fromOffer: responseTime }` reads the value of `responseTime` under the profile's
// `offer:`, so what you offer is written once. Pure; no state.
import type { CriterionSpec, Language, Offer } from '../../../shared/src/types';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The offer key an argument names (`{ fromOffer: key }`), or undefined for a value as written. */
export function fromOfferKey(arg: unknown): string | undefined {
  if (!isObject(arg) || !Object.prototype.hasOwnProperty.call(arg, 'fromOffer')) return undefined;
  const key = arg.fromOffer;
  return typeof key === 'string' ? key : typeof key === 'number' ? String(key) : '';
}

/** The value of an offer key; undefined when the offer does not have it (own keys only). */
export function offerValue(offer: Offer | undefined, key: string): unknown {
  if (!isObject(offer) || !Object.prototype.hasOwnProperty.call(offer, key)) return undefined;
  const v = (offer as Record<string, unknown>)[key];
  return v === null ? undefined : v;
}

export interface ResolvedCriterion {
  /** The criterion with the offer's value in place of `{ fromOffer: key }` (the same object when there is none). */
  criterion: CriterionSpec;
  /** Why the argument cannot be read: the offer does not have the key. */
  problem?: string;
}

/**
 * A criterion whose argument is `{ fromOffer: key }`, with the offer's value put in its place:
 * it then judges every prospect exactly as the value written there would.
 */
export function resolveOfferArgument(criterion: CriterionSpec, offer: Offer | undefined, language: Language): ResolvedCriterion {
  const key = fromOfferKey(criterion.expected);
  if (key === undefined) return { criterion };
  const value = offerValue(offer, key);
  if (value === undefined) {
    const shown = key.slice(0, 60);
    return {
      criterion,
      problem: language === 'de' ? `das Angebot (offer) nennt kein „${shown}“` : `the offer has no "${shown}"`,
    };
  }
  return { criterion: { ...criterion, expected: value } };
}
