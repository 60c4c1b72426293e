// The custom requests and notifications between the Ideal Client extension and its language
// server, typed once for both sides. Only `vscode-languageserver-protocol` (message types) and
// type-only imports: the client bundle must not pull in any server code through this file.
import { NotificationType, RequestType, type ProgressToken, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Evaluation, Language, Question, ReferralSuggestion, ReplyDraft, ReplyKind, SelfCheck, VerdictChange, VerdictKind } from './types';
import type { ProfileOffer } from './report/offerSection';

export type { Evaluation };

/** A document, by URI string. */
export interface UriParams {
  uri: string;
  /**
   * Also ask the client to refresh the code lenses and inlay hints (the Evaluate Prospect
   * command sets it; the status bar, which asks often, does not).
   */
  refresh?: boolean;
}

/** `idealClient/evaluate`: the verdict on one prospect, or why there is none. */
export const EvaluateRequest = new RequestType<UriParams, Evaluation, void>('idealClient/evaluate');

export interface ProspectEvaluation {
  uri: string;
  /** The path relative to its workspace folder, for display. */
  relativePath: string;
  evaluation: Evaluation;
}

export interface EvaluateAllParams {
  /**
   * The run to take a page of, as a previous page named it. Absent: a new run — every prospect
   * in the workspace is evaluated now and the first page of it comes back.
   */
  run?: number;
  /** The index of the first prospect of the page (default 0). */
  offset?: number;
  /** How many prospects at most (default and upper bound: EVALUATE_ALL_PAGE_SIZE). */
  limit?: number;
  /** With a new run: the server reports "n of N prospects" on this token while it evaluates. */
  workDoneToken?: ProgressToken;
}

/** The most prospects one answer of `idealClient/evaluateAll` holds. */
export const EVALUATE_ALL_PAGE_SIZE = 100;

export type EvaluateAllPage =
  | {
    ok: true;
    /** Names the run: every page of it holds verdicts of the same versions of every document. */
    run: number;
    /** How many prospects the run holds in all. */
    total: number;
    offset: number;
    items: ProspectEvaluation[];
    /**
     * A document or file of the workspace changed since the run was evaluated: its pages still
     * agree with each other, but a new run would give newer verdicts.
     */
    changed: boolean;
  }
  /** The run is no longer kept (newer runs replaced it): start a new one. */
  | { ok: false; expired: true };

/**
 * `idealClient/evaluateAll`: every prospect in the workspace, sorted by path, a page at a time
 * (evaluateAllPages in client/src/evaluateAllPages.ts fetches them all). Paged because one
 * answer of ten thousand verdicts is tens of megabytes that the server would write in one go,
 * answering nothing else meanwhile.
 */
export const EvaluateAllRequest = new RequestType<EvaluateAllParams, EvaluateAllPage, void>('idealClient/evaluateAll');

export type QuestionsResult =
  | {
    ok: true; prospect: string; profile: string; questions: Question[];
    /** The facts of your own still unknown (the verdict's `selfCheck`): to note after the call. */
    selfCheck: SelfCheck[];
  }
  | { ok: false; message: string };

/** `idealClient/questions`: the questions still to ask a prospect (the verdict's `ask`, in order). */
export const QuestionsRequest = new RequestType<UriParams, QuestionsResult, void>('idealClient/questions');

export interface LessonCheck {
  /** The lesson's prospect path as written in the profile. */
  prospect: string;
  /** The prospect file, when the path resolved inside the workspace. */
  uri?: string;
  relativePath?: string;
  /** The prospect's name, when it could be read. */
  name?: string;
  expect: VerdictKind;
  /** The verdict the profile gives now; absent when the prospect could not be evaluated. */
  actual?: VerdictKind;
  score?: number | null;
  known?: number;
  /** True when the lesson holds: `actual` equals `expect` and, with `because`, that criterion is unmet. */
  ok: boolean;
  /** Why the lesson could not be run (missing file, not a prospect). */
  message?: string;
  learned?: string;
  /** The moment the lesson tests (absent: now); `actual`, `score` and `known` are as of it. */
  asOf?: 'firstCall' | 'now';
  because?: string;
  /** Which half of a failing lesson failed. */
  failed?: 'verdict' | 'because';
}

