// Reading a prospect's fact values and a criterion's matcher arguments, per fact type
// (docs/reference.md, “Values”). Every function returns a result object and never throws, whatever
// it is given: the language service turns the messages into diagnostics, the engine into "unknown"
// reasons.
import { MATCHERS_BY_TYPE, type FactSpec, type FactType, type Language, type MatcherKind } from '../../../shared/src/types';
import { parseDateObject, parseDateText } from './date';
import { parseDurationText } from './duration';
import { currencyCode, parseMoneyText, type Money } from './money';
import { parseNumberText } from './numberText';
import { phraseWords } from './phrases';
import { rangeSplits } from './ranges';
import { valueTexts } from './valueMessages';

export type { Money } from './money';

/** An ordered value: what atLeast, atMost and between compare. */
export type Ordered = number | Money;

/** A range a prospect named for a money or duration fact ("3.000–6.000 €"): low ≤ high. */
export interface ValueRange {
  low: Ordered;
  high: Ordered;
}

/**
 * A value read for comparison: choice → its option value, tags → option values, yesno →
 * boolean, number → number, duration → minutes (or a range of them), date → day number,
 * money → Money (or a range of amounts), text → string.
 */
export type FactValue = string | string[] | boolean | number | Money | ValueRange;

/** Whether a value read is a range (a money or duration fact given as "from – to"). */
export function isRange(v: FactValue): v is ValueRange {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'low' in v;
}

export type ValueResult<T = FactValue> = { ok: true; value: T } | { ok: false; message: string };

/** A criterion's argument, read: a set of values, one bound, a range, or phrases. */
export type MatcherArgument =
  | { kind: 'set'; values: (string | boolean)[] }
  | { kind: 'bound'; value: Ordered }
  | { kind: 'range'; low: Ordered; high: Ordered }
  | { kind: 'phrases'; phrases: string[] };

/**
 * A fact is unknown when it is missing, null or an empty string. A string of blanks
 * counts as empty too (nothing was said). An empty tag list is known: "none of them".
 */
export function isUnknown(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function ok<T>(value: T): ValueResult<T> {
  return { ok: true, value };
}

function fail<T>(message: string): ValueResult<T> {
  return { ok: false, message };
}

/** Options of a choice or tags fact, tolerant of a half-built FactSpec. */
export function optionValues(fact: FactSpec): string[] {
  if (!Array.isArray(fact.options)) return [];
  return fact.options
    .map((o) => (o && typeof o === 'object' ? o.value : o))
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.normalize('NFC'));
}

/** Numbers and booleans written where a word is expected (an option "3") are read as their text. */
function scalarText(raw: unknown): string | undefined {
  // NFC: "Größe" typed on macOS (NFD) is the option "Größe".
  if (typeof raw === 'string') return raw.normalize('NFC');
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'boolean') return String(raw);
  return undefined;
}

/** The fact's own currency, as a code ("€" in the profile means EUR). */
export function factCurrency(fact: FactSpec): string | undefined {
  return typeof fact.currency === 'string' && fact.currency.trim() !== '' ? currencyCode(fact.currency) ?? fact.currency.trim().toUpperCase() : undefined;
}

function factName(fact: FactSpec): string {
  return typeof fact.name === 'string' ? fact.name : 'this fact';
}

// ----- one value per type --------------------------------------------------------------------

export function parseMoney(fact: FactSpec, raw: unknown, language: Language = 'en'): ValueResult<Money> {
  const want = factCurrency(fact);
  const t = valueTexts(language);
  let money: Money | undefined;
  if (typeof raw === 'number') money = Number.isFinite(raw) ? { amount: raw } : undefined;
  else if (typeof raw === 'string') money = parseMoneyText(raw);
  if (!money) return fail(t.notMoney(raw, want));
  if (money.currency === undefined) return ok(want ? { amount: money.amount, currency: want } : money);
  if (want && money.currency !== want) return fail(t.wrongCurrency(raw, money.currency, factName(fact), want));
  return ok(money);
}

