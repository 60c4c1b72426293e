// Values as a reader of each language writes them: amounts, durations, dates, yes/no, percentages,
// quotes and lists. One place for both languages, used by the engine's reasons, the editor's
// features and the reports, so that "5.000 €" in a reason is "5.000 €" in a headline too.
//
// German: 5.000 € (a no-break space before the currency), 1 Tag / 2 Tage, 2 Std., 30 Min.,
// 1.12.2026, ja / nein, 92 % (a narrow no-break space before %), „…“.
// English: €5,000 ($ £ € before the amount, any other currency as its code after it: 5,000 CHF),
// 1 day / 2 days, 2 h, 30 min, Dec 1, 2026, yes / no, 92%, “…”.
//
// State owned here: FORMATS, one Intl formatter per language and style, made on first use and
// kept for the process (six at most): n.toLocaleString(locale, options) makes a new formatter on
// every call, which the engine would pay for every criterion it words.
import type { Language } from '../types';

/** No-break space: an amount and its currency, a number and its unit stay on one line. */
export const NBSP = '\u00a0';
/** Narrow no-break space: German puts it between a number and "%" (DIN 5008). */
export const NNBSP = '\u202f';

const LOCALE: Record<Language, string> = { en: 'en-US', de: 'de-DE' };
/** Currencies English writes as a symbol before the amount. */
const SYMBOL: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

function lang(language: Language | undefined): Language {
  return language === 'de' ? 'de' : 'en';
}

type Style = 'number' | 'whole' | 'cents';
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(l: Language, style: Style): Intl.NumberFormat {
  const key = `${l}:${style}`;
  let f = FORMATS.get(key);
  if (!f) {
    const options = style === 'number' ? { maximumFractionDigits: 2 } : style === 'whole' ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    f = new Intl.NumberFormat(LOCALE[l], options);
    FORMATS.set(key, f);
  }
  return f;
}

/** A number with the language's grouping and decimal mark: 5.000 / 5,000; 1,5 / 1.5. */
export function formatNumber(n: number, language?: Language): string {
  if (!Number.isFinite(n)) return String(n);
  return numberFormat(lang(language), 'number').format(n);
}

/** An amount: 5.000 € / €5,000; without a currency just the number. */
export function formatMoney(amount: number, currency: string | undefined, language?: Language): string {
  const l = lang(language);
  const digits = numberFormat(l, Number.isInteger(amount) ? 'whole' : 'cents').format(amount);
  if (!currency) return digits;
  const symbol = SYMBOL[currency];
  if (l === 'de') return `${digits}${NBSP}${symbol ?? currency}`;
  if (symbol) return amount < 0 ? `-${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
  return `${digits}${NBSP}${currency}`;
}

const MINUTES_IN = { week: 7 * 24 * 60, day: 24 * 60, hour: 60 } as const;

type Unit = 'week' | 'day' | 'hour' | 'minute';
const UNIT_WORDS: Record<Language, Record<Unit, [string, string]>> = {
  de: { week: ['Woche', 'Wochen'], day: ['Tag', 'Tage'], hour: ['Std.', 'Std.'], minute: ['Min.', 'Min.'] },
  en: { week: ['week', 'weeks'], day: ['day', 'days'], hour: ['h', 'h'], minute: ['min', 'min'] },
};

/** A count with its unit, singular or plural: 1 Tag, 2 Tage, 1 day, 2 days, 2 h. */
function counted(n: number, unit: Unit, l: Language): string {
  const [one, many] = UNIT_WORDS[l][unit];
  return `${formatNumber(n, l)}${NBSP}${n === 1 ? one : many}`;
}

/**
 * A duration in minutes in the largest unit that holds it whole: 1 Tag, 2 Wochen, 4 Std., 30 Min.;
 * otherwise in parts, largest first: 1 Std. 30 Min. (a day here is 24 hours, as the engine counts).
 */
export function formatDuration(minutes: number, language?: Language): string {
  const l = lang(language);
  if (!Number.isFinite(minutes) || minutes < 0) return String(minutes);
  if (minutes === 0) return counted(0, 'minute', l);
  const m = Math.round(minutes);
  if (m === 0) return `< ${counted(1, 'minute', l)}`;
  for (const unit of ['week', 'day', 'hour'] as const) if (m % MINUTES_IN[unit] === 0) return counted(m / MINUTES_IN[unit], unit, l);
  const parts: string[] = [];
  let rest = m;
  for (const unit of ['day', 'hour'] as const) {
    const n = Math.floor(rest / MINUTES_IN[unit]);
    if (n > 0) parts.push(counted(n, unit, l));
    rest -= n * MINUTES_IN[unit];
  }
  if (rest > 0) parts.push(counted(rest, 'minute', l));
  return parts.join(' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day number (days since 1970-01-01) as a date: 1.12.2026 / Dec 1, 2026. */
export function formatDay(day: number, language?: Language): string {
  const d = new Date(day * 86_400_000);
  if (Number.isNaN(d.getTime())) return String(day);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return lang(language) === 'de' ? `${dd}.${m + 1}.${y}` : `${MONTHS[m]} ${dd}, ${y}`;
}

export function formatYesNo(b: boolean, language?: Language): string {
  if (lang(language) === 'de') return b ? 'ja' : 'nein';
  return b ? 'yes' : 'no';
}

/** A percentage: 92 % (narrow no-break space) / 92%. */
export function formatPercent(n: number, language?: Language): string {
  return lang(language) === 'de' ? `${formatNumber(n, 'de')}${NNBSP}%` : `${formatNumber(n, 'en')}%`;
}

/** Quoted: „…“ / “…”. */
export function quoted(text: string, language?: Language): string {
  return lang(language) === 'de' ? `„${text}“` : `“${text}”`;
}

/** "a, b or c" / "a, b oder c"; `and` joins with and / und. */
export function joinWords(items: readonly string[], language?: Language, and = false): string {
  if (items.length <= 1) return items.join('');
  const de = lang(language) === 'de';
  const last = and ? (de ? 'und' : 'and') : (de ? 'oder' : 'or');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
