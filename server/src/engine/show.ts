// How the engine shows a value written in a file inside one line of text: quoted in error messages
// ("soon"), plain in reasons (2h, none). Everything is shortened and kept on one line, so a
// 10 MB string or a nested mapping thrown at the engine still yields a short, readable message.
import type { Language } from '../../../shared/src/types';

const MAX_SHOWN = 60;

/** Collapses line breaks and runs of blanks, and shortens to `max` characters with an ellipsis. */
export function oneLine(text: string, max = MAX_SHOWN): string {
  // Most values are short ASCII with single inner spaces: already one line (this runs for every
  // criterion of every prospect, so the regular expression below is saved for the rest).
  if (text.length <= max && isOneLineAscii(text)) return text;
  // Cut first (cheaply) so the whitespace pass never walks a huge string.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > max || head.length < text.length ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Printable ASCII, single spaces between words only: what oneLine would leave unchanged. */
function isOneLineAscii(text: string): boolean {
  let prev = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return prev !== 32;
}

/** A Date as the ISO day it names (YAML 1.1 timestamps arrive as Dates at UTC midnight). */
export function isoDay(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  return d.toISOString().slice(0, 10);
}

function quote(text: string, language: Language): string {
  return language === 'de' ? `„${text}“` : `"${text}"`;
}

/** A value as written, for an error message: strings quoted, lists bracketed, mappings named. */
export function showRaw(raw: unknown, language: Language = 'en', depth = 0): string {
  if (typeof raw === 'string') return quote(oneLine(raw), language);
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Date) return isoDay(raw);
  if (raw === null || raw === undefined) return language === 'de' ? 'nichts' : 'nothing';
  if (Array.isArray(raw)) {
    if (depth > 2) return '[…]';
    const items = raw.slice(0, 8).map((x) => (typeof x === 'string' ? oneLine(x, 30) : showRaw(x, language, depth + 1)));
    return oneLine(`[${items.join(', ')}${raw.length > 8 ? ', …' : ''}]`, MAX_SHOWN);
  }
  return language === 'de' ? 'eine Zuordnung' : 'a mapping';
}

/** A value as written, for a reason line: 2h, intuitive, a, b; an empty list is "none". */
export function showPlain(raw: unknown, language: Language = 'en'): string {
  if (typeof raw === 'string') return oneLine(raw);
  if (typeof raw === 'boolean') return yesNoWord(raw, language);
  if (Array.isArray(raw)) {
    if (raw.length === 0) return language === 'de' ? 'keine' : 'none';
    const items = raw.slice(0, 12).map((x) => (typeof x === 'string' || typeof x === 'boolean' ? showPlain(x, language) : showRaw(x, language, 1)));
    return oneLine(items.join(', ') + (raw.length > 12 ? ', …' : ''));
  }
  return showRaw(raw, language);
}

export function yesNoWord(b: boolean, language: Language): string {
  if (language === 'de') return b ? 'ja' : 'nein';
  return b ? 'yes' : 'no';
}

/** "a, b or c" / "a, b oder c". */
export function orList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const or = language === 'de' ? 'oder' : 'or';
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}