/**
 * A prospect's value for a money or duration fact: one value, or a range of two read by `one`
 * (see ranges.ts). A range whose ends are in the wrong order is refused with its own words; a text
 * that is neither is refused with `refused`, the fact type's value hint with its ranges, in the
 * place of `plain`, the one-value hint (other refusals, such as a wrong currency, stay).
 */
function oneOrRange<T extends Ordered>(raw: unknown, one: (end: unknown) => ValueResult<T>, plain: string, refused: string, language: Language): ValueResult<T | ValueRange> {
  const single = one(raw);
  if (single.ok) return single;
  for (const split of typeof raw === 'string' ? rangeSplits(raw) : []) {
    const low = one(split.low);
    const high = one(split.high);
    if (!low.ok || !high.ok) continue;
    const order = compareOrdered(low.value, high.value);
    if (order === undefined) continue;
    if (order > 0) return fail(valueTexts(language).rangeOrder(raw, typeof low.value === 'object'));
    return ok({ low: low.value, high: high.value });
  }
  return single.message === plain ? fail(refused) : single;
}

/** A money fact's value: an amount or a range of amounts (both in the fact's currency). */
export function parseMoneyValue(fact: FactSpec, raw: unknown, language: Language = 'en'): ValueResult<Money | ValueRange> {
  const want = factCurrency(fact);
  const t = valueTexts(language);
  const plain = t.notMoney(raw, want);
  const ranged = oneOrRange(raw, (end) => parseMoney(fact, end, language), plain, t.notMoneyValue(raw, want), language);
  if (ranged.ok || typeof raw !== 'string') return ranged;
  // "3000-6000 USD" for a fact in EUR: both ends read, but in another currency than the fact's.
  if (want) {
    const other = oneOrRange(raw, (end) => parseMoney({ ...fact, currency: undefined }, end, language), plain, plain, language);
    if (other.ok && isRange(other.value)) {
      const got = (other.value.low as Money).currency ?? (other.value.high as Money).currency;
      if (got && got !== want) return fail(valueTexts(language).wrongCurrency(raw, got, factName(fact), want));
    }
  }
  return ranged;
}

/** A duration fact's value: a duration or a range of durations, in minutes. */
export function parseDurationValue(raw: unknown, language: Language = 'en'): ValueResult<number | ValueRange> {
  const t = valueTexts(language);
  return oneOrRange(raw, (end) => parseDuration(end, language), t.notDuration(raw), t.notDurationValue(raw), language);
}

export function parseDuration(raw: unknown, language: Language = 'en'): ValueResult<number> {
  const t = valueTexts(language);
  if (typeof raw === 'number') return fail(Number.isFinite(raw) ? t.durationNeedsUnit(raw) : t.notDuration(raw));
  if (typeof raw !== 'string') return fail(t.notDuration(raw));
  const bare = parseNumberText(raw);
  if (bare !== undefined) return fail(t.durationNeedsUnit(bare));
  const minutes = parseDurationText(raw);
  return minutes === undefined ? fail(t.notDuration(raw)) : ok(minutes);
}

export function parseDate(raw: unknown, language: Language = 'en'): ValueResult<number> {
  const t = valueTexts(language);
  const reading = raw instanceof Date ? parseDateObject(raw) : typeof raw === 'string' ? parseDateText(raw) : undefined;
  if (!reading) return fail(t.notDate(raw));
  if (reading.ok) return ok(reading.day);
  return fail(reading.impossible ? t.impossibleDate(raw) : t.notDate(raw));
}

const YES = new Set(['true', 'yes', 'ja']);
const NO = new Set(['false', 'no', 'nein']);

export function parseYesNo(raw: unknown, language: Language = 'en'): ValueResult<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'string' && raw.length <= 10) {
    const w = raw.trim().toLowerCase();
    if (YES.has(w)) return ok(true);
    if (NO.has(w)) return ok(false);
  }
  return fail(valueTexts(language).notYesNo(raw));
}

