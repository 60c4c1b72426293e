// The meaning checks of a profile (docs/reference.md, “Problems the editor reports”), beyond what
// the JSON Schema can say: criteria that name unknown facts or use a matcher or argument that does
// not fit the fact, option lists with duplicates, thresholds in the wrong order, referrals naming
// unknown facts or values, and lessons the profile no longer classifies as expected. Each problem
// sits on the exact node.
import * as l10n from '@vscode/l10n';
import { MATCHERS, MATCHERS_BY_TYPE, VERDICTS, type FactSpec, type MatcherKind, type Profile, type VerdictOutcomes } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { PathSegment } from '../../parser/astNavigation';
import { entries, isObject } from '../../model/profileModel';
import type { Problem } from '../../model/problem';
import type { LessonJudgement } from '../../engine';
import {
  factNamesOf, listNames, oddNumberWarning, optionValues, orList, problem, rangeAtPath, scalarText, shown, suggester, type Suggestion,
} from './problemHelpers';
import { checkArgument, checkValue } from './valueChecks';
import { verdictName } from '../verdictWords';
import { checkFromOffer, checkSelfQuestions, checkSeverity } from './levelChecks';
import { checkReplies } from './replyChecks';

/** What running one lesson gave: its verdict, or why its prospect could not be read. */
export interface LessonOutcome {
  /** The lesson's index in `profile.lessons` (the lessons the model could build). */
  index: number;
  result: { ok: true; verdict: VerdictOutcomes; uri: string; judgement: LessonJudgement } | { ok: false; message: string };
}

type Obj = Record<string, unknown>;

interface Ctx {
  parsed: ParsedDocument;
  profile: Profile;
  /** Every name under `facts:`, typed or not, in profile order. */
  factNames: string[];
  factSet: Set<string>;
  facts: Map<string, FactSpec>;
  suggest: (name: string, candidates: readonly string[]) => Suggestion;
  out: Problem[];
}

export function checkProfile(parsed: ParsedDocument, profile: Profile, lessons: LessonOutcome[]): Problem[] {
  const value = parsed.value;
  if (!parsed.yaml || !isObject(value)) return [];
  const factNames = factNamesOf(value);
  const ctx: Ctx = {
    parsed, profile, factNames, factSet: new Set(factNames), facts: new Map(profile.facts.map((f) => [f.name, f])), suggest: suggester(), out: [],
  };
  checkOptions(ctx, value.facts);
  checkCriteria(ctx, value.criteria);
  ctx.out.push(...checkSelfQuestions(parsed, value.facts, value.criteria));
  checkThresholds(ctx, value.verdict);
  checkReferrals(ctx, value.referrals);
  checkLessons(ctx, value.lessons, lessons);
  ctx.out.push(...checkReplies(parsed));
  return ctx.out;
}

// ----- facts ---------------------------------------------------------------------------------

function checkOptions(ctx: Ctx, facts: unknown): void {
  if (!isObject(facts)) return;
  for (const [name, fact] of entries(facts)) {
    if (!isObject(fact) || !Array.isArray(fact.options)) continue;
    // The first option's path, not its range: finding a range walks the YAML from the root, so
    // it is done only for the rare duplicate, not for every option of every fact.
    const firstAt = new Map<string, PathSegment[]>();
    fact.options.forEach((option: unknown, j: number) => {
      const isPlain = scalarText(option) !== undefined;
      const text = isPlain ? scalarText(option) : isObject(option) ? scalarText(option.value) : undefined;
      if (text === undefined) return;
      const path: PathSegment[] = isPlain ? ['facts', name, 'options', j] : ['facts', name, 'options', j, 'value'];
      const first = firstAt.get(text);
      if (first === undefined) {
        firstAt.set(text, path);
        return;
      }
      const firstLine = rangeAtPath(ctx.parsed, first).start.line;
      ctx.out.push(problem(rangeAtPath(ctx.parsed, path), 'error',
        l10n.t('The option "{0}" of {1} is listed twice (first on line {2}); each option needs its own value.', shown(text), shown(name), firstLine + 1),
        'duplicate-id'));
    });
  }
}

