// Builds the engine's Profile from a parsed profile's plain value. Tolerant: whatever the schema
// check reports is dropped or defaulted here, so a half-typed profile still evaluates.
//
// State owned here: `builtFacts` and `builtCriteria` — per object of a parsed value (WeakMaps: gone
// with the last version holding that object), the fact or criterion built from it. An edit hands
// the next version's value the objects it did not touch (parser/incrementalParse.ts), so the next
// model takes those facts and criteria over as they were: the same objects, which the engine's
// compiled profile recognises without comparing their text (engine/evaluate.ts compileProfile).
// Parsed values are never changed in place, and the built objects are never changed either.
import * as l10n from '@vscode/l10n';
import {
  DEFAULT_THRESHOLDS, FACT_TYPES, MATCHERS,
  type CriterionSpec, type FactSpec, type FactType, type LessonSpec, type MatcherKind,
  type OptionSpec, type Profile, type ReferralSpec, type RepliesSpec, type Thresholds, type VerdictKind, REPLY_KINDS, VERDICTS,
} from '../../../shared/src/types';

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Own enumerable keys only: a "__proto__" key is data, never a prototype. */
export function entries(o: Obj): [string, unknown][] {
  return Object.keys(o).map((k) => [k, o[k]]);
}

/**
 * Names and values compared with what prospects say are kept in NFC: macOS writes "ö" as "o" and
 * a combining mark (NFD), which looks the same and must mean the same.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

export function buildOptions(raw: unknown): OptionSpec[] {
  if (!Array.isArray(raw)) return [];
  const out: OptionSpec[] = [];
  for (const o of raw) {
    if (typeof o === 'string' || typeof o === 'number' || typeof o === 'boolean') out.push({ value: nfc(String(o)), phrases: [] });
    else if (isObject(o) && str(o.value) !== undefined) {
      const phrases = Array.isArray(o.phrases) ? o.phrases.map(str).filter((p): p is string => !!p && p.trim() !== '') : [];
      out.push({ value: nfc(str(o.value)!), label: str(o.label), phrases });
    }
  }
  return out;
}

const builtFacts = new WeakMap<object, { name: string; fact: FactSpec | undefined }>();
const builtCriteria = new WeakMap<object, { index: number; criterion: CriterionSpec | undefined }>();

function buildFact(name: string, raw: unknown): FactSpec | undefined {
  if (!isObject(raw)) return undefined;
  const built = builtFacts.get(raw);
  if (built?.name === name) return built.fact;
  const fact = buildFactAnew(name, raw);
  builtFacts.set(raw, { name, fact });
  return fact;
}

function buildFactAnew(name: string, raw: Obj): FactSpec | undefined {
  const type = raw.type;
  if (typeof type !== 'string' || !(FACT_TYPES as readonly string[]).includes(type)) return undefined;
  return {
    name: nfc(name),
    label: str(raw.label),
    question: str(raw.question),
    type: type as FactType,
    options: buildOptions(raw.options),
    currency: typeof raw.currency === 'string' ? raw.currency.toUpperCase() : undefined,
    ...(raw.source === 'self' ? { source: 'self' as const } : {}),
    ...(raw.clarifyBy === 'offer' ? { clarifyBy: 'offer' as const } : {}),
  };
}

/** The one matcher a criterion uses: the first matcher key present (the schema flags others). */
export function matcherOf(raw: Obj): MatcherKind | undefined {
  return MATCHERS.find((m) => Object.prototype.hasOwnProperty.call(raw, m));
}

function buildCriterion(raw: unknown, index: number): CriterionSpec | undefined {
  if (!isObject(raw)) return undefined;
  const built = builtCriteria.get(raw);
  // Its place counts only where the id defaults to it.
  if (built && (built.index === index || str(raw.id) !== undefined)) return built.criterion;
  const criterion = buildCriterionAnew(raw, index);
  builtCriteria.set(raw, { index, criterion });
  return criterion;
}

function buildCriterionAnew(raw: Obj, index: number): CriterionSpec | undefined {
  const written = str(raw.fact);
  const fact = written === undefined ? undefined : nfc(written);
  const matcher = matcherOf(raw);
  if (!fact || !matcher) return undefined;
  const { dealbreaker, caution } = levelOf(raw);
  const w = typeof raw.weight === 'number' && raw.weight > 0 && Number.isFinite(raw.weight) ? raw.weight : 1;
  return {
    id: str(raw.id) ?? `criterion-${index + 1}`,
    fact,
    matcher,
    expected: raw[matcher],
    weight: dealbreaker ? 0 : w,
    dealbreaker,
    why: str(raw.why),
    ...(str(raw.label)?.trim() ? { label: str(raw.label)!.trim() } : {}),
    ...(caution ? { caution } : {}),
    ...(str(raw.tellClient) !== undefined && str(raw.tellClient)!.trim() !== '' ? { tellClient: str(raw.tellClient) } : {}),
  };
}