export function parseNumber(raw: unknown, language: Language = 'en'): ValueResult<number> {
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(raw);
  const n = typeof raw === 'string' ? parseNumberText(raw) : undefined;
  return n === undefined ? fail(valueTexts(language).notNumber(raw)) : ok(n);
}

export function parseChoice(fact: FactSpec, raw: unknown, language: Language = 'en'): ValueResult<string> {
  const t = valueTexts(language);
  const options = optionValues(fact);
  if (Array.isArray(raw)) return fail(t.choiceIsList(factName(fact), options));
  const text = scalarText(raw);
  // A choice fact without options cannot constrain its value (the profile check reports that).
  if (text !== undefined && (options.length === 0 || options.includes(text))) return ok(text);
  return fail(t.notOption(raw, factName(fact), options));
}

export function parseTags(fact: FactSpec, raw: unknown, language: Language = 'en'): ValueResult<string[]> {
  const t = valueTexts(language);
  if (!Array.isArray(raw)) {
    return fail(scalarText(raw) !== undefined ? t.tagsNotList(raw, factName(fact)) : t.notTagList(raw, factName(fact), optionValues(fact)));
  }
  const options = optionValues(fact);
  const tags: string[] = [];
  for (const item of raw) {
    const text = scalarText(item);
    if (text === undefined || (options.length > 0 && !options.includes(text))) return fail(t.notOption(item, factName(fact), options));
    if (!tags.includes(text)) tags.push(text);
  }
  return ok(tags);
}

export function parseText(raw: unknown, language: Language = 'en'): ValueResult<string> {
  // A number or yes/no written as text (e.g. "industry: 1990") is read as that text.
  const text = scalarText(raw);
  return text === undefined ? fail(valueTexts(language).notText(raw)) : ok(text);
}

/**
 * A prospect's value for a fact, read for comparison. Check isUnknown first: an unknown value is
 * reported here as "has no value", which is not an error in a prospect.
 */
export function parseFactValue(fact: FactSpec, raw: unknown, language: Language = 'en'): ValueResult {
  try {
    if (isUnknown(raw)) return fail(valueTexts(language).noValue(factName(fact)));
    return parseByType(fact, fact.type, raw, language);
  } catch {
    // Defensive only: nothing above throws on plain data, but a hostile object (a throwing
    // getter or toString) must not take the engine down.
    return fail(valueTexts(language).notText(raw));
  }
}

function parseByType(fact: FactSpec, type: FactType, raw: unknown, language: Language): ValueResult {
  switch (type) {
    case 'money': return parseMoneyValue(fact, raw, language);
    case 'duration': return parseDurationValue(raw, language);
    case 'date': return parseDate(raw, language);
    case 'yesno': return parseYesNo(raw, language);
    case 'number': return parseNumber(raw, language);
    case 'choice': return parseChoice(fact, raw, language);
    case 'tags': return parseTags(fact, raw, language);
    case 'text': return parseText(raw, language);
    default: return fail(valueTexts(language).unknownType(String(type)));
  }
}

// ----- matcher arguments ---------------------------------------------------------------------

/** Which matchers fit a fact type (docs/reference.md, “Matchers”); empty for a type not known. */
export function matchersFor(type: unknown): readonly MatcherKind[] {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(MATCHERS_BY_TYPE, type)
    ? MATCHERS_BY_TYPE[type as FactType]
    : [];
}

function parseOrdered(fact: FactSpec, raw: unknown, language: Language): ValueResult<Ordered> {
  switch (fact.type) {
    case 'money': return parseMoney(fact, raw, language);
    case 'duration': return parseDuration(raw, language);
    case 'date': return parseDate(raw, language);
    default: return parseNumber(raw, language);
  }
}

/** A list argument, with a single value standing for a list of one (`is: a` = `is: [a]`). */
function asList(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [raw];
}

