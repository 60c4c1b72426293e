// The domain types of Ideal Client, defined once and shared by the language service, the evaluation
// engine, the CLI and (type-only) the VS Code client. docs/reference.md describes the formats and
// the verdict.

export type Language = 'en' | 'de';

export type FactType = 'choice' | 'tags' | 'yesno' | 'number' | 'money' | 'duration' | 'date' | 'text';

export const FACT_TYPES: readonly FactType[] = ['choice', 'tags', 'yesno', 'number', 'money', 'duration', 'date', 'text'];

export type MatcherKind =
  | 'is'
  | 'isNot'
  | 'includes'
  | 'includesAny'
  | 'excludes'
  | 'atLeast'
  | 'atMost'
  | 'between'
  | 'mentions'
  | 'doesNotMention';

export const MATCHERS: readonly MatcherKind[] = [
  'is', 'isNot', 'includes', 'includesAny', 'excludes', 'atLeast', 'atMost', 'between', 'mentions', 'doesNotMention',
];

/** Which matchers a criterion may use on a fact of each type (docs/reference.md, “Matchers”). */
export const MATCHERS_BY_TYPE: Readonly<Record<FactType, readonly MatcherKind[]>> = {
  choice: ['is', 'isNot'],
  tags: ['includes', 'includesAny', 'excludes'],
  yesno: ['is'],
  number: ['atLeast', 'atMost', 'between'],
  money: ['atLeast', 'atMost', 'between'],
  duration: ['atLeast', 'atMost', 'between'],
  date: ['atLeast', 'atMost', 'between'],
  text: ['mentions', 'doesNotMention'],
};

export type VerdictKind = 'fit' | 'borderline' | 'no-fit' | 'undetermined';

export const VERDICTS: readonly VerdictKind[] = ['fit', 'borderline', 'no-fit', 'undetermined'];

export type Outcome = 'met' | 'unmet' | 'unknown';

/** A zero-based position in a source file, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A source range, as in LSP (end exclusive). */
export interface Range {
  start: Position;
  end: Position;
}

export interface OptionSpec {
  value: string;
  label?: string;
  /** Phrases in a prospect's notes that hint at this value (case-insensitive). */
  phrases: string[];
}

export interface FactSpec {
  /** The key under `facts:` in the profile. */
  name: string;
  label?: string;
  question?: string;
  type: FactType;
  /** For choice and tags. */
  options: OptionSpec[];
  /** For money: the currency every amount of this fact is in (e.g. EUR). */
  currency?: string;
  /** `self`: an observation of the profile owner's own (never asked; listed in `selfCheck`). */
  source?: 'self';
  /** `offer`: must be known before an offer (while unknown, a fit is undetermined). */
  clarifyBy?: 'offer';
}

export interface CriterionSpec {
  id: string;
  fact: string;
  matcher: MatcherKind;
  /** The matcher's argument exactly as written in the profile (a value, a list, [lo, hi]). */
  expected: unknown;
  /** Positive weight; 0 for a dealbreaker (dealbreakers carry no weight). */
  weight: number;
  dealbreaker: boolean;
  why?: string;
  /** What the criterion is called in reasons (`label:`); else its fact's label. */
  label?: string;
  /** `severity: caution`: counts like a weighted criterion; unmet, it turns a fit into borderline. */
  caution?: boolean;
  /** What a reply may tell the client when this criterion is unmet (unlike `why`, which is yours). */
  tellClient?: string;
}

