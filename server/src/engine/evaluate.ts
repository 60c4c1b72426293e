// The verdict on a prospect, exactly by docs/reference.md, “How the verdict is computed”. Pure: no
// I/O, no editor; the same function serves the language server, the extension (through the server)
// and the CLI.
//
// State owned here (all of it derived, none of it ever wrong, each with its one way out):
//   CompiledCriterion.byValue — each criterion's judgement and result by the value judged (at
//                  most MAX_REMEMBERED_VALUES); lives and dies with its CompiledProfile
//   judgementsOf — per verdict (a WeakMap): what the next verdict on that prospect takes over
//                  (the criteria's judgements, the hints); gone with the verdict
//   factsSame    — per compiled profile (a WeakMap): whether its facts are those of the one
//                  compared with last; gone with the compiled profile
//   listKeys     — one key object per list of values seen (see valueKey); emptied at 4,096
// The results shared through byValue are frozen, so that whoever keeps one cannot change it
// under another prospect; the report writers remember their text only for those (isFrozen).
import {
  DEFAULT_THRESHOLDS, MATCHERS, STATUSES,
  type CriterionResult, type CriterionSpec, type FactSpec, type Hint, type Language, type MatcherKind,
  type Observation, type Outcome, type Profile, type Prospect, type ProspectStatus, type Question, type ReferralSuggestion, type Thresholds,
  type Verdict, type VerdictKind, type VerdictOutcomes,
} from '../../../shared/src/types';
import { factRoles, isKnownValue, selfCheckOf, type FactRoles } from './factRoles';
import { findContradictions, findHints, type Contradiction } from './hints';
import { applyMatcher, describeExpected } from './matchers';
import { questionFor } from './messages';
import { briefSentence, reasonSentence } from './reasonWords';
import { labelOf, offendingWords, targetWords, valueWords } from './valueShown';
import { becauseOf } from './because';
import { suggestReferrals } from './referrals';
import { computeScores, effectiveWeight } from './score';
import { resolveOfferArgument } from './offer';
import { isoDay, oneLine, showPlain } from './show';
import { isUnknown, parseFactValue, parseMatcherArgument, type FactValue, type MatcherArgument } from './values';
import { valueTexts } from './valueMessages';

/** How one criterion came out, with what the verdict, `ask` and the reason line need. */
interface Judgement {
  outcome: Outcome;
  /** Why it is unknown although something was written (a wrong value or a broken criterion). */
  problem?: string;
  /** The criterion itself cannot be checked (unknown fact, matcher or argument): asking won't help. */
  criterionBroken?: boolean;
  /** The range the prospect named, met only in part: its question names the range and the criterion. */
  partly?: { range: string; expected: string };
  /** The value as read (met and unmet), for the reason's words. */
  value?: FactValue;
}

/** What the scores and the verdict's kind are worked out from. */
type Scored = Pick<Judged, 'weight' | 'dealbreaker' | 'caution' | 'judgement'>;