export interface ProfileLessons {
  profileUri: string;
  relativePath: string;
  /** The profile's name (`profile:`). */
  profile: string;
  lessons: LessonCheck[];
}

export interface CheckLessonsParams {
  /** Where the server reports "n of N lessons" while it checks (the client's progress). */
  workDoneToken?: ProgressToken;
}

/**
 * `idealClient/checkLessons`: every lesson of every profile in the workspace, re-run now.
 * Cancellable; with a `workDoneToken`, the count of lessons checked is reported on it.
 */
export const CheckLessonsRequest = new RequestType<CheckLessonsParams, ProfileLessons[], void>('idealClient/checkLessons');

/** The lesson Record as Lesson appends to a profile's `lessons:`. */
export interface ProposedLessonInfo {
  prospect: string;
  expect: VerdictKind;
  because?: string;
  asOf: 'firstCall';
  learned?: string;
}

export type RecordLessonResult =
  | { ok: true; profileUri: string; lesson: ProposedLessonInfo; edit: WorkspaceEdit }
  | { ok: false; message: string };

/**
 * `idealClient/recordLesson`: the edit that appends the lesson of a past prospect to the profile
 * that judges it (the client applies it, undoably), or why not (not past, already a lesson, the
 * profile has a syntax error). Changes nothing itself.
 */
export const RecordLessonRequest = new RequestType<UriParams, RecordLessonResult, void>('idealClient/recordLesson');

export interface ProfileTemplateInfo {
  id: string;
  label: string;
  description: string;
  /** The file name to suggest when saving it (e.g. wunschkunde.profile.yaml). */
  fileName: string;
}

/** `idealClient/profileTemplates`: the New Profile templates (labels in the UI language). */
export const ProfileTemplatesRequest = new RequestType<Record<string, never>, ProfileTemplateInfo[], void>('idealClient/profileTemplates');

export interface ProfileTemplateParams {
  id: string;
  /** The language of the template's questions and comments; default: the template's own. */
  language?: Language;
}

/** `idealClient/profileTemplate`: the text of one template, or null for an unknown id. */
export const ProfileTemplateRequest = new RequestType<ProfileTemplateParams, string | null, void>('idealClient/profileTemplate');

export interface NewProspectParams {
  profileUri: string;
  /** Where the prospect will be saved: its `profile:` path is made relative to it. */
  targetUri?: string;
  /** The prospect's name (`prospect:`). */
  name?: string;
  /** The date of the first call, ISO yyyy-mm-dd (`met:`); default today. */
  met?: string;
}

export type NewProspectResult = { ok: true; text: string } | { ok: false; message: string };

/** `idealClient/newProspect`: a new prospect for a profile, every fact with its question. */
export const NewProspectRequest = new RequestType<NewProspectParams, NewProspectResult, void>('idealClient/newProspect');

export interface VerdictsChangedParams {
  /** The prospects whose verdict may have changed. */
  uris: string[];
  /** Anything may have changed (settings, workspace folders, a profile created or deleted, or more than a thousand prospects at once). */
  all?: boolean;
}

/** `idealClient/verdictsChanged` (server → client): refresh the status bar and the views. */
export const VerdictsChangedNotification = new NotificationType<VerdictsChangedParams>('idealClient/verdictsChanged');

export interface OffersParams {
  /** The profiles, by URI string (those of the verdicts a report shows). */
  uris: string[];
}

/** A profile's offer, for "What you offer" in the Evaluate All report. */
export interface ProfileOfferInfo extends ProfileOffer {
  profileUri: string;
}

/** `idealClient/offers`: the offer of each readable profile asked for, in the order asked. */
export const OffersRequest = new RequestType<OffersParams, ProfileOfferInfo[], void>('idealClient/offers');

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The l10n bundle for the UI language: a file path or the bundle's JSON contents. */
  l10nBundle?: string;
  /** The client watches the files itself (`synchronize.fileEvents`): the server registers no watcher. */
  clientWatchesFiles?: boolean;
  /**
   * The workspace is trusted: the server may run `git` (the profile-change lens). Absent or
   * false: git is never run, until WorkspaceTrustedNotification says otherwise.
   */
  trusted?: boolean;
}