// ----- criteria ------------------------------------------------------------------------------

function checkCriteria(ctx: Ctx, criteria: unknown): void {
  if (!Array.isArray(criteria)) return;
  const firstIndex = new Map<string, number>();
  criteria.forEach((c: unknown, i: number) => {
    if (!isObject(c)) return;
    checkId(ctx, c, i, firstIndex);
    const level = checkSeverity(ctx.parsed, c, i);
    if (level) ctx.out.push(level);
    const factName = scalarText(c.fact);
    if (factName === undefined) return;
    if (!ctx.factSet.has(factName)) {
      ctx.out.push(unknownFact(ctx, ['criteria', i, 'fact'], factName, 'unknown-fact'));
      return;
    }
    const fact = ctx.facts.get(factName);
    if (!fact) return; // the fact itself is broken; the schema check says how
    for (const matcher of MATCHERS) {
      if (!Object.prototype.hasOwnProperty.call(c, matcher)) continue;
      if (!MATCHERS_BY_TYPE[fact.type].includes(matcher)) ctx.out.push(wrongMatcher(ctx, fact, matcher, i));
      else checkMatcherArgument(ctx, fact, matcher, c[matcher], ['criteria', i, matcher]);
    }
  });
}

function checkId(ctx: Ctx, c: Obj, i: number, firstIndex: Map<string, number>): void {
  const id = scalarText(c.id);
  if (id === undefined) return;
  // As for options: the index now, the range (a walk from the root) only for a duplicate.
  const first = firstIndex.get(id);
  if (first === undefined) {
    firstIndex.set(id, i);
    return;
  }
  const firstLine = rangeAtPath(ctx.parsed, ['criteria', first, 'id']).start.line;
  ctx.out.push(problem(rangeAtPath(ctx.parsed, ['criteria', i, 'id']), 'error',
    l10n.t('The id "{0}" is already used by the criterion on line {1}; each criterion needs its own id.', shown(id), firstLine + 1),
    'duplicate-id'));
}

function wrongMatcher(ctx: Ctx, fact: FactSpec, matcher: MatcherKind, i: number): Problem {
  const allowed = MATCHERS_BY_TYPE[fact.type];
  const hint = ctx.suggest(matcher, allowed);
  return problem(rangeAtPath(ctx.parsed, ['criteria', i, matcher], 'key'), 'error',
    l10n.t('A {0} fact is compared with {1}, not "{2}".', fact.type, orList(allowed), matcher) + hint.text,
    'matcher-type', hint.replacement);
}

/** Options are checked item by item (to point at the one that is wrong); the rest by the engine. */
function checkMatcherArgument(ctx: Ctx, fact: FactSpec, matcher: MatcherKind, arg: unknown, path: PathSegment[]): void {
  if (checkFromOffer(ctx.parsed, ctx.profile.offer, fact, matcher, arg, path, ctx.suggest, ctx.out)) return;
  if (fact.type === 'choice' || fact.type === 'tags') {
    const items = Array.isArray(arg) ? arg : [arg];
    const before = ctx.out.length;
    items.forEach((item: unknown, j: number) => {
      const text = scalarText(item);
      if (text === undefined) return;
      const itemPath = Array.isArray(arg) ? [...path, j] : path;
      const p = notAnOption(ctx, fact, text, itemPath, 'not-an-option');
      if (p) ctx.out.push(p);
    });
    if (ctx.out.length > before) return;
  }
  const r = checkArgument(fact, matcher, arg);
  if (!r.ok) ctx.out.push(problem(rangeAtPath(ctx.parsed, r.at !== undefined ? [...path, r.at] : path), 'error', r.message, 'bad-argument'));
  else if (fact.type === 'number' || fact.type === 'money') {
    const paths = Array.isArray(arg) ? arg.map((_, j) => [...path, j]) : [path];
    for (const p of paths) {
      const odd = oddNumberWarning(ctx.parsed, p);
      if (odd) ctx.out.push(odd);
    }
  }
}

