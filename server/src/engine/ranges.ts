// Reading a range a prospect named instead of one value: "3.000–6.000 €", "3000-6000 EUR",
// "3,000 to 6,000 EUR", "5–8k €", "2–4 Wochen", "2 bis 4 Wochen". The two ends are split at a dash
// (-, –, —) or at "bis"/"to"; a bare number on the left takes the unit of the right end ("2–4
// Wochen" is 2 Wochen to 4 Wochen, "5–8k €" is 5k € to 8k €). Each split point is tried in turn
// (a text of at most 100 characters has few), the first whose ends both read wins.

/** Longest text read as a range: two amounts or durations and what is between them. */
const MAX_RANGE_TEXT = 100;

/** Where a range may be split: a dash, or "bis"/"to" between blanks. Global: every place is tried. */
const SPLIT = /\s*(?:[–—]|-{1,2}|\s(?:bis|to)\s)\s*/gi;

/** The number a range's end starts with (after any rough word): what the left end may lack is what follows it. */
const LEADING_NUMBER = /^\D*?\d(?:[\d.,'\u00a0\u202f]|\s(?=\d))*/;
const BARE_NUMBER = /^\s*\d(?:[\d.,'\u00a0\u202f]|\s(?=\d))*\s*$/;

export interface RangeText {
  low: string;
  high: string;
}

/**
 * The ways a text may be cut into the two ends of a range, in order: each end as it is to be read
 * (a bare number on the left with the right end's unit added). None for a text without a dash,
 * "bis" or "to" between two non-empty ends.
 */
export function rangeSplits(text: string): RangeText[] {
  // Measured before trimming: a megabyte of text is not copied to learn that it is too long.
  if (text.length > MAX_RANGE_TEXT * 2) return [];
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_RANGE_TEXT) return [];
  const out: RangeText[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(t); m; m = SPLIT.exec(t)) {
    const left = t.slice(0, m.index).trim();
    const right = t.slice(m.index + m[0].length).trim();
    // A left end must hold a digit or be a word for no time ("sofort bis 2 Tage"); a right end a digit.
    if (left === '' || right === '' || !/\d/.test(right)) continue;
    out.push({ low: BARE_NUMBER.test(left) ? left + right.replace(LEADING_NUMBER, '') : left, high: right });
  }
  return out;
}