export interface Thresholds {
  fit: number;
  borderline: number;
  minKnown: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = { fit: 70, borderline: 50, minKnown: 50 };

export interface ReferralSpec {
  name: string;
  contact?: string;
  /** fact name → values; omitted: suggested for every misfit. */
  when?: Record<string, string[]>;
  /** The same shape as `when`: when it holds, this referral is not suggested. */
  unless?: Record<string, string[]>;
  /** Verdicts besides no-fit it is suggested for (borderline, undetermined). */
  alsoFor?: VerdictKind[];
  note?: string;
}

/** The kinds of reply a draft can be: a decline, a referral to a colleague, the open questions. */
export type ReplyKind = 'decline' | 'refer' | 'ask';

export const REPLY_KINDS: readonly ReplyKind[] = ['decline', 'refer', 'ask'];

/** How a German reply addresses the client. */
export type ReplyAddress = 'Sie' | 'du';

export const REPLY_ADDRESSES: readonly ReplyAddress[] = ['Sie', 'du'];

/** The placeholders a reply template may use, in the order the reference lists them. */
export const REPLY_PLACEHOLDERS = [
  'prospect', 'contact', 'owner', 'reasons', 'colleague', 'colleagueContact', 'colleagueNote', 'questions',
] as const;

export type ReplyPlaceholder = (typeof REPLY_PLACEHOLDERS)[number];

/** A profile's `replies:`: the German form of address and its own templates (each optional). */
export interface RepliesSpec {
  address?: ReplyAddress;
  decline?: string;
  refer?: string;
  ask?: string;
}

/** The moment a lesson tests: the first call (the facts alone) or now (with every observation). */
export type LessonMoment = 'firstCall' | 'now';

export const LESSON_MOMENTS: readonly LessonMoment[] = ['firstCall', 'now'];

export interface LessonSpec {
  /** Path of the past client's prospect file, relative to the profile. */
  prospect: string;
  expect: VerdictKind;
  learned?: string;
  /** Which verdict the lesson tests (default now). */
  asOf?: LessonMoment;
  /** A criterion id that must come out unmet for the lesson to hold. */
  because?: string;
}

export interface Offer {
  services?: string[];
  hoursPerWeek?: number;
  responseTime?: string;
  channels?: string[];
  workingStyle?: string;
}

/** A profile as the engine sees it: already checked by the schema; unusable parts dropped. */
export interface Profile {
  profile: string;
  language: Language;
  owner?: string;
  summary?: string;
  offer?: Offer;
  facts: FactSpec[];
  criteria: CriterionSpec[];
  verdict: Thresholds;
  referrals: ReferralSpec[];
  lessons: LessonSpec[];
  /** Absent: the built-in templates, addressing the client with "Sie". */
  replies?: RepliesSpec;
}

/** Where a prospect's notes stand in its source file, so hints can point at the phrase. */
export interface NotesSource {
  /** The raw source text of the notes (a YAML scalar as written, or the Markdown body). */
  text: string;
  /** Where `text` starts in the file. */
  start: Position;
}

/** Where a prospect stands: prospect, offered and client are live; declined, referred and ended are past. */
export type ProspectStatus = 'prospect' | 'offered' | 'declined' | 'referred' | 'client' | 'ended';

export const STATUSES: readonly ProspectStatus[] = ['prospect', 'offered', 'declined', 'referred', 'client', 'ended'];

export const PAST_STATUSES: readonly ProspectStatus[] = ['declined', 'referred', 'ended'];

export function isPastStatus(status: string | undefined): boolean {
  return (PAST_STATUSES as readonly (string | undefined)[]).includes(status);
}

export const DECISION_OUTCOMES = ['signed', 'declined', 'referred'] as const;

export const ENDED_BY = ['me', 'client', 'both'] as const;

/** Something that came to light after the first call: a later value of one fact. */
export interface Observation {
  /** ISO day, as written. */
  date: string;
  fact: string;
  value: unknown;
  note?: string;
  /** Its place in the `observations:` list (later entries win on the same date). */
  index: number;
}

export interface Prospect {
  prospect: string;
  /** As written, when it is one of STATUSES; else undefined (the default, prospect). */
  status?: ProspectStatus;
  profile?: string;
  contact?: Record<string, unknown>;
  met?: string;
  /** Fact values as written (after YAML parsing), by fact name. */
  facts: Record<string, unknown>;
  notes?: string;
  notesSource?: NotesSource;
  /** The readable observations, in file order (a malformed one is left out: its problem is shown). */
  observations?: Observation[];
  decision?: { date?: string; outcome?: string; to?: string; note?: string };
  engagement?: { hoursPerWeek?: number };
  ended?: { date?: string; by?: string; reason?: string; learned?: string };
}

export interface CriterionResult {
  id: string;
  fact: string;
  outcome: Outcome;
  /** Present for weighted criteria; absent for dealbreakers. */
  weight?: number;
  dealbreaker?: true;
  /** A caution (`severity: caution`): weighted, and unmet it turns a fit into borderline. */
  caution?: true;
  /** The prospect's value as written (omitted when unknown). */
  value?: unknown;
  /** What the criterion asks for, in words: "one of intuitive, structured", "at least 1d". */
  expected: string;
  /** The profile's own reason, if it gives one. */
  why?: string;
  /** What the criterion is called: its `label`, else its fact's label (the profile's words). */
  label?: string;
  /** What it wants, in the profile's words: "mindestens 5.000 €", "ohne „will immer Recht haben“". */
  target?: string;
  /** The prospect's value in words (met and unmet); for an unmet excludes, what it excluded. */
  shown?: string;
  /** The whole reason in the profile's language: label, severity, value, what was wanted, the why. */
  reason: string;
  /** The reason in a few words for the end of the fact line (which shows the value already). */
  brief?: string;
}

/**
 * Why the verdict is what it is, for the headline before the numbers: the unmet dealbreakers
 * (no fit), the open dealbreakers or facts to clarify before an offer or too little known
 * (undetermined), the unmet cautions (borderline), the unmet criteria (a low score).
 */
export interface VerdictBecause {
  kind: 'dealbreaker' | 'open-dealbreaker' | 'clarify' | 'little-known' | 'caution' | 'low-score';
  /** Labels, with the value in words where it is the point. */
  items: { label: string; value?: string }[];
  /** little-known: the share that must be known. */
  minKnown?: number;
}

export interface Question {
  fact: string;
  question: string;
  /** The fact's `label:`, when the profile writes one (a list shows it before the question). */
  label?: string;
}

/** A fact of the profile owner's own (`source: self`) that is still to be noted. */
export interface SelfCheck {
  fact: string;
  /** The fact's label, else its name in words. */
  label: string;
}

export interface ReferralSuggestion {
  name: string;
  contact?: string;
  note?: string;
}

export interface Hint {
  fact: string;
  value: string;
  /** The fact's label, else its name in words: what a person reads instead of `fact`. */
  factLabel: string;
  /** The option's label, else its value: what a person reads instead of `value`. */
  valueLabel: string;
  phrase: string;
  /** Zero-based position of the phrase in the prospect's file. */
  line: number;
  character: number;
}

/** The verdict object (docs/reference.md, “How the verdict is computed”): the same in the server,
 * the extension and the CLI. */
export interface Verdict {
  prospect: string;
  profile: string;
  verdict: VerdictKind;
  score: number | null;
  known: number;
  criteria: CriterionResult[];
  /** Ids of the dealbreakers that are unmet. */
  dealbreakers: string[];
  ask: Question[];
  referrals: ReferralSuggestion[];
  hints: Hint[];
  /** Ids of the cautions that are unmet. */
  cautions: string[];
  /** The owner's own observations (`source: self`) still unknown: to note after the call. */
  selfCheck: SelfCheck[];
  /** Why, for the headline (absent for a plain fit). */
  because?: VerdictBecause;
  /** The prospect's status (prospect when it writes none). */
  status: ProspectStatus;
  /** The verdict on the facts alone, present when an observation changed what is known since. */
  firstCall?: { verdict: VerdictKind; score: number | null; known: number };
}

/**
 * What a lesson's check reads of a verdict: its kind and scores and each criterion's outcome,
 * without the words of the reasons (a full Verdict is one too).
 */
export interface VerdictOutcomes {
  prospect: string;
  verdict: VerdictKind;
  score: number | null;
  known: number;
  criteria: Pick<CriterionResult, 'id' | 'outcome'>[];
}

/** The verdict on one prospect with the profile that gave it, or why there is none. */
export type Evaluation =
  | { ok: true; verdict: Verdict; profileUri: string }
  | { ok: false; message: string };

/** A verdict in brief: what a change of files can change about it (see VerdictChange). */
export interface VerdictSummary {
  verdict: VerdictKind;
  score: number | null;
  known: number;
}

/** A criterion whose outcome differs between the two sides of a VerdictChange (null: not there). */
export interface CriterionChange {
  id: string;
  before: Outcome | null;
  after: Outcome | null;
}

/**
 * One prospect (or lesson) judged differently at a revision and now: `before`/`after` null when
 * the file is not there on that side, or could not be evaluated there (then `beforeProblem` /
 * `afterProblem` says why).
 */
export interface VerdictChange {
  /** The prospect's path relative to the folder compared, with "/" between folders. */
  path: string;
  prospect: string;
  before: VerdictSummary | null;
  after: VerdictSummary | null;
  beforeProblem?: string;
  afterProblem?: string;
  /** For a lesson: the path of the profile it is a lesson of (the entry is then the lesson's verdict). */
  lessonOf?: string;
  /** Criteria whose outcome changed, in the order of the profile now (then those gone). */
  criteria: CriterionChange[];
}

/** A reply drafted for a prospect: only what may be shown to the client (docs/reference.md, “Replies”). */
export interface ReplyDraft {
  kind: ReplyKind;
  language: Language;
  /** The letter, ready to copy. */
  text: string;
  /** For a referral: the colleague named in it. */
  referral?: ReferralSuggestion;
}