// ----- thresholds ----------------------------------------------------------------------------

function checkThresholds(ctx: Ctx, verdict: unknown): void {
  const { fit, borderline } = ctx.profile.verdict;
  if (borderline <= fit) return;
  // Point at the threshold the author wrote; with only one of them written, that one.
  const written = isObject(verdict) && typeof verdict.borderline === 'number' ? 'borderline' : 'fit';
  ctx.out.push(problem(rangeAtPath(ctx.parsed, ['verdict', written]), 'error',
    l10n.t('borderline ({0}) is above fit ({1}), so no prospect can ever be borderline. Set borderline to at most fit.', borderline, fit),
    'thresholds'));
}

// ----- referrals -----------------------------------------------------------------------------

function checkReferrals(ctx: Ctx, referrals: unknown): void {
  if (!Array.isArray(referrals)) return;
  referrals.forEach((r: unknown, i: number) => {
    if (!isObject(r)) return;
    // `unless` has the shape of `when`, and is checked the same way.
    for (const key of ['when', 'unless'] as const) if (isObject(r[key])) checkCondition(ctx, r[key], ['referrals', i, key]);
  });
}

function checkCondition(ctx: Ctx, condition: Obj, at: PathSegment[]): void {
  for (const [factName, values] of entries(condition)) {
    const path: PathSegment[] = [...at, factName];
    if (!ctx.factSet.has(factName)) {
      ctx.out.push(unknownFact(ctx, path, factName, 'referral-fact', 'key'));
      continue;
    }
    const fact = ctx.facts.get(factName);
    if (!fact) continue;
    const items = Array.isArray(values) ? values : [values];
    items.forEach((item: unknown, j: number) => {
      const itemPath = Array.isArray(values) ? [...path, j] : path;
      const text = scalarText(item);
      if (text === undefined) return;
      if (fact.type === 'choice' || fact.type === 'tags') {
        const p = notAnOption(ctx, fact, text, itemPath, 'referral-fact');
        if (p) ctx.out.push(p);
        return;
      }
      const v = checkValue(fact, item);
      if (!v.ok) ctx.out.push(problem(rangeAtPath(ctx.parsed, itemPath), 'error', v.message, 'referral-fact'));
    });
  }
}

// ----- lessons -------------------------------------------------------------------------------

