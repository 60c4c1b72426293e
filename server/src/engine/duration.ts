// Reading durations, in minutes: 30m, 2h, 1d, 2w, 3 days, 1 day, 2 hours, 45 minutes, 2 Stunden,
// 1 Stunde, 1 Tag, 3 Tage, 2 Wochen, 30 Minuten, 1 month / 1 Monat, 1,5h, and sums such as
// "1h 30m" or "2 hours and 30 minutes".
//
// A day is a calendar day of 24 hours: "1d" means 1440 minutes, so a prospect who expects an
// answer "within 8h" expects it sooner than "1d". A working day (1 Werktag, 2 Arbeitstage,
// 1 working day, 2 business days) compares as one day too: "an answer within one working day"
// means the next day, not 8 hours of office time. A week is 7 days, a month 30 days and a year
// 365 days: durations are for comparing, not for calendars. "sofort" and "immediately" are 0.

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: Readonly<Record<string, number>> = {
  s: MINUTE / 60, sec: MINUTE / 60, secs: MINUTE / 60, second: MINUTE / 60, seconds: MINUTE / 60,
  sek: MINUTE / 60, sekunde: MINUTE / 60, sekunden: MINUTE / 60,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, minuten: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, std: HOUR, stunde: HOUR, stunden: HOUR,
  d: DAY, day: DAY, days: DAY, t: DAY, tag: DAY, tage: DAY, tagen: DAY,
  werktag: DAY, werktage: DAY, werktagen: DAY, arbeitstag: DAY, arbeitstage: DAY, arbeitstagen: DAY,
  'working day': DAY, 'working days': DAY, 'business day': DAY, 'business days': DAY,
  w: 7 * DAY, wk: 7 * DAY, wks: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY, wo: 7 * DAY, woche: 7 * DAY, wochen: 7 * DAY,
  mo: 30 * DAY, mon: 30 * DAY, month: 30 * DAY, months: 30 * DAY, monat: 30 * DAY, monate: 30 * DAY, monaten: 30 * DAY,
  y: 365 * DAY, yr: 365 * DAY, yrs: 365 * DAY, year: 365 * DAY, years: 365 * DAY,
  j: 365 * DAY, jahr: 365 * DAY, jahre: 365 * DAY, jahren: 365 * DAY,
};

/** Longest text read as a duration; bounds the work on garbage input. */
const MAX_DURATION_TEXT = 100;

// One part: a number, a unit (one word, or "working"/"business" and a word), an optional dot
// ("Std.") and what may separate it from the next part (blanks, a comma, "and"/"und"). Sticky, so
// the parts must cover the whole text.
const PART = /(\d+(?:[.,]\d+)?)\s*((?:(?:working|business)\s+)?[a-zäöü]+)\.?\s*(?:,\s*)?(?:(?:and|und)\s+)?/y;

/** Words that mean no time at all: an answer "sofort" is expected within 0 minutes. */
const AT_ONCE = new Set(['sofort', 'immediately']);

/** The minutes a duration text stands for, or undefined when it is not a duration. */
export function parseDurationText(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t.length === 0 || t.length > MAX_DURATION_TEXT) return undefined;
  if (AT_ONCE.has(t)) return 0;
  PART.lastIndex = 0;
  let total = 0;
  let parts = 0;
  while (PART.lastIndex < t.length) {
    const m = PART.exec(t);
    if (!m) return undefined;
    const unit = m[2].replace(/\s+/g, ' ');
    if (!Object.prototype.hasOwnProperty.call(UNITS, unit)) return undefined;
    total += Number(m[1].replace(',', '.')) * UNITS[unit];
    parts++;
  }
  return parts > 0 && Number.isFinite(total) ? total : undefined;
}
