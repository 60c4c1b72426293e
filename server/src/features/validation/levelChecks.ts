// The meaning checks of the keys that say how much a criterion counts and where a value comes
// from (docs/reference.md, “Problems the editor reports”): `severity` that contradicts
// `dealbreaker:`, a fact of your own (`source: self`) whose question a criterion would ask, and
// a matcher argument `{ fromOffer: key }` naming an offer key that is missing or whose value does
// not fit the fact. Each problem sits on the exact node.
import * as l10n from '@vscode/l10n';
import type { FactSpec, MatcherKind, Offer } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { PathSegment } from '../../parser/astNavigation';
import { entries, isObject } from '../../model/profileModel';
import type { Problem } from '../../model/problem';
import { fromOfferKey, offerValue } from '../../engine/offer';
import { listNames, optionValues, problem, rangeAtPath, scalarText, shown, type Suggestion } from './problemHelpers';
import { checkArgument } from './valueChecks';

type Obj = Record<string, unknown>;

/** The offer keys the schema knows, for "did you mean" when the offer has none written. */
const OFFER_KEYS = ['services', 'hoursPerWeek', 'responseTime', 'channels', 'workingStyle'];

/** `severity` and `dealbreaker:` both written and saying different things: an error on `dealbreaker`. */
export function checkSeverity(parsed: ParsedDocument, c: Obj, i: number): Problem | undefined {
  const severity = c.severity;
  if (typeof severity !== 'string' || typeof c.dealbreaker !== 'boolean') return undefined;
  if ((severity === 'dealbreaker') === c.dealbreaker) return undefined;
  return problem(rangeAtPath(parsed, ['criteria', i, 'dealbreaker']), 'error',
    l10n.t('"dealbreaker: {0}" contradicts "severity: {1}": keep one of them (severity: dealbreaker is the same as dealbreaker: true).', String(c.dealbreaker), severity),
    'severity-conflict');
}

/**
 * A fact of your own (`source: self`) is never asked, so a question written for it, on a fact a
 * criterion judges, would never be shown: a warning on the question.
 */
export function checkSelfQuestions(parsed: ParsedDocument, facts: unknown, criteria: unknown): Problem[] {
  if (!isObject(facts)) return [];
  const judged = new Set<string>();
  if (Array.isArray(criteria)) for (const c of criteria) if (isObject(c) && typeof c.fact === 'string') judged.add(c.fact);
  const out: Problem[] = [];
  for (const [name, fact] of entries(facts)) {
    if (!isObject(fact) || fact.source !== 'self' || typeof fact.question !== 'string' || !judged.has(name)) continue;
    out.push(problem(rangeAtPath(parsed, ['facts', name, 'question']), 'warning',
      l10n.t('{0} is your own observation (source: self): this question is never asked; the fact is listed to note after the call instead.', name),
      'self-question'));
  }
  return out;
}

/**
 * `{ fromOffer: key }` as a matcher argument: the key must be one the offer has, and its value
 * must be an argument this matcher takes for this fact. True when the argument was one (checked
 * here, whatever the outcome), so the caller does not check the mapping as a value.
 */
export function checkFromOffer(
  parsed: ParsedDocument, offer: Offer | undefined, fact: FactSpec, matcher: MatcherKind, arg: unknown, path: PathSegment[],
  suggest: (name: string, candidates: readonly string[]) => Suggestion, out: Problem[],
): boolean {
  const key = fromOfferKey(arg);
  if (key === undefined) return false;
  if (key === '') return true; // not a name: the schema says so
  const at = [...path, 'fromOffer'];
  const value = offerValue(offer, key);
  if (value === undefined) {
    const written = isObject(offer) ? Object.keys(offer).filter((k) => offerValue(offer, k) !== undefined) : [];
    const hint = suggest(key, written.length > 0 ? written : OFFER_KEYS);
    const known = written.length > 0
      ? ' ' + l10n.t('Your offer has: {0}.', listNames(written))
      : ' ' + l10n.t('Add it under offer: first.');
    out.push(problem(rangeAtPath(parsed, at), 'error', l10n.t('Your offer has no "{0}".', shown(key)) + hint.text + known, 'offer-key', hint.replacement));
    return true;
  }
  const wrong = offerArgumentProblem(fact, matcher, value);
  if (wrong !== undefined) {
    out.push(problem(rangeAtPath(parsed, at), 'error',
      l10n.t('offer.{0} ({1}) does not fit {2} here: {3}', key, shown(value), fact.name, wrong), 'offer-key'));
  }
  return true;
}

/** Why an offer value cannot be this matcher's argument for this fact, or undefined when it can. */
function offerArgumentProblem(fact: FactSpec, matcher: MatcherKind, value: unknown): string | undefined {
  if (fact.type === 'choice' || fact.type === 'tags') {
    const options = optionValues(fact.options);
    const items = Array.isArray(value) ? value : [value];
    const strays = items.map(scalarText).filter((t): t is string => t !== undefined && options.length > 0 && !options.includes(t));
    if (strays.length > 0) return l10n.t('{0} is not an option of {1} (options: {2}).', strays.map(shown).join(', '), fact.name, listNames(options));
  }
  const r = checkArgument(fact, matcher, value);
  return r.ok ? undefined : r.message;
}
