// The meaning checks of a prospect (docs/reference.md, “Problems the editor reports”): whether its
// profile could be found, and — with a profile — facts the profile does not know and values that do
// not fit the fact (wrong type, not an option, money in another currency, a duration or date that
// cannot be read).
//
// State owned here: `profileFacts` — per profile version (WeakMap on its model: gone with it), its
// fact names and specs.
import * as l10n from '@vscode/l10n';
import type { FactSpec, Prospect } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath, type PathSegment } from '../../parser/astNavigation';
import { isObject } from '../../model/profileModel';
import { metDay } from '../../model/storyModel';
import type { ProfileInfo, ProfileResolution } from '../../model/featureContext';
import type { Problem, ProblemCode } from '../../model/problem';
import {
  factNamesOf, listNames, oddNumberWarning, optionValues, problem, rangeAtPath, scalarText, shown, suggester, type Suggestion,
} from './problemHelpers';
import { checkValue, isUnknownValue } from './valueChecks';

export function checkProspect(
  parsed: ParsedDocument, prospect: Prospect, profile: ProfileInfo | undefined, resolution: ProfileResolution,
): Problem[] {
  // The value alone decides whether there is a problem; the YAML nodes (a full parse, when the
  // fast reader read the prospect) are asked for only to place one. The CLI's evaluate checks
  // every prospect it judges: ten thousand valid ones need no full parse.
  if (!isObject(parsed.value)) return [];
  const met = metProblems(parsed, parsed.value.met);
  if (!resolution.ok) return [...met, resolutionProblem(parsed, resolution)];
  if (!profile) return met;
  const out: Problem[] = met;
  const { known, knownSet, specs } = factsOf(profile);
  const facts = parsed.value.facts;
  if (!isObject(facts)) return out;
  const suggest = suggester();
  for (const written of Object.keys(facts)) {
    const name = written.normalize('NFC');
    if (!knownSet.has(name)) {
      out.push(unknownFact(parsed, written, known, suggest));
      continue;
    }
    const spec = specs.get(name);
    const raw = prospect.facts[name];
    if (spec && !isUnknownValue(raw)) out.push(...valueProblems(parsed, spec, raw, ['facts', name], suggest));
  }
  return out;
}

/** `met:` is a day written ISO (2026-11-20) or German (20.11.2026) that exists. */
function metProblems(parsed: ParsedDocument, raw: unknown): Problem[] {
  if (typeof raw !== 'string' || raw.trim() === '' || metDay(raw) !== undefined) return [];
  const shape = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s*$/.test(raw);
  return [problem(rangeAtPath(parsed, ['met']), 'error', shape
    ? l10n.t('"{0}" is not a day that exists: check the month and the day.', shown(raw))
    : l10n.t('Expected a date written 2026-11-20 or 20.11.2026, found "{0}".', shown(raw)), 'bad-value')];
}

export type Suggester = (name: string, candidates: readonly string[]) => Suggestion;

interface ProfileFacts {
  known: string[];
  knownSet: Set<string>;
  specs: Map<string, FactSpec>;
}

/** The facts of each profile version, looked up by every prospect it judges (see factsOf). */
const profileFacts = new WeakMap<ProfileInfo['profile'], ProfileFacts>();

/** The profile's fact names as written (else as modelled) and its specs by name, once per profile version. */
function factsOf(profile: ProfileInfo): ProfileFacts {
  let f = profileFacts.get(profile.profile);
  if (!f) {
    const written = factNamesOf(profile.parsed.value);
    const known = written.length > 0 ? written : profile.profile.facts.map((x) => x.name);
    f = { known, knownSet: new Set(known), specs: new Map(profile.profile.facts.map((x) => [x.name, x])) };
    profileFacts.set(profile.profile, f);
  }
  return f;
}

function resolutionProblem(parsed: ParsedDocument, r: Extract<ProfileResolution, { ok: false }>): Problem {
  const code: ProblemCode = r.reason === 'ambiguous' ? 'profile-ambiguous' : r.reason === 'outside' ? 'path-outside' : 'profile-missing';
  const severity = r.reason === 'missing' ? 'warning' : 'error';
  // On the `profile:` value when the prospect names one; else on the first line of the file.
  const at = findAtPath(parsed.yaml, ['profile']);
  const range = at ? rangeAtPath(parsed, ['profile']) : { start: { line: 0, character: 0 }, end: { line: 0, character: parsed.lines.lineText(0).length } };
  return problem(range, severity, r.message, code);
}

function unknownFact(parsed: ParsedDocument, name: string, known: string[], suggest: Suggester): Problem {
  const hint = suggest(name, known);
  const list = known.length === 0
    ? ' ' + l10n.t('The profile defines no facts yet.')
    : ' ' + l10n.t('Known facts: {0}.', listNames(known));
  return problem(rangeAtPath(parsed, ['facts', name], 'key'), 'error',
    l10n.t('The profile does not know the fact "{0}".', shown(name)) + hint.text + list, 'unknown-prospect-fact', hint.replacement);
}

/**
 * A value that is not an option is shown on the value (or the list item) with "did you mean";
 * everything else the engine's value parser says, on the value.
 */
export function valueProblems(parsed: ParsedDocument, fact: FactSpec, raw: unknown, path: PathSegment[], suggest: Suggester): Problem[] {
  const options = optionValues(fact.options);
  const optionProblem = (text: string, itemPath: PathSegment[]): Problem => {
    const hint = suggest(text, options);
    const list = ' ' + l10n.t('Options: {0}.', listNames(options));
    return problem(rangeAtPath(parsed, itemPath), 'error',
      l10n.t('"{0}" is not an option of {1}.', shown(text), fact.name) + hint.text + list, 'not-an-option', hint.replacement);
  };
  // Without options any value is accepted (as the engine does).
  if (fact.type === 'choice' && options.length > 0) {
    const text = scalarText(raw);
    if (text !== undefined && !options.includes(text)) return [optionProblem(text, path)];
  }
  if (fact.type === 'tags' && options.length > 0 && Array.isArray(raw)) {
    const wrong = raw.flatMap((item: unknown, j: number) => {
      const text = scalarText(item);
      return text !== undefined && !options.includes(text) ? [optionProblem(text, [...path, j])] : [];
    });
    if (wrong.length > 0) return wrong;
  }
  const r = checkValue(fact, raw);
  if (!r.ok) return [problem(rangeAtPath(parsed, r.at !== undefined ? [...path, r.at] : path), 'error', r.message, 'bad-value')];
  const odd = typeof raw === 'number' && (fact.type === 'number' || fact.type === 'money') ? oddNumberWarning(parsed, path) : undefined;
  return odd ? [odd] : [];
}