/**
 * A criterion's level: `severity` (normal, caution, dealbreaker) when it names one, else
 * `dealbreaker: true`. Both at once and contradicting is an error the checks report; until it is
 * fixed, `severity` counts.
 */
export function levelOf(raw: Obj): { dealbreaker: boolean; caution: boolean } {
  switch (raw.severity) {
    case 'dealbreaker': return { dealbreaker: true, caution: false };
    case 'caution': return { dealbreaker: false, caution: true };
    case 'normal': return { dealbreaker: false, caution: false };
    default: return { dealbreaker: raw.dealbreaker === true, caution: false };
  }
}

function buildThresholds(raw: unknown): Thresholds {
  const t: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!isObject(raw)) return t;
  for (const k of ['fit', 'borderline', 'minKnown'] as const) {
    const v = raw[k];
    if (typeof v === 'number' && Number.isFinite(v)) t[k] = v;
  }
  return t;
}

/** A referral's `when` or `unless`: fact name → the listed values, as text. */
function buildCondition(raw: unknown): Record<string, string[]> | undefined {
  if (!isObject(raw)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [k, v] of entries(raw)) {
    const values = Array.isArray(v) ? v : [v];
    out[nfc(k)] = values.map(str).filter((x): x is string => x !== undefined).map(nfc);
  }
  return out;
}

/** The verdicts besides no-fit a referral is also for (no-fit and fit are never listed). */
const ALSO_FOR: readonly VerdictKind[] = ['borderline', 'undetermined'];

function buildReferral(raw: unknown): ReferralSpec | undefined {
  if (!isObject(raw) || !str(raw.name)) return undefined;
  const referral: ReferralSpec = { name: str(raw.name)!, contact: str(raw.contact), when: buildCondition(raw.when), note: str(raw.note) };
  const unless = buildCondition(raw.unless);
  if (unless) referral.unless = unless;
  const also = Array.isArray(raw.alsoFor) ? raw.alsoFor : raw.alsoFor === undefined ? [] : [raw.alsoFor];
  const alsoFor = ALSO_FOR.filter((v) => also.includes(v));
  if (alsoFor.length > 0) referral.alsoFor = alsoFor;
  return referral;
}

/** `replies:` as far as it can be read: a known address, and the templates that are text. */
function buildReplies(raw: unknown): RepliesSpec | undefined {
  if (!isObject(raw)) return undefined;
  const replies: RepliesSpec = {};
  if (raw.address === 'Sie' || raw.address === 'du') replies.address = raw.address;
  for (const kind of REPLY_KINDS) {
    const template = raw[kind];
    if (typeof template === 'string' && template.trim() !== '') replies[kind] = template;
  }
  return replies;
}

function buildLesson(raw: unknown): LessonSpec | undefined {
  if (!isObject(raw)) return undefined;
  const prospect = str(raw.prospect);
  const expect = str(raw.expect);
  if (!prospect || !expect || !(VERDICTS as readonly string[]).includes(expect)) return undefined;
  const lesson: LessonSpec = { prospect, expect: expect as VerdictKind, learned: str(raw.learned) };
  if (raw.asOf === 'firstCall' || raw.asOf === 'now') lesson.asOf = raw.asOf;
  const because = str(raw.because);
  if (because !== undefined && because !== '') lesson.because = because;
  return lesson;
}

function compact<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

export function buildProfile(value: unknown): Profile | undefined {
  if (!isObject(value)) return undefined;
  const facts = isObject(value.facts) ? compact(entries(value.facts).map(([k, v]) => buildFact(k, v))) : [];
  const criteria = Array.isArray(value.criteria) ? compact(value.criteria.map(buildCriterion)) : [];
  return {
    profile: str(value.profile) ?? l10n.t('(unnamed profile)'),
    language: value.language === 'de' ? 'de' : 'en',
    owner: str(value.owner),
    summary: str(value.summary),
    offer: isObject(value.offer) ? (value.offer as Profile['offer']) : undefined,
    facts,
    criteria,
    verdict: buildThresholds(value.verdict),
    referrals: Array.isArray(value.referrals) ? compact(value.referrals.map(buildReferral)) : [],
    lessons: Array.isArray(value.lessons) ? compact(value.lessons.map(buildLesson)) : [],
    ...(isObject(value.replies) ? { replies: buildReplies(value.replies) } : {}),
  };
}