function checkLessons(ctx: Ctx, rawLessons: unknown, outcomes: LessonOutcome[]): void {
  if (!Array.isArray(rawLessons)) return;
  const yamlIndex = lessonIndexes(rawLessons);
  for (const outcome of outcomes) {
    const i = yamlIndex[outcome.index];
    const lesson = ctx.profile.lessons[outcome.index];
    if (i === undefined || !lesson) continue;
    const r = outcome.result;
    if (!r.ok) {
      ctx.out.push(problem(rangeAtPath(ctx.parsed, ['lessons', i, 'prospect']), 'error', r.message, 'lesson-file'));
      continue;
    }
    const rawLesson = rawLessons[i];
    const criterionIds = ctx.profile.criteria.map((c) => c.id);
    if (lesson.because !== undefined && !criterionIds.includes(lesson.because)) {
      const hint = ctx.suggest(lesson.because, criterionIds);
      ctx.out.push(problem(rangeAtPath(ctx.parsed, ['lessons', i, 'because']), 'error',
        l10n.t('"{0}" is not a criterion id of this profile.', shown(lesson.because)) + hint.text + ' ' + l10n.t('Criteria: {0}.', listNames(criterionIds)),
        'unknown-criterion', hint.replacement));
      continue;
    }
    const j = r.judgement;
    if (j.holds) continue;
    // The client's name, and what they taught, marked as such (the verdicts in words, not keys).
    const who = lesson.learned !== undefined && oneLine(lesson.learned) !== ''
      ? l10n.t('Past client: {0}. Learned: {1}', oneLine(r.verdict.prospect), oneLine(lesson.learned))
      : l10n.t('Past client: {0}', oneLine(r.verdict.prospect));
    const expected = verdictName(lesson.expect);
    const actual = verdictName(j.actual);
    const becauseWord = j.becauseOutcome === 'met' ? l10n.t('met') : j.becauseOutcome === 'unmet' ? l10n.t('unmet') : l10n.t('unknown');
    if (j.failed === 'because') {
      const path: PathSegment[] = isObject(rawLesson) && rawLesson.because !== undefined ? ['lessons', i, 'because'] : ['lessons', i, 'expect'];
      const says = lesson.asOf === 'firstCall'
        ? l10n.t('The verdict at the first call is {0} as expected, but not because of {1}: that criterion was {2}.', actual, lesson.because!, becauseWord)
        : l10n.t('The verdict is {0} as expected, but not because of {1}: that criterion is {2}.', actual, lesson.because!, becauseWord);
      ctx.out.push(problem(rangeAtPath(ctx.parsed, path), 'error', `${says} ${who}`, 'lesson-verdict'));
      continue;
    }
    let says: string;
    if (lesson.asOf === 'firstCall') {
      says = j.score === null
        ? l10n.t('This lesson expects {0} at the first call, but the profile says {1} there (no score).', expected, actual)
        : l10n.t('This lesson expects {0} at the first call, but the profile says {1} there (score {2}).', expected, actual, j.score);
    } else {
      says = j.score === null
        ? l10n.t('This lesson expects {0}, but the profile now says {1} (no score).', expected, actual)
        : l10n.t('This lesson expects {0}, but the profile now says {1} (score {2}).', expected, actual, j.score);
    }
    ctx.out.push(problem(rangeAtPath(ctx.parsed, ['lessons', i, 'expect']), 'error', `${says} ${who}`, 'lesson-verdict'));
  }
}

/**
 * Where each of `profile.lessons` stands in the YAML list: the model keeps only the lessons with
 * a path and a known `expect` (buildLesson in profileModel.ts), so the same rule is applied here.
 */
function lessonIndexes(raw: unknown[]): number[] {
  const out: number[] = [];
  raw.forEach((l: unknown, i: number) => {
    if (!isObject(l)) return;
    const prospect = scalarText(l.prospect);
    const expect = scalarText(l.expect);
    if (prospect && expect && (VERDICTS as readonly string[]).includes(expect)) out.push(i);
  });
  return out;
}

// ----- shared --------------------------------------------------------------------------------

function unknownFact(ctx: Ctx, path: PathSegment[], name: string, code: 'unknown-fact' | 'referral-fact', part: 'key' | 'value' = 'value'): Problem {
  const hint = ctx.suggest(name, ctx.factNames);
  const known = ctx.factNames.length === 0
    ? ' ' + l10n.t('The profile defines no facts yet: add it under facts:.')
    : ' ' + l10n.t('Known facts: {0}.', listNames(ctx.factNames));
  return problem(rangeAtPath(ctx.parsed, path, part), 'error', l10n.t('Unknown fact "{0}".', shown(name)) + hint.text + known, code, hint.replacement);
}

function notAnOption(ctx: Ctx, fact: FactSpec, text: string, path: PathSegment[], code: 'not-an-option' | 'referral-fact'): Problem | undefined {
  const options = optionValues(fact.options);
  // Without options a fact cannot constrain its values (the engine accepts any), so nothing to say.
  if (options.length === 0 || options.includes(text)) return undefined;
  const hint = ctx.suggest(text, options);
  const known = ' ' + l10n.t('Options: {0}.', listNames(options));
  return problem(rangeAtPath(ctx.parsed, path), 'error',
    l10n.t('"{0}" is not an option of {1}.', shown(text), fact.name) + hint.text + known, code, hint.replacement);
}

/** The lesson's words on one line, cut only when far longer than a lesson is. */
function oneLine(text: string): string {
  const flat = text.slice(0, 400).replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