function parseSet(fact: FactSpec, matcher: MatcherKind, raw: unknown, language: Language): ValueResult<MatcherArgument> {
  const t = valueTexts(language);
  const items = asList(raw);
  if (items.length === 0) return fail(t.argumentEmpty(matcher));
  const values: (string | boolean)[] = [];
  for (const item of items) {
    const r: ValueResult<string | boolean> = fact.type === 'yesno'
      ? parseYesNo(item, language)
      : parseChoice({ ...fact, type: 'choice' }, item, language);
    if (!r.ok) return r;
    if (!values.includes(r.value)) values.push(r.value);
  }
  return ok({ kind: 'set', values });
}

/** What a phrase to look for in notes may hold: a sentence, not a page. */
export const MAX_PHRASE_WORDS = 50;

function parsePhrases(matcher: MatcherKind, raw: unknown, language: Language): ValueResult<MatcherArgument> {
  const t = valueTexts(language);
  const items = asList(raw);
  if (items.length === 0) return fail(t.argumentEmpty(matcher));
  const phrases: string[] = [];
  for (const item of items) {
    const text = scalarText(item);
    if (text === undefined || text.trim() === '') return fail(t.notPhrase(matcher, item));
    const words = phraseWords(text).length;
    if (words > MAX_PHRASE_WORDS) return fail(t.phraseTooLong(matcher, words, MAX_PHRASE_WORDS));
    phrases.push(text);
  }
  return ok({ kind: 'phrases', phrases });
}

function parseRange(fact: FactSpec, raw: unknown, language: Language): ValueResult<MatcherArgument> {
  const t = valueTexts(language);
  if (!Array.isArray(raw) || raw.length !== 2) return fail(t.betweenShape());
  const low = parseOrdered(fact, raw[0], language);
  if (!low.ok) return low;
  const high = parseOrdered(fact, raw[1], language);
  if (!high.ok) return high;
  const order = compareOrdered(low.value, high.value);
  if (order === undefined) return fail(t.differentCurrencies(String(raw[0]), String(raw[1])));
  if (order > 0) return fail(t.betweenOrder(raw[0], raw[1]));
  return ok({ kind: 'range', low: low.value, high: high.value });
}

/**
 * A criterion's argument (`atLeast: 5000 EUR`, `between: [2w, 26w]`, `is: [a, b]`, `is: a`,
 * `is: true`, `mentions: [..]`), read against its fact; an error when the matcher does not fit
 * the fact's type or the argument is not a value of that type.
 */
export function parseMatcherArgument(fact: FactSpec, matcher: MatcherKind, raw: unknown, language: Language = 'en'): ValueResult<MatcherArgument> {
  const t = valueTexts(language);
  try {
    const allowed = matchersFor(fact.type);
    if (allowed.length === 0) return fail(t.unknownType(String(fact.type)));
    if (!allowed.includes(matcher)) return fail(t.matcherNotForType(String(matcher), String(fact.type), allowed));
    if (raw === undefined || raw === null) return fail(t.argumentMissing(matcher));
    switch (matcher) {
      case 'is': case 'isNot': case 'includes': case 'includesAny': case 'excludes':
        return parseSet(fact, matcher, raw, language);
      case 'mentions': case 'doesNotMention':
        return parsePhrases(matcher, raw, language);
      case 'between':
        return parseRange(fact, raw, language);
      case 'atLeast': case 'atMost': {
        if (Array.isArray(raw)) return fail(t.singleBound(matcher));
        const bound = parseOrdered(fact, raw, language);
        return bound.ok ? ok({ kind: 'bound', value: bound.value }) : bound;
      }
      default:
        return fail(t.matcherNotForType(String(matcher), String(fact.type), allowed));
    }
  } catch {
    // Defensive only, as in parseFactValue: a hostile argument object must not escape as a throw.
    return fail(t.argumentMissing(typeof matcher === 'string' ? matcher : 'the matcher'));
  }
}

/**
 * Compares two ordered values: negative, zero or positive; undefined when they cannot be
 * compared (amounts in two different currencies are never converted).
 */
export function compareOrdered(a: Ordered, b: Ordered): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'object' && typeof b === 'object') {
    if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return undefined;
    return a.amount - b.amount;
  }
  return undefined;
}
