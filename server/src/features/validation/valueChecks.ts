// The engine reads values and matcher arguments (engine/values.ts); this adapter turns its answer
// into what a diagnostic needs: a sentence, and which list item is wrong, so the problem can sit
// on that item rather than on the whole list. The sentence is in the UI language (the engine
// writes the same words into reasons in the profile's language).
//
// State owned here: `readable` — per fact spec (WeakMap: gone with its profile version), the
// values already found readable in a language; never cleared otherwise (at
// most MAX_READABLE per fact).
import type { FactSpec, MatcherKind } from '../../../../shared/src/types';
import { isUnknown, parseFactValue, parseMatcherArgument } from '../../engine';
import { uiLanguage } from '../../model/uiLanguage';

export type ValueCheck = { ok: true } | { ok: false; message: string; at?: number };

export function isUnknownValue(raw: unknown): boolean {
  return isUnknown(raw);
}

/** A criterion's matcher argument against its fact (`atLeast: soon` on a duration fails). */
export function checkArgument(fact: FactSpec, matcher: MatcherKind, arg: unknown): ValueCheck {
  const language = uiLanguage();
  const r = parseMatcherArgument(fact, matcher, arg, language);
  if (r.ok) return { ok: true };
  // Each bound of between is read like the argument of atLeast; other lists item by item.
  const itemMatcher: MatcherKind = matcher === 'between' ? 'atLeast' : matcher;
  const at = Array.isArray(arg) && (matcher !== 'between' || arg.length === 2)
    ? arg.findIndex((item: unknown) => !parseMatcherArgument(fact, itemMatcher, item, language).ok)
    : -1;
  return { ok: false, message: sentence(r.message), at: at >= 0 ? at : undefined };
}

const OK: ValueCheck = Object.freeze({ ok: true });

/**
 * The values found readable for each fact (a FactSpec is one profile version's: the entry goes
 * with it), so that ten thousand prospects giving the same few values are read once per value,
 * as the engine judges them (the CLI checks every prospect it judges for errors: reading each
 * value again was ~15% of `evaluate`). Only readable ones: a problem's words are written afresh,
 * in the language of the moment. At most MAX_READABLE values per fact.
 */
const readable = new WeakMap<FactSpec, Set<string>>();
const MAX_READABLE = 256;

/** A text that is the same for two raw values only when they are the same value of the same type; undefined for others. */
function valueKey(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.length <= 200 ? `s${raw}` : undefined;
  if (typeof raw === 'number') return Object.is(raw, -0) ? undefined : `n${String(raw)}`;
  if (typeof raw === 'boolean') return raw ? 'b1' : 'b0';
  if (Array.isArray(raw) && raw.length <= 16) {
    const parts: string[] = [];
    for (const item of raw) {
      const k = Array.isArray(item) ? undefined : valueKey(item);
      if (k === undefined) return undefined;
      parts.push(k);
    }
    return `a${JSON.stringify(parts)}`;
  }
  return undefined;
}

/** A prospect's (or a referral's) value for a fact; call only for a value that is not unknown. */
export function checkValue(fact: FactSpec, raw: unknown): ValueCheck {
  const language = uiLanguage();
  const value = valueKey(raw);
  // keyed with the language too: a value may read in one language and not in another
  const key = value === undefined ? undefined : `${language}:${value}`;
  const known = key === undefined ? undefined : readable.get(fact);
  if (known?.has(key!)) return OK;
  const r = parseFactValue(fact, raw, language);
  if (r.ok) {
    if (key !== undefined) {
      let set = known;
      if (!set) readable.set(fact, (set = new Set()));
      if (set.size < MAX_READABLE) set.add(key);
    }
    return OK;
  }
  const at = fact.type === 'tags' && Array.isArray(raw)
    ? raw.findIndex((item: unknown) => !parseFactValue(fact, [item], language).ok)
    : -1;
  return { ok: false, message: sentence(r.message), at: at >= 0 ? at : undefined };
}

/**
 * The engine writes clauses ("2h is not …") for use inside reasons; a diagnostic ends like a
 * sentence. Not capitalised: most clauses start with a name as written (workingStyle, between).
 */
function sentence(message: string): string {
  const m = message.trim();
  return m === '' || /[.!?…]$/.test(m) ? m : `${m}.`;
}