/** `idealClient/workspaceTrusted`: the user trusted the workspace; from now on git may run. */
export const WorkspaceTrustedNotification = new NotificationType<void>('idealClient/workspaceTrusted');

/** What an edit of a profile (saved or not) changes against the last commit (HEAD). */
export type ProfileChangesResult =
  | {
    ok: true;
    /** The profile's text differs from HEAD (else `changes` is empty). */
    differs: boolean;
    changes: VerdictChange[];
    /** The list as a Markdown report, with links to the prospects. */
    markdown: string;
    /** How long the comparison took, in milliseconds. */
    millis: number;
  }
  /** No comparison: not a git work tree, an untrusted workspace, no commit yet … */
  | { ok: false; message: string };

/**
 * `idealClient/profileChanges`: every verdict the editor's text of a profile turns, compared with
 * the files at HEAD (the profile-change code lens opens it as a report).
 */
export const ProfileChangesRequest = new RequestType<UriParams, ProfileChangesResult, void>('idealClient/profileChanges');

/** What Record decision asks the user, as the server read the prospect. */
export type DecisionOptionsResult =
  | {
    ok: true;
    /** The prospect's name (`prospect:`). */
    prospect: string;
    /** Its status as written (prospect when none). */
    status: string;
    /** The outcomes that can be recorded: signed, declined, and referred when there is a colleague. */
    outcomes: ('signed' | 'declined' | 'referred')[];
    /** The colleagues a referral can go to: the verdict's suggestions, else every referral of the profile. */
    colleagues: { name: string; contact?: string; note?: string }[];
    /** The decision already written, when there is one (replacing it needs the user's yes). */
    existing?: { date?: string; outcome?: string; to?: string };
  }
  | { ok: false; message: string };

/** `idealClient/decisionOptions`: what Record decision may write into a prospect, or why nothing. */
export const DecisionOptionsRequest = new RequestType<UriParams, DecisionOptionsResult, void>('idealClient/decisionOptions');

export interface RecordDecisionParams {
  uri: string;
  outcome: 'signed' | 'declined' | 'referred';
  /** The colleague, with `referred` (one of DecisionOptionsResult's colleagues). */
  to?: string;
  /** ISO day (yyyy-mm-dd) of the decision; default the server's today. */
  date?: string;
  /** The user agreed to replace an existing `decision:`. */
  replace?: boolean;
}

export type RecordDecisionResult =
  | { ok: true; edit: WorkspaceEdit; status: string }
  | { ok: false; message: string; reason?: 'syntax' | 'exists' | 'shape' | 'invalid' };

/**
 * `idealClient/recordDecision`: the edit that writes `status:` and `decision:` into a prospect
 * (the client applies it, undoably), or why not (a syntax error, an existing decision not to be
 * replaced, a colleague who is not a referral). Changes nothing itself.
 */
export const RecordDecisionRequest = new RequestType<RecordDecisionParams, RecordDecisionResult, void>('idealClient/recordDecision');
export interface DraftReplyParams {
  /** The prospect. */
  uri: string;
  /** The kind of reply; absent: the first that applies. */
  kind?: ReplyKind;
  /** With refer: the colleague's name; absent: the first suggested. */
  to?: string;
}

export type DraftReplyResult =
  | {
    ok: true;
    draft: ReplyDraft;
    /** The prospect's name. */
    prospect: string;
    /** Every kind that applies, the first the one to offer first. */
    kinds: ReplyKind[];
    /** The colleagues suggested (a refer draft names one of them). */
    referrals: ReferralSuggestion[];
  }
  /** `usage`: the kind or colleague asked for does not apply (a fit gets no reply at all). */
  | { ok: false; message: string; usage?: boolean };

/**
 * `idealClient/draftReply`: the reply to a prospect drafted from its verdict — a decline, a
 * referral to a colleague, or the open questions — with only what may be shown to the client.
 * The client shows a choice when `kinds` or `referrals` hold more than one, and asks again.
 */
export const DraftReplyRequest = new RequestType<DraftReplyParams, DraftReplyResult, void>('idealClient/draftReply');
