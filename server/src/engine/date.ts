// Reading dates as day numbers (days since 1970-01-01), so that dates compare as numbers and a
// time of day never matters. ISO 2026-12-01 is the format; 1.12.2026 (German) is read as well.
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

export function parseDateText(text: string): DateReading {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = GERMAN.exec(t);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, impossible: false };
}

/** A Date (YAML 1.1 timestamps) as its UTC day: a date-only timestamp is UTC midnight. */
export function parseDateObject(d: Date): DateReading {
  const t = d.getTime();
  if (!Number.isFinite(t)) return { ok: false, impossible: true };
  return { ok: true, day: Math.floor(t / 86_400_000) };
}
