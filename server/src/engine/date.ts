// Reading dates as day numbers (days since 1970-01-01), so that dates compare as numbers and a
// time of day never matters. ISO 2026-12-01 is the format; 1.12.2026 (German) is read as well,
// and a month or a quarter as its first day: "Januar 2027", "Jan. 2027", "January 2027" are
// 2027-01-01, "Q2 2027" (also "Q2/2027", "2. Quartal 2027") is 2027-04-01 — so "atLeast: Q1 2027"
// holds for "Februar 2027" and for "Q1 2027" itself.
// Impossible days such as 2026-02-30 are refused rather than rolled over into March.

export type DateReading = { ok: true; day: number } | { ok: false; impossible: boolean };

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromParts(y: number, m: number, d: number): DateReading {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, impossible: true };
  return { ok: true, day: dayNumber(y, m, d) };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Month names and their usual short forms, German and English, lower case. */
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const MONTH_YEAR = /^([a-zäöü]+)\.?\s+(\d{4})$/i;
const QUARTER = /^(?:q([1-4])\s*[/-]?\s*(\d{4})|([1-4])\.\s*quartal\s+(\d{4}))$/i;

/** Longest text read as a date ("September 2027" is 14 characters). */
const MAX_DATE_TEXT = 40;

export function parseDateText(text: string): DateReading {
  if (text.length > MAX_DATE_TEXT * 2) return { ok: false, impossible: false };
  const t = text.trim();
  if (t.length > MAX_DATE_TEXT) return { ok: false, impossible: false };
  let m = ISO.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = GERMAN.exec(t);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_YEAR.exec(t);
  if (m) {
    const name = m[1].toLowerCase();
    if (Object.prototype.hasOwnProperty.call(MONTHS, name)) return fromParts(Number(m[2]), MONTHS[name], 1);
    return { ok: false, impossible: false };
  }
  m = QUARTER.exec(t);
  if (m) return fromParts(Number(m[2] ?? m[4]), (Number(m[1] ?? m[3]) - 1) * 3 + 1, 1);
  return { ok: false, impossible: false };
}

/** A Date (YAML 1.1 timestamps) as its UTC day: a date-only timestamp is UTC midnight. */
export function parseDateObject(d: Date): DateReading {
  const t = d.getTime();
  if (!Number.isFinite(t)) return { ok: false, impossible: true };
  return { ok: true, day: Math.floor(t / 86_400_000) };
}
