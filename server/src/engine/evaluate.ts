// The verdict on a prospect, exactly by DESIGN §4. Pure: no I/O, no editor; the same function
// serves the language server, the extension (through the server) and the CLI.
import {
  DEFAULT_THRESHOLDS, MATCHERS,
  type CriterionResult, type CriterionSpec, type FactSpec, type Hint, type Language, type MatcherKind,
  type Outcome, type Profile, type Prospect, type Question, type ReferralSuggestion, type Thresholds,
  type Verdict, type VerdictKind,
} from '../types';
import { findHints } from './hints';
import { applyMatcher, describeExpected } from './matchers';
import { questionFor, reasonLine } from './messages';
import { suggestReferrals } from './referrals';
import { computeScores, effectiveWeight } from './score';
import { isoDay, showPlain } from './show';
import { isUnknown, parseFactValue, parseMatcherArgument } from './values';
import { valueTexts } from './valueMessages';

/** How one criterion came out, with what the verdict, `ask` and the reason line need. */
interface Judgement {
  outcome: Outcome;
  /** Why it is unknown although something was written (a wrong value or a broken criterion). */
  problem?: string;
  /** The criterion itself cannot be checked (unknown fact, matcher or argument): asking won't help. */
  criterionBroken?: boolean;
}

interface Judged {
  index: number;
  criterion: CriterionSpec;
  fact: FactSpec | undefined;
  weight: number;
  dealbreaker: boolean;
  judgement: Judgement;
  result: CriterionResult;
}

function list<T>(x: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(x) ? x : [];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A name or text from the model, as a string whatever it is. */
function text(x: unknown, fallback = ''): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return fallback;
}

/** A value as written, made JSON-safe: a Date (YAML 1.1 timestamp) becomes its ISO day. */
function jsonValue(raw: unknown): unknown {
  if (raw instanceof Date) return isoDay(raw);
  if (Array.isArray(raw)) return raw.map(jsonValue);
  return raw;
}

// ----- one criterion ---------------------------------------------------------------------------

/**
 * The outcome of one criterion. A value that is written but cannot be read (wrong type, wrong
 * currency, not an option) counts as unknown for scoring, exactly like a missing one: the verdict
 * never guesses. The language service reports such a value as a diagnostic on its line.
 * A criterion that cannot be checked at all (unknown fact, matcher that does not fit, wrong
 * argument: errors the profile's diagnostics report) is unknown as well and counts against
 * `known`, so a broken profile cannot make a prospect look better understood than it is.
 */
function judge(criterion: CriterionSpec, fact: FactSpec | undefined, raw: unknown, language: Language): Judgement {
  const t = valueTexts(language);
  if (!fact) return { outcome: 'unknown', problem: t.unknownFact(text(criterion.fact, '?')), criterionBroken: true };
  const matcher = criterion.matcher;
  if (!(MATCHERS as readonly unknown[]).includes(matcher)) {
    return { outcome: 'unknown', problem: t.unknownMatcher(text(matcher, '?')), criterionBroken: true };
  }
  const arg = parseMatcherArgument(fact, matcher as MatcherKind, criterion.expected, language);
  if (!arg.ok) return { outcome: 'unknown', problem: arg.message, criterionBroken: true };
  if (isUnknown(raw)) return { outcome: 'unknown' };
  const value = parseFactValue(fact, raw, language);
  if (!value.ok) return { outcome: 'unknown', problem: value.message };
  const match = applyMatcher(matcher as MatcherKind, value.value, arg.value);
  if (match === 'incomparable') {
    return { outcome: 'unknown', problem: t.differentCurrencies(showPlain(raw, language), describeExpected(criterion, fact, language)) };
  }
  return { outcome: match };
}

function criterionResult(j: Omit<Judged, 'result'>, raw: unknown, language: Language): CriterionResult {
  const { criterion, fact, judgement } = j;
  // `expected` is part of the JSON contract and reads the same for every profile (DESIGN §4 shows
  // "one of intuitive, structured" for a German profile), like the verdict ids; the reason line
  // is for people and speaks the profile's language.
  const expected = describeExpected(criterion, fact, 'en');
  const expectedInWords = language === 'en' ? expected : describeExpected(criterion, fact, language);
  const why = typeof criterion.why === 'string' && criterion.why.trim() !== '' ? criterion.why : undefined;
  const known = judgement.outcome !== 'unknown';
  const reason = reasonLine({
    outcome: judgement.outcome,
    dealbreaker: j.dealbreaker,
    value: known ? showPlain(raw, language) : undefined,
    expected: expectedInWords,
    why,
    problem: judgement.problem,
    criterionBroken: judgement.criterionBroken,
  }, language);
  // Keys in the order of DESIGN §4; absent ones left out rather than set to undefined.
  const result: CriterionResult = {
    id: text(criterion.id, `criterion-${j.index + 1}`),
    fact: text(criterion.fact),
    outcome: judgement.outcome,
    ...(j.dealbreaker ? { dealbreaker: true as const } : { weight: j.weight }),
    ...(known ? { value: jsonValue(raw) } : {}),
    expected,
    ...(why !== undefined ? { why } : {}),
    reason,
  };
  return result;
}

