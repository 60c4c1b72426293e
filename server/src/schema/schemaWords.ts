// Plain words for what a schema asks for: "a number", "a letter or _, then letters, digits, _
// or -", "the fact's type: choice, tags, …". Validation messages and completion documentation
// are written from these, never from the validator's own messages.
import * as l10n from '@vscode/l10n';
import type { SchemaObject } from './schemaWalker';
import { schemaText } from './keyWords';
import { uiLanguage } from '../model/uiLanguage';

/** "a number" — one JSON type in words. `short` is for lists of several types. */
export function typeWord(type: string, short = false): string {
  switch (type) {
    case 'string': return l10n.t('text');
    case 'number': return l10n.t('a number');
    case 'integer': return l10n.t('a whole number');
    case 'boolean': return short ? l10n.t('true/false') : l10n.t('true or false');
    case 'array': return l10n.t('a list');
    case 'object': return l10n.t('a mapping (key: value)');
    case 'null': return l10n.t('nothing');
    default: return type;
  }
}

/** "a text, a number or a list" */
export function typesWords(types: readonly string[]): string {
  if (types.length === 1) return typeWord(types[0]);
  const words = types.map((t) => typeWord(t, true));
  return l10n.t('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1]);
}

/** What a value is, for "…, found …": the value itself when short, else its kind. */
export function foundWords(value: unknown): string {
  if (value === null || value === undefined) return l10n.t('nothing');
  // In quotes of the UI language: "x" in English, „x“ in German.
  if (typeof value === 'string') return value === '' ? l10n.t('an empty text') : l10n.t('"{0}"', shorten(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return l10n.t('a list');
  if (typeof value === 'object') return l10n.t('a mapping');
  return String(value);
}

export function shorten(s: string, max = 60): string {
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A JSON value as a user would write it in YAML: en, 70, true, [a, b]. */
export function valueWords(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A short hint at what a property holds, for "Missing required property "type" (…)": the title
 * and the allowed values when there is an enum, else the first sentence of the description.
 */
export function propertyHint(name: string, schemas: readonly SchemaObject[]): string | undefined {
  const values: unknown[] = [];
  for (const s of schemas) if (Array.isArray(s.enum)) values.push(...s.enum);
  const written = schemas.map((s) => s.title).find((t): t is string => typeof t === 'string' && t !== '');
  const title = written === undefined ? undefined : schemaText(written);
  if (values.length > 0) return `${lowerFirst(title ?? name)}: ${values.map(valueWords).join(', ')}`;
  const english = schemas.map((s) => s.description).find((d): d is string => typeof d === 'string' && d !== '');
  const description = english === undefined ? undefined : descriptionText(schemas, english);
  if (description) {
    const sentence = firstSentence(description);
    if (sentence.length <= 120) return lowerFirst(sentence);
  }
  return title ? lowerFirst(title) : undefined;
}

/** A description in the UI language: the translated prose of its Markdown twin when it has one (the bundle's key). */
function descriptionText(schemas: readonly SchemaObject[], description: string): string {
  const md = schemas.map((s) => s.markdownDescription).find((d): d is string => typeof d === 'string' && d.startsWith(description));
  const prose = md === undefined ? description : md.split('\n\n```')[0];
  return schemaText(prose);
}

/** The first sentence of a description, without Markdown backticks and final period. */
export function firstSentence(text: string): string {
  const plain = text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(.*?[.!?])(\s|$)/.exec(plain);
  const sentence = m ? m[1] : plain;
  return sentence.replace(/[.]$/, '');
}

/** "The profile's name" → "the profile's name"; "ISO date" stays. */
function lowerFirst(s: string): string {
  // German nouns keep their capital ("Stufe: normal, caution, dealbreaker").
  if (uiLanguage() === 'de') return s;
  if (s.length > 1 && /[A-Z]/.test(s[0]) && /[a-z ']/.test(s[1])) return s[0].toLowerCase() + s.slice(1);
  return s;
}

/**
 * Simple anchored patterns in words: "^[\\p{L}_][\\p{L}\\p{M}\\p{N}_-]*$" (any script's letters and
 * digits) or "^[A-Za-z_][A-Za-z0-9_-]*$" → "a letter or _, then
 * letters, digits, _ or -"; "^[A-Za-z]{3}$" → "3 letters". Undefined for anything else, when the
 * caller falls back to the schema's description.
 */
export function patternWords(pattern: string): string | undefined {
  const m = /^\^((?:\[[^\]]+\](?:[*+?]|\{\d+(?:,\d*)?\})?)+)\$$/.exec(pattern);
  if (!m) return undefined;
  const parts: string[] = [];
  const re = /\[([^\]]+)\]([*+?]|\{(\d+)(?:,(\d*))?\})?/g;
  let part: RegExpExecArray | null;
  while ((part = re.exec(m[1]))) {
    const classes = classWords(part[1]);
    if (!classes) return undefined;
    const q = part[2];
    if (!q) parts.push(orWords(classes.single));
    else if (q === '*' || q === '+') parts.push(orWords(classes.plural));
    else if (q === '?') parts.push(l10n.t('optionally {0}', orWords(classes.single)));
    else {
      const lo = part[3];
      const hi = part[4];
      const count = hi === undefined ? lo : hi === '' ? l10n.t('{0} or more', lo) : l10n.t('{0} to {1}', lo, hi);
      parts.push(`${count} ${orWords(classes.plural)}`);
    }
  }
  return parts.length === 1 ? parts[0] : l10n.t('{0}, then {1}', parts[0], parts.slice(1).join(l10n.t(', then ')));
}

function classWords(cls: string): { single: string[]; plural: string[] } | undefined {
  if (cls.startsWith('^')) return undefined;
  const single: string[] = [];
  const plural: string[] = [];
  let rest = cls;
  const take = (re: RegExp): boolean => {
    const m = re.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
    return true;
  };
  let letters = false;
  while (rest) {
    if (take(/^A-Za-z|^a-zA-Z|^\\p\{L\}/)) letters = true;
    // Accents written as combining marks (macOS writes "ö" so) are part of the letter.
    else if (take(/^\\p\{M\}/)) continue;
    else if (take(/^a-z/)) { single.push(l10n.t('a lowercase letter')); plural.push(l10n.t('lowercase letters')); }
    else if (take(/^A-Z/)) { single.push(l10n.t('an uppercase letter')); plural.push(l10n.t('uppercase letters')); }
    else if (take(/^0-9|^\\d|^\\p\{N\}/)) { single.push(l10n.t('a digit')); plural.push(l10n.t('digits')); }
    else if (/^[^\\]-./.test(rest)) return undefined; // a range such as a-f: not worth words
    else if (take(/^\\[\\.\-_]/) || take(/^[^\\\]]/)) {
      const ch = cls[cls.length - rest.length - 1];
      single.push(ch);
      plural.push(ch);
    } else return undefined;
    if (letters) {
      single.unshift(l10n.t('a letter'));
      plural.unshift(l10n.t('letters'));
      letters = false;
    }
  }
  return { single, plural };
}

function orWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return l10n.t('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1]);
}