interface Judged {
  index: number;
  fact: FactSpec | undefined;
  weight: number;
  dealbreaker: boolean;
  caution: boolean;
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
 * What a criterion is, independent of any prospect: its fact, its matcher argument read once,
 * its words. Computed once per profile (compileProfile) so that evaluating thousands of
 * prospects against one profile does not read the same argument thousands of times.
 */
interface CompiledCriterion {
  criterion: CriterionSpec;
  fact: FactSpec | undefined;
  weight: number;
  dealbreaker: boolean;
  caution: boolean;
  id: string;
  factText: string;
  /** Set when the criterion cannot be checked whatever the prospect says. */
  broken?: Judgement;
  matcher: MatcherKind;
  arg: MatcherArgument | undefined;
  readonly expected: string;
  readonly expectedInWords: string;
  /** The criterion's label (or its fact's) and what it wants, in the profile's words. */
  label: string;
  readonly target: string;
  why: string | undefined;
  /** Everything the criterion's outcome depends on besides the prospect (see compileProfile). */
  key: string | undefined;
  /**
   * Its judgement and result by the value a prospect gives (see valueKey): most facts take a few
   * values — yes or no, one of some options — and ten thousand prospects need each judged and
   * worded once. The results are frozen: every verdict holding one holds the same object.
   */
  byValue?: Map<ValueKey, Done>;
}

/** A value as byValue's key: the value itself when it is a primitive, else a text (see valueKey). */
type ValueKey = string | number | boolean | null | undefined | ListKey;

/** At most this many values remembered per criterion (a free-text fact would never repeat). */
const MAX_REMEMBERED_VALUES = 256;

/**
 * A key that is the same for two raw values exactly when judge and criterionResult treat them
 * alike: the JSON types that YAML gives, by type and value — a primitive is its own key (a Map
 * tells 1 from "1" and true from "true"; -0, which it would take for 0, is left out), a short list
 * of primitives a ListKey; undefined (not remembered) for anything else — a mapping, a Date, a
 * long list, -0. (A text key per value, "s" + the string, cost a new string and its hash for each
 * of 30 criteria of each of 20,000 evaluations in a diff: ~10% of it.)
 */
function valueKey(raw: unknown): ValueKey | undefined {
  switch (typeof raw) {
    case 'undefined':
    case 'boolean':
      return raw;
    case 'string': return raw.length <= 200 ? raw : undefined;
    case 'number': return Object.is(raw, -0) ? undefined : raw;
    case 'object': {
      if (raw === null) return null;
      if (!Array.isArray(raw) || raw.length > 16) return undefined;
      const parts: string[] = [];
      for (const item of raw) {
        const k = typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' || item === null ? listItemKey(item) : undefined;
        if (k === undefined) return undefined;
        parts.push(k);
      }
      // JSON of the item keys: no item can make two lists read alike.
      return listKey(`a${JSON.stringify(parts)}`);
    }
    default: return undefined;
  }
}

/** A list item as text, its type first ("s…", "n…", "b1", "z"); undefined for -0. */
function listItemKey(item: string | number | boolean | null): string | undefined {
  if (typeof item === 'string') return item.length <= 200 ? `s${item}` : undefined;
  if (typeof item === 'number') return Object.is(item, -0) ? undefined : `n${String(item)}`;
  if (typeof item === 'boolean') return item ? 'b1' : 'b0';
  return 'z';
}

/**
 * A list's key: one object per distinct text, so that a Map compares it by identity as it
 * compares primitives by value, and no string value can be taken for a list.
 */
interface ListKey {
  readonly list: string;
}
const listKeys = new Map<string, ListKey>();
function listKey(text: string): ListKey {
  let k = listKeys.get(text);
  if (!k) {
    if (listKeys.size >= 4096) listKeys.clear();
    listKeys.set(text, (k = Object.freeze({ list: text })));
  }
  return k;
}

/** judge + criterionResult, remembered per criterion and value (see byValue). */
function judgeAndWord(c: CompiledCriterion, raw: unknown, language: Language): Done {
  const key = valueKey(raw);
  // `undefined` is a value here (no value given): whether there is a key is asked apart.
  const keyed = key !== undefined || raw === undefined;
  let done = keyed ? c.byValue?.get(key) : undefined;
  if (done) return done;
  const judgement = judge(c, raw, language);
  done = { judgement, result: criterionResult(c, judgement, raw, language) };
  if (keyed) {
    c.byValue ??= new Map();
    if (c.byValue.size < MAX_REMEMBERED_VALUES) {
      Object.freeze(done.result);
      if (Array.isArray(done.result.value)) Object.freeze(done.result.value);
      c.byValue.set(key, done);
    }
  }
  return done;
}

interface Done {
  judgement: Judgement;
  result: CriterionResult;
}

/**
 * For a verdict: the prospect it judged and each compiled criterion's judgement, so that the
 * next verdict on that prospect (after a profile edit) takes over what did not change.
 */
type Parts = NonNullable<CompiledProfile['parts']>;

const judgementsOf = new WeakMap<Verdict, { prospect: Prospect; done: Map<CompiledCriterion, Done>; parts: Parts; hints: Hint[] }>();

/**
 * Whether two compiled versions of a profile have the same facts: the same fact objects in the
 * same order, in the same language. A fact is built once per object of the parsed value
 * (model/profileModel.ts), and an edit elsewhere leaves that object as it was, so identity is
 * enough — and all the hints read of the profile (names, options, phrases). Then the hints on an
 * unchanged prospect are the same: looking for every phrase in the notes was 0.75 s of four
 * Evaluate All runs over 10,000 prospects (a sixth of the evaluation); an edit to a criterion or
 * a weight now reuses them. Compared once per pair of versions, not once per prospect.
 */
const factsSame = new WeakMap<Parts, { before: Parts; same: boolean }>();
function sameFacts(before: Parts, now: Parts): boolean {
  if (before === now) return true;
  const known = factsSame.get(now);
  if (known?.before === before) return known.same;
  const same = before.language === now.language && before.facts.length === now.facts.length && now.facts.every((f, i) => f === before.facts[i]);
  factsSame.set(now, { before, same });
  return same;
}

/**
 * The outcome of one criterion. A value that is written but cannot be read (wrong type, wrong
 * currency, not an option) counts as unknown for scoring, exactly like a missing one: the verdict
 * never guesses. The language service reports such a value as a diagnostic on its line.
 * A criterion that cannot be checked at all (unknown fact, matcher that does not fit, wrong
 * argument: errors the profile's diagnostics report) is unknown as well and counts against
 * `known`, so a broken profile cannot make a prospect look better understood than it is.
 */
function judge(c: CompiledCriterion, raw: unknown, language: Language): Judgement {
  if (c.broken) return c.broken;
  if (isUnknown(raw)) return { outcome: 'unknown' };
  const value = parseFactValue(c.fact!, raw, language);
  if (!value.ok) return { outcome: 'unknown', problem: value.message };
  const match = applyMatcher(c.matcher, value.value, c.arg!);
  if (match === 'incomparable') {
    return { outcome: 'unknown', problem: valueTexts(language).differentCurrencies(showPlain(raw, language), c.expectedInWords) };
  }
  if (match === 'partly') {
    const range = showPlain(raw, language);
    // What the criterion wants, as its reason line says it ("mindestens 5.000 €", not "5000 EUR").
    return { outcome: 'unknown', problem: valueTexts(language).rangePartly(range, c.target), partly: { range, expected: c.target } };
  }
  return { outcome: match, value: value.value };
}

/** Everything about one criterion that does not depend on the prospect (see judge). */
function compileCriterion(
  criterion: CriterionSpec, index: number, fact: FactSpec | undefined, language: Language, key: string | undefined, offerProblem?: string,
): CompiledCriterion {
  const t = valueTexts(language);
  let broken: Judgement | undefined;
  let arg: MatcherArgument | undefined;
  const matcher = criterion.matcher;
  if (!fact) broken = { outcome: 'unknown', problem: t.unknownFact(text(criterion.fact, '?')), criterionBroken: true };
  else if (offerProblem !== undefined) broken = { outcome: 'unknown', problem: offerProblem, criterionBroken: true };
  else if (!(MATCHERS as readonly unknown[]).includes(matcher)) {
    broken = { outcome: 'unknown', problem: t.unknownMatcher(text(matcher, '?')), criterionBroken: true };
  } else {
    const parsed = parseMatcherArgument(fact, matcher as MatcherKind, criterion.expected, language);
    if (!parsed.ok) broken = { outcome: 'unknown', problem: parsed.message, criterionBroken: true };
    else arg = parsed.value;
  }
  // `expected` is part of the JSON contract and reads the same for every profile (docs/reference.md
  // shows "one of intuitive, structured" for a German profile), like the verdict ids; the reason
  // line is for people and speaks the profile's language.
  // The words are made when a verdict first needs them, not when the criterion is compiled: the
  // checks of a profile compile every criterion, and wording money ("5.000 €") starts the number
  // formats of ICU: ~20 ms of a profile's first diagnostics (the checks of a cold 1,000-line
  // profile took 55 ms under the profiler with the words, 29 without).
  let expected: string | undefined;
  let expectedInWords: string | undefined;
  let target: string | undefined;
  return {
    criterion, fact,
    weight: effectiveWeight(criterion.weight),
    dealbreaker: criterion.dealbreaker === true,
    caution: criterion.dealbreaker !== true && criterion.caution === true,
    id: text(criterion.id, `criterion-${index + 1}`),
    factText: text(criterion.fact),
    broken, matcher: matcher as MatcherKind, arg,
    get expected() {
      return (expected ??= describeExpected(criterion, fact, 'en'));
    },
    get expectedInWords() {
      return (expectedInWords ??= language === 'en' ? this.expected : describeExpected(criterion, fact, language));
    },
    label: labelOf(criterion.label, fact, text(criterion.fact)),
    get target() {
      return (target ??= arg ? targetWords(matcher, arg, fact, language) : this.expectedInWords);
    },
    why: typeof criterion.why === 'string' && criterion.why.trim() !== '' ? criterion.why : undefined,
    key,
  };
}

/**
 * A text that is the same for two criteria exactly when they judge every prospect alike: the
 * criterion, its fact and the language — and its place, where its id defaults to it (a criterion
 * with an id judges alike wherever it stands, so one pasted above it leaves it as it was).
 * Undefined for what cannot be written as JSON (such a criterion is simply compiled again).
 */
function criterionKey(criterion: CriterionSpec, index: number, fact: FactSpec | undefined, language: Language, factKeys: Map<FactSpec, string>): string | undefined {
  keyCounter.count++;
  try {
    let factKey = fact ? factKeys.get(fact) : 'none';
    if (factKey === undefined) {
      factKey = JSON.stringify(fact);
      factKeys.set(fact!, factKey);
    }
    return JSON.stringify([hasOwnId(criterion) ? -1 : index, language, criterion, factKey]);
  } catch {
    return undefined;
  }
}

/** How many criterion keys were written (tests tell a criterion found by its objects from one found by its key). */
export const keyCounter = { count: 0 };

/** Whether the criterion's id is its own, not the default made from its place (see compileCriterion). */
function hasOwnId(criterion: CriterionSpec): boolean {
  const id: unknown = criterion.id;
  return typeof id === 'string' || typeof id === 'number' || typeof id === 'boolean';
}

function criterionResult(c: CompiledCriterion, judgement: Judgement, raw: unknown, language: Language): CriterionResult {
  const known = judgement.outcome !== 'unknown';
  const read = judgement.value;
  const off = judgement.outcome === 'unmet' && read !== undefined && c.arg ? offendingWords(c.matcher, read, c.arg, c.fact, language) : undefined;
  const parts = {
    outcome: judgement.outcome,
    dealbreaker: c.dealbreaker,
    caution: c.caution,
    matcher: c.matcher,
    label: c.label,
    value: known ? (read !== undefined ? valueWords(c.fact, read, language) : showPlain(raw, language)) : undefined,
    target: c.target,
    ...off,
    presentMany: off?.present !== undefined && off.present.includes(language === 'de' ? ' und ' : ' and '),
    why: c.why,
    problem: judgement.problem,
    criterionBroken: judgement.criterionBroken,
  };
  const reason = reasonSentence(parts, language);
  // Keys in the order of the verdict JSON in docs/reference.md; absent ones left out rather than
  // set to undefined (assigned one by one, which keeps that order, rather than spread: this runs
  // for every criterion of every prospect).
  const result = { id: c.id, fact: c.factText, outcome: judgement.outcome } as CriterionResult;
  if (c.dealbreaker) result.dealbreaker = true;
  else result.weight = c.weight;
  if (c.caution) result.caution = true;
  if (known) result.value = jsonValue(raw);
  result.expected = c.expected;
  if (c.why !== undefined) result.why = c.why;
  result.label = c.label;
  result.target = c.target;
  if (off?.present !== undefined) result.shown = off.present;
  else if (parts.value !== undefined) result.shown = parts.value;
  result.reason = reason;
  result.brief = briefSentence(parts, language);
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

/**
 * The verdict: the first rule that applies (docs/reference.md, “How the verdict is computed”).
 * A high score is a fit only when every dealbreaker and every fact to clarify before an offer is
 * known; an unmet caution then makes it borderline.
 */
function decide(judged: readonly Scored[], score: number | null, known: number, t: Thresholds, clarifyOpen: boolean): VerdictKind {
  const dealbreakers = judged.filter((j) => j.dealbreaker);
  if (dealbreakers.some((j) => j.judgement.outcome === 'unmet')) return 'no-fit';
  if (known < t.minKnown) return 'undetermined';
  if (score === null || score >= t.fit) {
    if (clarifyOpen || dealbreakers.some((j) => j.judgement.outcome === 'unknown')) return 'undetermined';
    return judged.some((j) => j.caution && j.judgement.outcome === 'unmet') ? 'borderline' : 'fit';
  }
  if (score >= t.borderline) return 'borderline';
  return 'no-fit';
}

/**
 * Questions for the facts behind unknown outcomes and the facts to clarify before an offer that
 * are unknown, once per fact: dealbreakers, then those to clarify, then by weight, then in order.
 * A fact of your own is never asked (it is in `selfCheck`).
 */
function questions(judged: readonly Judged[], language: Language, asked: Map<string, string>, clarifyOpen: readonly { fact: FactSpec; index: number }[]): Question[] {
  const byFact = new Map<string, { fact: FactSpec; dealbreaker: boolean; weight: number; index: number; partly?: Judgement['partly'] }>();
  for (const j of judged) {
    if (j.judgement.outcome !== 'unknown' || j.judgement.criterionBroken || !j.fact || j.fact.source === 'self') continue;
    const seen = byFact.get(j.fact.name);
    if (!seen) byFact.set(j.fact.name, { fact: j.fact, dealbreaker: j.dealbreaker, weight: j.dealbreaker ? 0 : j.weight, index: j.index, partly: j.judgement.partly });
    else {
      seen.dealbreaker ||= j.dealbreaker;
      if (!j.dealbreaker) seen.weight = Math.max(seen.weight, j.weight);
      seen.partly ??= j.judgement.partly;
    }
  }
  // A fact to clarify that no unknown criterion asks about comes after every criterion's fact.
  for (const { fact, index } of clarifyOpen) {
    if (fact.source !== 'self' && !byFact.has(fact.name)) byFact.set(fact.name, { fact, dealbreaker: false, weight: 0, index: judged.length + index });
  }
  const group = (e: { fact: FactSpec; dealbreaker: boolean }): number => (e.dealbreaker ? 0 : e.fact.clarifyBy === 'offer' ? 1 : 2);
  return [...byFact.values()]
    // Dealbreakers carry no weight: among them, profile order alone decides.
    .sort((a, b) => group(a) - group(b)
      || (a.dealbreaker ? 0 : b.weight - a.weight)
      || a.index - b.index)
    .map((e) => {
      const q: Question = {
        fact: e.fact.name,
        // A range met in part: the question names the range and what the criterion wants of it.
        question: e.partly
          ? valueTexts(language).rangeQuestion(questionOnce(e.fact, language, asked), e.partly.range, e.partly.expected)
          : questionOnce(e.fact, language, asked),
      };
      // The profile's label, for the lists a consultant reads (never in a letter to the client).
      if (typeof e.fact.label === 'string' && e.fact.label.trim() !== '') q.label = oneLine(e.fact.label.trim(), 60);
      return q;
    });
}

/** The question for a fact, worded once per compiled profile. */
function questionOnce(fact: FactSpec, language: Language, asked: Map<string, string>): string {
  let q = asked.get(fact.name);
  if (q === undefined) {
    q = questionFor(fact, language);
    asked.set(fact.name, q);
  }
  return q;
}

/**
 * A profile read once for evaluating any number of prospects against it: its facts by name,
 * each criterion's argument and words, its thresholds. The engine's own objects; build one with
 * compileProfile and keep it as long as the profile does not change.
 */
export interface CompiledProfile {
  readonly profile: Profile;
  /** Undefined when the profile is too broken to evaluate (every verdict is then the fallback). */
  readonly parts: {
    language: Language;
    facts: FactSpec[];
    factByName: Map<string, FactSpec>;
    criteria: CompiledCriterion[];
    /**
     * For each of `criteria`, the criterion and fact objects of this version's model it was
     * compiled or taken over for — a criterion taken over by its key was compiled for another
     * version's objects — by which the next version finds it (see compileProfile).
     */
    seenAs: { criterion: CriterionSpec; fact: FactSpec | undefined }[];
    thresholds: Thresholds;
    questions: Map<string, string>;
    roles: FactRoles;
  } | undefined;
}

/**
 * Reads a profile for evaluation (see CompiledProfile). Never throws. With `reuse`, each
 * criterion is compared with those of `reuse.previous` (an earlier version of the same profile):
 * one that is the same in every respect is taken over with the judgements it already made, so
 * after an edit to one criterion only that criterion is judged again for each prospect.
 */
export function compileProfile(profile: Profile, reuse?: { previous?: CompiledProfile }): CompiledProfile {
  try {
    if (!isObject(profile)) throw new TypeError('no profile');
    const language: Language = profile.language === 'de' ? 'de' : 'en';
    const facts = list(profile.facts).filter((f): f is FactSpec => isObject(f) && typeof f.name === 'string');
    const factByName = new Map<string, FactSpec>();
    for (const f of facts) if (!factByName.has(f.name)) factByName.set(f.name, f);
    const previous = reuse?.previous?.parts;
    const earlier = new Map<string, CompiledCriterion>();
    // The same criterion object with the same fact object (the model takes over what an edit did
    // not touch, model/profileModel.ts): the same criterion, found without writing its key.
    const earlierSpec = new Map<CriterionSpec, { compiled: CompiledCriterion; fact: FactSpec | undefined }[]>();
    if (previous) {
      previous.criteria.forEach((c, i) => {
        if (c.key !== undefined) earlier.set(c.key, c);
        const seen = previous.seenAs[i];
        if (previous.language === language) earlierSpec.set(seen.criterion, [...(earlierSpec.get(seen.criterion) ?? []), { compiled: c, fact: seen.fact }]);
      });
    }
    const factKeys = new Map<FactSpec, string>();
    const criteria: CompiledCriterion[] = [];
    const seenAs: { criterion: CriterionSpec; fact: FactSpec | undefined }[] = [];
    // Each earlier criterion is taken over once (a criterion pasted twice is compiled twice).
    const taken = new Set<CompiledCriterion>();
    const take = (c: CompiledCriterion | undefined): CompiledCriterion | undefined => (c && !taken.has(c) ? (taken.add(c), c) : undefined);
    list(profile.criteria).forEach((criterion, index) => {
      if (!isObject(criterion)) return;
      const fact = factByName.get(text(criterion.fact));
      // `{ fromOffer: key }` read now: the key below holds the offer's value, so an edit of the offer is seen.
      const resolved = resolveOfferArgument(criterion, profile.offer, language);
      seenAs.push({ criterion: resolved.criterion, fact });
      if (reuse && resolved.problem === undefined && hasOwnId(resolved.criterion)) {
        const same = take(earlierSpec.get(resolved.criterion)?.find((e) => e.fact === fact && !taken.has(e.compiled))?.compiled);
        if (same) {
          criteria.push(same);
          return;
        }
      }
      const key = reuse ? criterionKey(resolved.criterion, index, fact, language, factKeys) : undefined;
      const same = key !== undefined ? take(earlier.get(key)) : undefined;
      criteria.push(same ?? compileCriterion(resolved.criterion, index, fact, language, key, resolved.problem));
    });
    return {
      profile,
      parts: { language, facts, factByName, criteria, seenAs, thresholds: thresholdsOf(profile), questions: new Map(), roles: factRoles(facts) },
    };
  } catch {
    return { profile, parts: undefined };
  }
}

/**
 * The observation that stands for each fact now: the latest by date, on the same date the later
 * entry. Observations of a fact the profile does not know, or with a value that cannot be read
 * for the fact, are left out (their problems are shown on them): they never change a verdict.
 */
export function latestObservations(compiled: CompiledProfile, prospect: Prospect): Map<string, Observation> {
  const out = new Map<string, Observation>();
  const parts = compiled.parts;
  if (!parts || !isObject(prospect)) return out;
  for (const o of list(prospect.observations)) {
    if (!isObject(o) || typeof o.fact !== 'string' || typeof o.date !== 'string') continue;
    const fact = parts.factByName.get(o.fact);
    if (!fact) continue;
    if (!isUnknown(o.value) && !parseFactValue(fact, o.value, parts.language).ok) continue;
    const seen = out.get(o.fact);
    // Entries come in file order: on an equal date the later one wins.
    if (!seen || o.date >= seen.date) out.set(o.fact, o);
  }
  return out;
}

/** Judges every criterion on the values `valueOf` gives. */
function judgeAll(parts: NonNullable<CompiledProfile['parts']>, valueOf: (name: string) => unknown, earlier: Map<CompiledCriterion, Done> | undefined, now: Map<CompiledCriterion, Done> | undefined): Judged[] {
  const judged: Judged[] = [];
  for (const [index, c] of parts.criteria.entries()) {
    let done = earlier?.get(c);
    done ??= judgeAndWord(c, c.fact ? valueOf(c.fact.name) : undefined, parts.language);
    now?.set(c, done);
    judged.push({ index, fact: c.fact, weight: c.weight, dealbreaker: c.dealbreaker, caution: c.caution, judgement: done.judgement, result: done.result });
  }
  return judged;
}

/** The facts to clarify before an offer that are still unknown under `valueOf`. */
function openClarifications(parts: NonNullable<CompiledProfile['parts']>, valueOf: (name: string) => unknown): NonNullable<CompiledProfile['parts']>['roles']['clarify'] {
  return parts.roles.clarify.filter(({ fact }) => !isKnownValue(fact, valueOf(fact.name), parts.language));
}

function scoresOf(judged: readonly Scored[], t: Thresholds, clarifyOpen: boolean): { verdict: VerdictKind; score: number | null; known: number } {
  const { score, known } = computeScores(judged.filter((j) => !j.dealbreaker).map((j) => ({ weight: j.weight, outcome: j.judgement.outcome })));
  return { verdict: decide(judged, score, known, t, clarifyOpen), score, known };
}

/**
 * What a comparison of two verdicts reads (verdict, score, known, each criterion's outcome) and
 * nothing else: no questions, referrals, hints, cautions, self-check or first-call verdict — those
 * lists are left empty. For a single pass that compares ten thousand verdicts and keeps none
 * (`ideal-client diff`): the hints alone, every phrase of the profile looked for in the notes,
 * were a third of each evaluation.
 */
export interface EvaluateOptions {
  scoresOnly?: boolean;
}

/** The prospect's values at the first call and now (each fact replaced whole by its latest observation). */
function valuesOf(compiled: CompiledProfile, prospect: Prospect): { atFirstCall: (name: string) => unknown; valueOf: (name: string) => unknown; observed: Map<string, Observation> } {
  // Own keys only: a fact named "constructor" must not find Object.prototype.constructor.
  const written: unknown = isObject(prospect) ? prospect.facts : undefined;
  const atFirstCall = (name: string): unknown =>
    isObject(written) && Object.prototype.hasOwnProperty.call(written, name) ? written[name] : undefined;
  // Now: each fact replaced whole by its latest observation (a tags list is not merged).
  const observed = latestObservations(compiled, prospect);
  const valueOf = observed.size === 0 ? atFirstCall : (name: string): unknown => {
    const o = observed.get(name);
    return o ? o.value : atFirstCall(name);
  };
  return { atFirstCall, valueOf, observed };
}

/**
 * The options the notes hint at that a fact's value now contradicts (a tag missing from the
 * list, another choice than the one set); empty for a profile that cannot be evaluated. Never throws.
 */
export function noteContradictions(compiled: CompiledProfile, prospect: Prospect): Contradiction[] {
  try {
    const parts = compiled.parts;
    if (!parts || !isObject(prospect)) return [];
    const { valueOf, observed } = valuesOf(compiled, prospect);
    return findContradictions(parts.facts, valueOf, prospect, parts.language).map((c) => (observed.has(c.fact) ? { ...c, observed: true } : c));
  } catch {
    return [];
  }
}

function evaluateUnchecked(compiled: CompiledProfile, prospect: Prospect, previous: Verdict | undefined, options: EvaluateOptions = {}): Verdict {
  const { profile, parts } = compiled;
  if (!parts) throw new TypeError('the profile cannot be evaluated');
  const { language, facts, factByName } = parts;
  const { atFirstCall, valueOf, observed } = valuesOf(compiled, prospect);

  const before = previous ? judgementsOf.get(previous) : undefined;
  const earlier = before && before.prospect === prospect ? before.done : undefined;
  // What a later verdict could take over; a comparison's verdict is kept by nobody.
  const now = options.scoresOnly ? undefined : new Map<CompiledCriterion, Done>();
  const judged = judgeAll(parts, valueOf, earlier, now);
  const clarifyOpen = openClarifications(parts, valueOf);
  const { verdict, score, known } = scoresOf(judged, parts.thresholds, clarifyOpen.length > 0);
  if (options.scoresOnly) {
    return {
      prospect: text(isObject(prospect) ? prospect.prospect : undefined), profile: text(profile.profile), status: statusOf(prospect),
      verdict, score, known, criteria: judged.map((j) => j.result),
      dealbreakers: [], ask: [], referrals: [], hints: [], cautions: [], selfCheck: [],
    };
  }
  // For a no-fit, and for the verdicts a referral's `alsoFor` names; never for a fit.
  const referrals: ReferralSuggestion[] = verdict === 'fit' ? [] : suggestReferrals(list(profile.referrals), factByName, valueOf, verdict);
  const hints: Hint[] = before && earlier && sameFacts(before.parts, parts) ? before.hints
    : isObject(prospect) ? findHints(facts, valueOf, prospect) : [];

  const status = statusOf(prospect);
  const result = {
    prospect: text(isObject(prospect) ? prospect.prospect : undefined),
    profile: text(profile.profile),
    status,
    verdict,
    score,
    known,
  } as Verdict;
  if (isObject(prospect) && list(prospect.observations).length > 0) {
    result.firstCall = observed.size === 0
      ? { verdict, score, known }
      : scoresOf(judgeAll(parts, atFirstCall, undefined, undefined), parts.thresholds, openClarifications(parts, atFirstCall).length > 0);
  }
  result.criteria = judged.map((j) => j.result);
  result.dealbreakers = judged.filter((j) => j.dealbreaker && j.judgement.outcome === 'unmet').map((j) => j.result.id);
  result.ask = questions(judged, language, parts.questions, clarifyOpen);
  result.referrals = referrals;
  result.hints = hints;
  result.cautions = judged.filter((j) => j.caution && j.judgement.outcome === 'unmet').map((j) => j.result.id);
  result.selfCheck = selfCheckOf(parts.roles.self, valueOf, language);
  const because = becauseOf(verdict, result.criteria, clarifyOpen.map((x) => x.fact), known, parts.thresholds.minKnown);
  if (because) result.because = because;
  // Only criteria that can be recognised in a later version are worth remembering.
  if (now && parts.criteria.some((c) => c.key !== undefined)) judgementsOf.set(result, { prospect, done: now, parts, hints });
  return result;
}

/** The prospect's status as the model read it; prospect when it writes none. */
function statusOf(prospect: Prospect): ProspectStatus {
  try {
    return isObject(prospect) && (STATUSES as readonly unknown[]).includes(prospect.status) ? prospect.status! : 'prospect';
  } catch {
    return 'prospect';
  }
}

/** A name read from an object that may throw on access (only on the path after a failure). */
function guarded(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}

/** For evaluateOutcomes: the prospect a result judged and each compiled criterion's judgement. */
const outcomesOf = new WeakMap<VerdictOutcomes, { prospect: Prospect; judged: Map<CompiledCriterion, Judgement> }>();

/**
 * A lesson's check: the verdict's kind and scores and each criterion's outcome, as
 * evaluateCompiled gives them, without wording the reasons. Wording every criterion of a
 * 10,000-line profile (1,019) for each of its two lessons was 29 of the 216 ms of its first
 * diagnostics, 15 of them the first number ICU formats in the process. `previous`, the last such
 * result on this same prospect object, lends its judgements of the criteria that did not change.
 */
export function evaluateOutcomes(compiled: CompiledProfile, prospect: Prospect, previous?: VerdictOutcomes): VerdictOutcomes {
  const name = guarded(() => text(isObject(prospect) ? prospect.prospect : undefined));
  try {
    const { parts } = compiled;
    if (!parts) throw new TypeError('the profile cannot be evaluated');
    const { valueOf } = valuesOf(compiled, prospect);
    const before = previous ? outcomesOf.get(previous) : undefined;
    const earlier = before && before.prospect === prospect ? before.judged : undefined;
    const now = new Map<CompiledCriterion, Judgement>();
    const scored: Scored[] = parts.criteria.map((c) => {
      let judgement = earlier?.get(c);
      if (!judgement) {
        const raw = c.fact ? valueOf(c.fact.name) : undefined;
        const key = valueKey(raw);
        // A judgement worded before (a prospect's verdict) is the same judgement.
        judgement = (key !== undefined || raw === undefined ? c.byValue?.get(key)?.judgement : undefined) ?? judge(c, raw, parts.language);
      }
      now.set(c, judgement);
      return { weight: c.weight, dealbreaker: c.dealbreaker, caution: c.caution, judgement };
    });
    const { verdict, score, known } = scoresOf(scored, parts.thresholds, openClarifications(parts, valueOf).length > 0);
    const result: VerdictOutcomes = { prospect: name, verdict, score, known, criteria: parts.criteria.map((c, i) => ({ id: c.id, outcome: scored[i].judgement.outcome })) };
    outcomesOf.set(result, { prospect, judged: now });
    return result;
  } catch {
    return { prospect: name, verdict: 'undetermined', score: null, known: 0, criteria: [] };
  }
}

/**
 * Evaluates a prospect against a profile (docs/reference.md, “How the verdict is computed”).
 * Never throws: a model too broken to evaluate yields an undetermined verdict with nothing in it
 * (the diagnostics say what is wrong).
 */
export function evaluate(profile: Profile, prospect: Prospect): Verdict {
  return evaluateCompiled(compileProfile(profile), prospect);
}

/**
 * evaluate() against a profile compiled once (compileProfile): the same verdict, less work.
 * `previous`, the last verdict on this same prospect object (against an earlier version of the
 * profile, compiled with reuse), lends its judgements of the criteria that did not change.
 */
export function evaluateCompiled(compiled: CompiledProfile, prospect: Prospect, previous?: Verdict, options?: EvaluateOptions): Verdict {
  const profile = compiled.profile;
  try {
    return evaluateUnchecked(compiled, prospect, previous, options);
  } catch {
    return {
      prospect: guarded(() => text(isObject(prospect) ? prospect.prospect : undefined)),
      profile: guarded(() => text(isObject(profile) ? profile.profile : undefined)),
      status: statusOf(prospect),
      verdict: 'undetermined', score: null, known: 0,
      criteria: [], dealbreakers: [], ask: [], referrals: [], hints: [], cautions: [], selfCheck: [],
    };
  }
}
