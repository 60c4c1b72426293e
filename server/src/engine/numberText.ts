// Reading numbers as people write them: 8000, 8.000 (German thousands), 8,000 (English
// thousands), 1,5 (German decimal comma), 1.5, 1.234,56, 1 000. Shared by money and number facts.
//
// The one real ambiguity is a single separator followed by exactly three digits ("8.000",
// "5,000"): that is read as thousands, because amounts are written with whole thousands far more
// often than with three decimals, and cents take two digits. "0,500" stays a decimal.

/** Separators people put between digit groups: dot, comma, apostrophe, (no-break/thin) spaces. */
const SEPARATOR = /[.,'\u0020\u00a0\u202f]/;

/** A digit run with single separators between groups; linear (each group starts with a separator). */
export const GROUPED_DIGITS = String.raw`\d+(?:[.,'\u0020\u00a0\u202f]\d+)*`;

const GROUPED_ONLY = new RegExp(`^${GROUPED_DIGITS}$`);

/** Longest text read as a number: nobody writes an amount longer than this, and it bounds work. */
export const MAX_NUMBER_TEXT = 64;

/**
 * The value of a digit run matching GROUPED_DIGITS, or undefined when its grouping makes no sense
 * (e.g. "12.34.56", "1,2.3,4").
 */
export function parseGroupedNumber(text: string): number | undefined {
  if (text.length > MAX_NUMBER_TEXT || !GROUPED_ONLY.test(text)) return undefined;
  const groups: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const ch of text) {
    if (SEPARATOR.test(ch)) {
      groups.push(current);
      seps.push(ch);
      current = '';
    } else current += ch;
  }
  groups.push(current);
  if (seps.length === 0) return Number(text);

  // Which separator (if any) is the decimal one: only the last, and only if it is . or ,
  const last = seps[seps.length - 1];
  let decimal = false;
  if (last === '.' || last === ',') {
    const other = last === '.' ? ',' : '.';
    const sameKind = seps.filter((s) => s === last).length;
    if (seps.includes(other)) {
      // 1.234,56 or 1,234.56: the last kind is the decimal one and occurs once.
      if (sameKind > 1) return undefined;
      decimal = true;
    } else if (sameKind === 1) {
      const lastGroup = groups[groups.length - 1];
      const looksLikeThousands = lastGroup.length === 3 && groups[0] !== '' && !groups[0].startsWith('0') && groups[0].length <= 3;
      // "1 000.50" has space thousands before; "8.000" alone is thousands; "1.5", "0,500" are decimals.
      decimal = !looksLikeThousands || (seps.length > 1 && lastGroup.length !== 3);
    }
  }
  const intGroups = decimal ? groups.slice(0, -1) : groups;
  const intSeps = decimal ? seps.slice(0, -1) : seps;
  if (intSeps.length > 0) {
    // Thousands grouping: 1–3 digits first (no leading zero), then groups of exactly three.
    if (intGroups[0].length > 3 || (intGroups[0].startsWith('0') && intGroups[0] !== '0')) return undefined;
    if (intGroups.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  const digits = intGroups.join('') + (decimal ? `.${groups[groups.length - 1]}` : '');
  const n = Number(digits);
  return Number.isFinite(n) ? n : undefined;
}

/** A number written as text: "12", "-3", "2.5", "2,5", "1.000", "1 000". Undefined if not one. */
export function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_NUMBER_TEXT) return undefined;
  const sign = t[0] === '-' ? -1 : 1;
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1).trimStart() : t;
  const n = parseGroupedNumber(body);
  return n === undefined ? undefined : sign * n;
}
