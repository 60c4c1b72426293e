// A fact's value and a criterion's argument, read by values.ts, in the words of the profile's
// language: option labels instead of option values, amounts, durations and dates as
// shared/src/format/valueWords.ts writes them. For the reasons and the headline's why.
import type { FactSpec, Language } from '../../../shared/src/types';
import { formatDay, formatDuration, formatMoney, formatNumber, formatYesNo, joinWords, quoted } from '../../../shared/src/format/valueWords';
import { oneLine } from './show';
import { wordsOfName } from './messages';
import { isRange, type FactValue, type MatcherArgument, type Ordered } from './values';

/** A criterion's or fact's label, or the fact's name in words with a capital: "Expected response time". */
export function labelOf(criterionLabel: unknown, fact: FactSpec | undefined, factName: string): string {
  if (typeof criterionLabel === 'string' && criterionLabel.trim() !== '') return oneLine(criterionLabel.trim(), 60);
  if (fact && typeof fact.label === 'string' && fact.label.trim() !== '') return oneLine(fact.label.trim(), 60);
  const words = wordsOfName(fact && typeof fact.name === 'string' ? fact.name : factName);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An option's label as the profile writes it (its value when it has none), unquoted, on one line. */
export function optionLabel(fact: FactSpec | undefined, value: string): string {
  const option = Array.isArray(fact?.options) ? fact.options.find((o) => o && typeof o === 'object' && o.value === value) : undefined;
  return option && typeof option.label === 'string' && option.label.trim() !== '' ? oneLine(option.label.trim(), 50) : oneLine(value, 50);
}

/** An option's label (its value when it has none), quoted: „will immer Recht haben“. */
export function optionWords(fact: FactSpec | undefined, value: string | boolean, language: Language): string {
  if (typeof value === 'boolean') return formatYesNo(value, language);
  return quoted(optionLabel(fact, value), language);
}

/** An ordered value (amount, duration, date, number) in words for the fact's type. */
export function orderedWords(fact: FactSpec | undefined, v: Ordered, language: Language): string {
  if (typeof v === 'object') return formatMoney(v.amount, v.currency, language);
  switch (fact?.type) {
    case 'duration': return formatDuration(v, language);
    case 'date': return formatDay(v, language);
    default: return formatNumber(v, language);
  }
}

/** A prospect's value, read, in words: „strukturiert“, 15.000 €, 1 Tag, ja; a list of tags joined. */
export function valueWords(fact: FactSpec | undefined, v: FactValue, language: Language): string {
  if (Array.isArray(v)) return v.length === 0 ? (language === 'de' ? 'keine Angabe zutreffend' : 'none of them') : v.map((x) => optionWords(fact, x, language)).join(', ');
  if (typeof v === 'boolean') return formatYesNo(v, language);
  if (typeof v === 'string') return fact?.type === 'text' ? quoted(oneLine(v, 50), language) : optionWords(fact, v, language);
  // A range ("3.000–6.000 €"): both ends in the fact's words, joined by an en dash.
  if (isRange(v)) return `${orderedWords(fact, v.low, language)}–${orderedWords(fact, v.high, language)}`;
  // Anything a later value form brings that is not known here is shown as it reads.
  if (typeof v === 'number' || (typeof v === 'object' && v !== null && typeof (v as { amount?: unknown }).amount === 'number')) return orderedWords(fact, v, language);
  return oneLine(String(v));
}

const TARGET = {
  en: {
    isOne: (x: string) => x, isMany: (xs: string) => xs, isNot: (xs: string) => `anything but ${xs}`,
    includes: (xs: string) => `all of ${xs}`, includesAny: (xs: string) => `any of ${xs}`, excludes: (xs: string) => `without ${xs}`,
    atLeast: (x: string) => `at least ${x}`, atMost: (x: string) => `at most ${x}`, between: (a: string, b: string) => `between ${a} and ${b}`,
    mentions: (xs: string) => `mentions ${xs}`, doesNotMention: (xs: string) => `no mention of ${xs}`,
  },
  de: {
    isOne: (x: string) => x, isMany: (xs: string) => xs, isNot: (xs: string) => `alles außer ${xs}`,
    includes: (xs: string) => `alle von ${xs}`, includesAny: (xs: string) => `mindestens eins von ${xs}`, excludes: (xs: string) => `ohne ${xs}`,
    atLeast: (x: string) => `mindestens ${x}`, atMost: (x: string) => `höchstens ${x}`, between: (a: string, b: string) => `zwischen ${a} und ${b}`,
    mentions: (xs: string) => `erwähnt ${xs}`, doesNotMention: (xs: string) => `erwähnt nicht ${xs}`,
  },
} as const;

/** What a criterion wants, in words, from its argument read: „intuitiv“ oder „strukturiert“, mindestens 1 Tag, ohne „…“. */
export function targetWords(matcher: string, arg: MatcherArgument, fact: FactSpec | undefined, language: Language): string {
  const w = TARGET[language === 'de' ? 'de' : 'en'];
  if (arg.kind === 'set') {
    const items = arg.values.slice(0, 12).map((x) => optionWords(fact, x, language));
    if (arg.values.length > 12) items.push('…');
    switch (matcher) {
      case 'is': return items.length === 1 ? w.isOne(items[0]) : w.isMany(joinWords(items, language));
      case 'isNot': return w.isNot(joinWords(items, language));
      case 'includes': return items.length === 1 ? items[0] : joinWords(items, language, true);
      case 'includesAny': return items.length === 1 ? items[0] : w.includesAny(items.join(', '));
      case 'excludes': return w.excludes(joinWords(items, language));
      default: return items.join(', ');
    }
  }
  if (arg.kind === 'phrases') {
    const items = arg.phrases.slice(0, 8).map((p) => quoted(oneLine(p, 40), language));
    return matcher === 'doesNotMention' ? w.doesNotMention(joinWords(items, language)) : w.mentions(joinWords(items, language));
  }
  if (arg.kind === 'bound') return matcher === 'atMost' ? w.atMost(orderedWords(fact, arg.value, language)) : w.atLeast(orderedWords(fact, arg.value, language));
  return w.between(orderedWords(fact, arg.low, language), orderedWords(fact, arg.high, language));
}

/**
 * The part of a value that fails a set criterion: for excludes and isNot the excluded options the
 * value has, for includes the wanted ones it lacks. Undefined where the whole value is the point.
 */
export function offendingWords(matcher: string, v: FactValue, arg: MatcherArgument, fact: FactSpec | undefined, language: Language): { present?: string; missing?: string } | undefined {
  if (arg.kind !== 'set') return undefined;
  const have = Array.isArray(v) ? v : typeof v === 'string' || typeof v === 'boolean' ? [v] : [];
  const show = (xs: readonly (string | boolean)[]): string => joinWords(xs.map((x) => optionWords(fact, x, language)), language, true);
  if (matcher === 'excludes' || matcher === 'isNot') {
    const present = have.filter((x) => arg.values.includes(x));
    return present.length > 0 ? { present: show(present) } : undefined;
  }
  if (matcher === 'includes') {
    const missing = arg.values.filter((x) => !have.includes(x));
    return missing.length > 0 ? { missing: show(missing) } : undefined;
  }
  return undefined;
}
