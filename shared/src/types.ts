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
  /** `severity: caution`: counts like a weighted criterion; unmet, it turns a fit into borderline. */
  caution?: boolean;
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
  note?: string;
}

export interface LessonSpec {
  /** Path of the past client's prospect file, relative to the profile. */
  prospect: string;
  expect: VerdictKind;
  learned?: string;
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
}

/** Where a prospect's notes stand in its source file, so hints can point at the phrase. */
export interface NotesSource {
  /** The raw source text of the notes (a YAML scalar as written, or the Markdown body). */
  text: string;
  /** Where `text` starts in the file. */
  start: Position;
}

export interface Prospect {
  prospect: string;
  profile?: string;
  contact?: Record<string, unknown>;
  met?: string;
  /** Fact values as written (after YAML parsing), by fact name. */
  facts: Record<string, unknown>;
  notes?: string;
  notesSource?: NotesSource;
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
  /** One line for the editor: met / unmet / unknown and why, in the profile's language. */
  reason: string;
}

export interface Question {
  fact: string;
  question: string;
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
}

/** The verdict on one prospect with the profile that gave it, or why there is none. */
export type Evaluation =
  | { ok: true; verdict: Verdict; profileUri: string }
  | { ok: false; message: string };
