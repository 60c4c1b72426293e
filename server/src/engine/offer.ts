// The offer as the source of a matcher's argument (docs/reference.md, “The offer as the source”):
// `atLeast: { fromOffer: responseTime }` reads the value of `responseTime` under the profile's
// `offer:`, so what you offer is written once; and the offer in words for the reports. Pure; no state.
import type { CriterionSpec, Language, Offer, Profile } from '../../../shared/src/types';
import { formatDuration } from '../../../shared/src/format/valueWords';
import { parseDurationText } from './duration';
import { optionWords } from './valueShown';

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

/**
 * The offer as a report shows it ("What you offer"), in the profile's words: the response time as
 * a duration ("1 Tag", "4 h"), the working style as the label of the option it names when a fact
 * `workingStyle` has that option („intuitiv, mit grober Richtung“). The rest as written.
 */
export function offerInWords(profile: Pick<Profile, 'offer' | 'facts' | 'language'>): Offer | undefined {
  const offer = profile.offer;
  if (!isObject(offer)) return offer;
  const out: Offer = { ...offer };
  if (typeof offer.responseTime === 'string') {
    const minutes = parseDurationText(offer.responseTime);
    if (minutes !== undefined) out.responseTime = formatDuration(minutes, profile.language);
  }
  if (typeof offer.workingStyle === 'string') {
    const fact = Array.isArray(profile.facts) ? profile.facts.find((f) => f && f.name === 'workingStyle') : undefined;
    if (fact && Array.isArray(fact.options) && fact.options.some((o) => o && o.value === offer.workingStyle)) {
      out.workingStyle = optionWords(fact, offer.workingStyle, profile.language);
    }
  }
  return out;
}