// ----- the verdict -----------------------------------------------------------------------------

function thresholdsOf(profile: Profile): Thresholds {
  const raw: unknown = profile.verdict;
  const t: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!isObject(raw)) return t;
  for (const key of ['fit', 'borderline', 'minKnown'] as const) {
    const v = raw[key];
    if (typeof v === 'number' && Number.isFinite(v)) t[key] = v;
  }
  return t;
}

/** DESIGN §4, the first rule that applies. */
function decide(judged: readonly Judged[], score: number | null, known: number, t: Thresholds): VerdictKind {
  const dealbreakers = judged.filter((j) => j.dealbreaker);
  if (dealbreakers.some((j) => j.judgement.outcome === 'unmet')) return 'no-fit';
  if (known < t.minKnown) return 'undetermined';
  if (score === null || score >= t.fit) {
    return dealbreakers.every((j) => j.judgement.outcome !== 'unknown') ? 'fit' : 'undetermined';
  }
  if (score >= t.borderline) return 'borderline';
  return 'no-fit';
}

/** Questions for the facts behind unknown outcomes, once per fact: dealbreakers, weight, order. */
function questions(judged: readonly Judged[], language: Language): Question[] {
  const byFact = new Map<string, { fact: FactSpec; dealbreaker: boolean; weight: number; index: number }>();
  for (const j of judged) {
    if (j.judgement.outcome !== 'unknown' || j.judgement.criterionBroken || !j.fact) continue;
    const seen = byFact.get(j.fact.name);
    if (!seen) byFact.set(j.fact.name, { fact: j.fact, dealbreaker: j.dealbreaker, weight: j.dealbreaker ? 0 : j.weight, index: j.index });
    else {
      seen.dealbreaker ||= j.dealbreaker;
      if (!j.dealbreaker) seen.weight = Math.max(seen.weight, j.weight);
    }
  }
  return [...byFact.values()]
    // Dealbreakers carry no weight: among them, profile order alone decides.
    .sort((a, b) => Number(b.dealbreaker) - Number(a.dealbreaker)
      || (a.dealbreaker ? 0 : b.weight - a.weight)
      || a.index - b.index)
    .map((e) => ({ fact: e.fact.name, question: questionFor(e.fact, language) }));
}

function evaluateUnchecked(profile: Profile, prospect: Prospect): Verdict {
  const language: Language = profile.language === 'de' ? 'de' : 'en';
  const facts = list(profile.facts).filter((f): f is FactSpec => isObject(f) && typeof f.name === 'string');
  const factByName = new Map<string, FactSpec>();
  for (const f of facts) if (!factByName.has(f.name)) factByName.set(f.name, f);

  // Own keys only: a fact named "constructor" must not find Object.prototype.constructor.
  const written: unknown = isObject(prospect) ? prospect.facts : undefined;
  const valueOf = (name: string): unknown =>
    isObject(written) && Object.prototype.hasOwnProperty.call(written, name) ? written[name] : undefined;

  const judged: Judged[] = [];
  list(profile.criteria).forEach((criterion, index) => {
    if (!isObject(criterion)) return;
    const fact = factByName.get(text(criterion.fact));
    const raw = fact ? valueOf(fact.name) : undefined;
    const dealbreaker = criterion.dealbreaker === true;
    const base = { index, criterion, fact, weight: effectiveWeight(criterion.weight), dealbreaker, judgement: judge(criterion, fact, raw, language) };
    judged.push({ ...base, result: criterionResult(base, raw, language) });
  });

  const { score, known } = computeScores(judged.filter((j) => !j.dealbreaker).map((j) => ({ weight: j.weight, outcome: j.judgement.outcome })));
  const verdict = decide(judged, score, known, thresholdsOf(profile));
  const referrals: ReferralSuggestion[] = verdict === 'no-fit' ? suggestReferrals(list(profile.referrals), factByName, valueOf) : [];
  const hints: Hint[] = isObject(prospect) ? findHints(facts, valueOf, prospect) : [];

  return {
    prospect: text(isObject(prospect) ? prospect.prospect : undefined),
    profile: text(profile.profile),
    verdict,
    score,
    known,
    criteria: judged.map((j) => j.result),
    dealbreakers: judged.filter((j) => j.dealbreaker && j.judgement.outcome === 'unmet').map((j) => j.result.id),
    ask: questions(judged, language),
    referrals,
    hints,
  };
}

/** A name read from an object that may throw on access (only on the path after a failure). */
function guarded(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}

/**
 * Evaluates a prospect against a profile (DESIGN §4). Never throws: a model too broken to
 * evaluate yields an undetermined verdict with nothing in it (the diagnostics say what is wrong).
 */
export function evaluate(profile: Profile, prospect: Prospect): Verdict {
  try {
    if (!isObject(profile)) throw new TypeError('no profile');
    return evaluateUnchecked(profile, prospect);
  } catch {
    return {
      prospect: guarded(() => text(isObject(prospect) ? prospect.prospect : undefined)),
      profile: guarded(() => text(isObject(profile) ? profile.profile : undefined)),
      verdict: 'undetermined', score: null, known: 0,
      criteria: [], dealbreakers: [], ask: [], referrals: [], hints: [],
    };
  }
}
