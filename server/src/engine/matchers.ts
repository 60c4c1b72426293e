// The matchers (docs/reference.md, “Matchers”): whether a known, well-read value meets a
// criterion's argument, and what the criterion asks for in words ("one of intuitive, structured",
// "at least 1d").
import type { CriterionSpec, FactSpec, Language, MatcherKind } from '../../../shared/src/types';
import { expectedWords } from './messages';
import { mentions } from './phrases';
import { isoDay, oneLine, showRaw, yesNoWord } from './show';
import { parseNumberText } from './numberText';
import { compareOrdered, factCurrency, isRange, parseYesNo, type FactValue, type MatcherArgument, type Ordered, type ValueRange } from './values';

/**
 * met / unmet; `partly` when a range the prospect named lies partly inside what the criterion
 * asks for (the outcome is then unknown: where in the range the value will be decides); or
 * `incomparable` when the value and the argument cannot be compared at all.
 */
export type MatchResult = 'met' | 'unmet' | 'partly' | 'incomparable';

function verdict(b: boolean): MatchResult {
  return b ? 'met' : 'unmet';
}

function isOrdered(v: FactValue): v is Ordered {
  return typeof v === 'number' || (typeof v === 'object' && v !== null && !Array.isArray(v) && !isRange(v));
}

/**
 * A range against a bound or a range argument: met when the whole range meets it, unmet when
 * none of it does, partly otherwise. atLeast x: met when the low end ≥ x, unmet when the high end
 * < x; atMost mirrored; between needs the whole range inside [lo, hi].
 */
function rangeMatch(matcher: MatcherKind, value: ValueRange, arg: MatcherArgument): MatchResult {
  const cmp = compareOrdered;
  if (arg.kind === 'bound') {
    const lowVsX = cmp(value.low, arg.value);
    const highVsX = cmp(value.high, arg.value);
    if (lowVsX === undefined || highVsX === undefined) return 'incomparable';
    if (matcher === 'atLeast') return lowVsX >= 0 ? 'met' : highVsX < 0 ? 'unmet' : 'partly';
    if (matcher === 'atMost') return highVsX <= 0 ? 'met' : lowVsX > 0 ? 'unmet' : 'partly';
    return 'incomparable';
  }
  if (arg.kind !== 'range' || matcher !== 'between') return 'incomparable';
  const lowVsLo = cmp(value.low, arg.low);
  const highVsHi = cmp(value.high, arg.high);
  const highVsLo = cmp(value.high, arg.low);
  const lowVsHi = cmp(value.low, arg.high);
  if (lowVsLo === undefined || highVsHi === undefined || highVsLo === undefined || lowVsHi === undefined) return 'incomparable';
  if (lowVsLo >= 0 && highVsHi <= 0) return 'met';
  if (highVsLo < 0 || lowVsHi > 0) return 'unmet';
  return 'partly';
}

/** The value as a set of words: a tag list as it is, one choice or yes/no as a list of one. */
function asSet(v: FactValue): (string | boolean)[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string' || typeof v === 'boolean') return [v];
  return undefined;
}

/**
 * Applies a matcher to a value read by parseFactValue and an argument read by
 * parseMatcherArgument for the same fact. Comparisons are inclusive; phrases case-insensitive.
 */
export function applyMatcher(matcher: MatcherKind, value: FactValue, arg: MatcherArgument): MatchResult {
  if (arg.kind === 'set') {
    const have = asSet(value);
    if (!have) return 'incomparable';
    const wanted = arg.values;
    switch (matcher) {
      case 'is': return verdict(have.length > 0 && have.every((x) => wanted.includes(x)));
      case 'isNot': return verdict(!have.some((x) => wanted.includes(x)));
      case 'includes': return verdict(wanted.every((x) => have.includes(x)));
      case 'includesAny': return verdict(wanted.some((x) => have.includes(x)));
      case 'excludes': return verdict(!wanted.some((x) => have.includes(x)));
      default: return 'incomparable';
    }
  }
  if (arg.kind === 'phrases') {
    if (typeof value !== 'string') return 'incomparable';
    const any = arg.phrases.some((p) => mentions(value, p));
    if (matcher === 'mentions') return verdict(any);
    if (matcher === 'doesNotMention') return verdict(!any);
    return 'incomparable';
  }
  if (typeof value === 'object' && !Array.isArray(value) && isRange(value)) return rangeMatch(matcher, value, arg);
  if (!isOrdered(value)) return 'incomparable';
  if (arg.kind === 'bound') {
    const c = compareOrdered(value, arg.value);
    if (c === undefined) return 'incomparable';
    if (matcher === 'atLeast') return verdict(c >= 0);
    if (matcher === 'atMost') return verdict(c <= 0);
    return 'incomparable';
  }
  if (matcher !== 'between') return 'incomparable';
  const lo = compareOrdered(value, arg.low);
  const hi = compareOrdered(value, arg.high);
  if (lo === undefined || hi === undefined) return 'incomparable';
  return verdict(lo >= 0 && hi <= 0);
}

// ----- in words --------------------------------------------------------------------------------

/** One argument value as the profile wrote it, for people: 1d, 5000 EUR, yes, 2026-12-01. */
export function showArgument(raw: unknown, fact: FactSpec | undefined, language: Language): string {
  if (raw instanceof Date) return isoDay(raw);
  if (fact?.type === 'yesno') {
    const b = parseYesNo(raw);
    if (b.ok) return yesNoWord(b.value, language);
  }
  if (fact?.type === 'money') {
    // A bare amount is in the fact's currency: say so ("at least 5000 EUR").
    const cur = factCurrency(fact);
    const bare = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumberText(raw) : undefined;
    if (cur && bare !== undefined) return `${typeof raw === 'string' ? oneLine(raw) : raw} ${cur}`;
  }
  if (typeof raw === 'string') return oneLine(raw);
  return showRaw(raw, language);
}

/**
 * What a criterion asks for, in the profile's language: "one of intuitive, structured",
 * "at least 1d", "between 3000 EUR and 9000 EUR", "none of wants-to-be-right", "yes".
 * Works from the argument as written, so it has words even for an argument that is wrong.
 */
export function describeExpected(criterion: CriterionSpec, fact: FactSpec | undefined, language: Language = 'en'): string {
  try {
    const raw = criterion.expected;
    const list = Array.isArray(raw) ? raw.slice(0, 20) : [raw];
    const words = list.map((x) => showArgument(x, fact, language));
    if (Array.isArray(raw) && raw.length > 20) words.push('…');
    return expectedWords(criterion.matcher, words, language);
  } catch {
    return '';
  }
}
