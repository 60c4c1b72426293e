// Reading amounts of money: 8000, 8000 EUR, 8.000 €, 8k EUR, 1,5k €, EUR 8000, $5,000, 5000 USD,
// 2 Mio. €, 5 T€ (thousand euros, also 5 TEUR), 5000,- € (whole euros), and an amount said
// roughly or net: "ca. 5.000 €", "about 5,000 EUR", "5.000 Euro netto" read as the amount (a
// profile compares what the client named; "brutto"/"gross" is refused, never guessed net).
// Currencies are ISO codes (EUR, USD, GBP, CHF, …); the symbols € $ £ and the common words
// (Euro, Dollar, Pfund, Franken) stand for theirs. Nothing is ever converted.
import { GROUPED_DIGITS, MAX_NUMBER_TEXT, parseGroupedNumber } from './numberText';

export interface Money {
  amount: number;
  /** The currency written with the amount (or the fact's), as an upper-case code. */
  currency?: string;
}

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR',
  '$': 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP', pfund: 'GBP',
  'chf': 'CHF', franken: 'CHF', fr: 'CHF', 'fr.': 'CHF', sfr: 'CHF', 'sfr.': 'CHF',
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, tsd: 1e3, 'tsd.': 1e3, m: 1e6, mio: 1e6, 'mio.': 1e6, mn: 1e6,
};

/** Codes also recognised in lower case ("8000 eur"); any other code must be written as ISO does: USD. */
const COMMON_CODES = new Set(['eur', 'usd', 'gbp', 'chf', 'jpy', 'cad', 'aud', 'sek', 'nok', 'dkk', 'pln', 'czk']);

/** A currency token as an upper-case code: "€" → EUR, "usd" → USD, "NZD" → NZD; undefined if not one. */
export function currencyCode(token: string): string | undefined {
  const trimmed = token.trim();
  const t = trimmed.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(CURRENCY_WORDS, t)) return CURRENCY_WORDS[t];
  if (COMMON_CODES.has(t) || /^[A-Z]{3}$/.test(trimmed)) return t.toUpperCase();
  return undefined;
}

// [currency] [sign] digits [multiplier] [currency]. Bounded input (MAX_NUMBER_TEXT) and one way to
// match each part keep it linear. The leading currency needs a blank or a symbol before the digits.
const CURRENCY = String.raw`[€$£]|us\$|[a-z]{2,7}\.?`;
const MONEY = new RegExp(
  String.raw`^(?:(${CURRENCY})\s*)?([-+])?\s*(${GROUPED_DIGITS})\s*(k|tsd\.?|mio\.?|mn|m)?\s*(${CURRENCY})?$`,
  'i',
);

/** Words before an amount that say it is rough: it is read as the amount. */
const ROUGHLY = /^(?:ca\.?|circa|zirka|etwa|ungefähr|rund|about|approx\.?|approximately|around|roughly|~)\s*/i;
/** Words after an amount that say it is net: it is read as the amount. */
const NET = /\s*\b(?:netto|net)$/i;
/** "5 T€", "5 TEUR": T for thousand, only right before the euro (a lone "T" is not an amount). */
const THOUSAND_EUROS = /(\d)\s*T(€|EUR)$/i;
/** "5000,- €", "5.000,-- EUR", "5.000,– €": the dash after the comma says "no cents". */
const NO_CENTS = /(\d),(?:--?|–)(?=\s|$|[^\d\s])/;

/**
 * An amount with the everyday words taken off: the rough and net words, T€ as k €, ",-".
 * Only one of each, and only at its place, so that "ca. ca. 5000" stays refused.
 */
export function plainAmountText(text: string): string {
  return text.trim().replace(ROUGHLY, '').replace(NET, '').replace(THOUSAND_EUROS, '$1k $2').replace(NO_CENTS, '$1').trim();
}

/** An amount as written in text, or undefined when it is not one. */
export function parseMoneyText(text: string): Money | undefined {
  if (text.length > MAX_NUMBER_TEXT) return undefined;
  const t = plainAmountText(text);
  if (t.length === 0) return undefined;
  const m = MONEY.exec(t);
  if (!m) return undefined;
  const [, before, sign, digits, multiplier, after] = m;
  if (before && after) return undefined;
  const token = before ?? after;
  const currency = token === undefined ? undefined : currencyCode(token);
  if (token !== undefined && currency === undefined) return undefined;
  const n = parseGroupedNumber(digits);
  if (n === undefined) return undefined;
  const factor = multiplier ? MULTIPLIERS[multiplier.toLowerCase()] : 1;
  const amount = (sign === '-' ? -1 : 1) * n * factor;
  if (!Number.isFinite(amount)) return undefined;
  // Keep 1,1k at 1100 and not 1100.0000000000002 (only where the rounding itself is exact).
  const rounded = Math.abs(amount) < 1e9 ? Math.round(amount * 1e6) / 1e6 : amount;
  return currency ? { amount: rounded, currency } : { amount: rounded };
}
