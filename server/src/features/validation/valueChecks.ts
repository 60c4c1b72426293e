// The engine reads values and matcher arguments (engine/values.ts); this adapter turns its answer
// into what a diagnostic needs: a sentence, and which list item is wrong, so the problem can sit
// on that item rather than on the whole list. The sentence is in the UI language (the engine
// writes the same words into reasons in the profile's language).
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

/** A prospect's (or a referral's) value for a fact; call only for a value that is not unknown. */
export function checkValue(fact: FactSpec, raw: unknown): ValueCheck {
  const language = uiLanguage();
  const r = parseFactValue(fact, raw, language);
  if (r.ok) return { ok: true };
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
