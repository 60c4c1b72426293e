// The answers to the custom `idealClient/*` requests (shared/src/protocol.ts), computed from the
// language service alone: no connection here, so they can be tested bare; lsp/customRequests.ts
// wires them to the connection.
//
// State owned here, and where it is cleared:
//   EvaluateAllRuns.runs — the runs whose pages clients still fetch; a run goes when its last
//                          page is served, or when more than `keep` newer runs came after it
//   summaries            — per evaluation (a WeakMap): gone with the evaluation
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Evaluation, LanguageService } from './languageService';
import type { Settings } from './settings';
import type { CriterionResult } from '../../../shared/src/types';
import { listProfileTemplates, newProspectText, profileTemplateText } from '../features/templates';
import { offerInWords } from '../engine';
import { EVALUATE_ALL_PAGE_SIZE } from '../../../shared/src/protocol';
import type {
  EvaluateAllPage, EvaluateAllParams, LessonCheck, NewProspectParams, NewProspectResult, ProfileLessons, ProfileTemplateInfo, ProspectEvaluation, QuestionsResult,
  ProfileOfferInfo,
} from '../../../shared/src/protocol';
import * as l10n from '@vscode/l10n';

export type SettingsFor = (uri: string) => Settings;

/** Thrown by evaluateRun when its caller cancelled it. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface SliceOptions {
  /** Asked between slices; true ends the run with Cancelled. */
  isCancelled?: () => boolean;
  /** How long one slice may keep the event loop (ms). */
  sliceMs?: number;
  /** How a slice hands the event loop back (tests pass their own). */
  yieldNow?: () => Promise<void>;
  /** Told between slices how many prospects of the pass are evaluated (for a progress count). */
  onProgress?: (done: number, total: number) => void;
}

/** Passes over every prospect at most this often while documents keep changing under it. */
const MAX_PASSES = 5;

/** A finished evaluation of every prospect, and the service's changeCount it holds the verdicts of. */
export interface EvaluatedRun {
  items: ProspectEvaluation[];
  /** service.changeCount while every verdict was current; undefined if documents kept changing. */
  stamp: number | undefined;
}

/**
 * Every prospect's verdict, for Evaluate All: computed in slices of a few milliseconds that
 * hand the event loop back in between, so completion and diagnostics are answered while ten
 * thousand prospects are evaluated; cancellable between slices. A document that changes during
 * the run (a profile edit) makes it go over the list again — the service's memo makes that cheap
 * for whatever the change did not touch — so no verdict of a superseded version is returned.
 * The answer holds what the client shows (see summarise), not every criterion of every verdict.
 */
export async function evaluateRun(
  service: LanguageService, settingsFor: SettingsFor, prospects: readonly string[], o: SliceOptions = {},
): Promise<EvaluatedRun> {
  // A request that arrives meanwhile waits for about two slices (one before it is read, one
  // before its answer is written). Measured with npm run bench (10,000 prospects): slices of
  // 8 ms gave completion a median of ~40 ms meanwhile, 4 ms ~20 ms, 2 ms ~10 ms.
  const sliceMs = o.sliceMs ?? 2;
  const yieldNow = o.yieldNow ?? ((): Promise<void> => new Promise((resolve) => setImmediate(resolve)));
  const out: ProspectEvaluation[] = new Array<ProspectEvaluation>(prospects.length);
  for (let pass = 1; ; pass++) {
    const stamp = service.changeCount;
    let sliceStart = performance.now();
    for (let i = 0; i < prospects.length; i++) {
      if (i % 8 === 0 && performance.now() - sliceStart >= sliceMs) {
        o.onProgress?.(i, prospects.length);
        await yieldNow();
        if (o.isCancelled?.()) throw new Cancelled();
        sliceStart = performance.now();
      }
      const uri = prospects[i];
      out[i] = { uri, relativePath: service.describe(uri), evaluation: summarise(service.evaluate(uri, settingsFor(uri))) };
    }
    if (service.changeCount === stamp) return { items: out, stamp };
    if (pass >= MAX_PASSES) return { items: out, stamp: undefined };
    await yieldNow();
    if (o.isCancelled?.()) throw new Cancelled();
  }
}

interface KeptRun {
  id: number;
  stamp: number | undefined;
  items: ProspectEvaluation[];
}

/**
 * The runs of Evaluate All whose pages clients are still fetching. A run is evaluated whole when
 * its first page is asked for and kept as it was, so its pages agree with each other whatever
 * changes meanwhile (each page says whether something did). Kept until its last page is served,
 * and only the newest few: the Prospects view and the report may page at the same time.
 */
export class EvaluateAllRuns {
  private readonly runs: KeptRun[] = [];
  private lastId = 0;

  constructor(private readonly keep = 4) {}

  /**
   * One page: of a new run when `params.run` is absent (`evaluateRun` evaluates every prospect),
   * else of that kept run, or `expired` when it is no longer kept.
   */
  async page(
    service: LanguageService, params: EvaluateAllParams | undefined, evaluateRun: () => Promise<EvaluatedRun>,
  ): Promise<EvaluateAllPage> {
    const p = params ?? {};
    let run: KeptRun | undefined;
    if (p.run === undefined || p.run === null) {
      const done = await evaluateRun();
      run = { id: ++this.lastId, stamp: done.stamp, items: done.items };
      this.runs.push(run);
      if (this.runs.length > this.keep) this.runs.shift();
    } else {
      run = this.runs.find((r) => r.id === p.run);
      if (!run) return { ok: false, expired: true };
    }
    const offset = wholeNumber(p.offset, 0, run.items.length, 0);
    const limit = wholeNumber(p.limit, 1, EVALUATE_ALL_PAGE_SIZE, EVALUATE_ALL_PAGE_SIZE);
    // Its last page served, a run is let go: kept, it would hold on to verdicts of profiles
    // edited since (the service's memo forgets those), tens of megabytes for ten thousand.
    if (offset + limit >= run.items.length) this.runs.splice(this.runs.indexOf(run), 1);
    return {
      ok: true,
      run: run.id,
      total: run.items.length,
      offset,
      items: run.items.slice(offset, offset + limit),
      changed: run.stamp === undefined || run.stamp !== service.changeCount,
    };
  }
}

/** An integer parameter from the wire, clamped to [min, max]; `fallback` when it is none. */
function wholeNumber(v: unknown, min: number, max: number, fallback: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(v)));
}

/**
 * Resolves two turns of the event loop later. vscode-jsonrpc handles one received message per
 * setImmediate, queued after those already waiting: a request that came in with the one being
 * handled is handled before this resolves (its answer is written on the next turn).
 */
export async function afterPendingMessages(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A verdict as the Prospects view and the Evaluate All report use it: verdict, score, known,
 * dealbreakers, questions, referrals, and of the criteria only the unmet ones (the report lists
 * their ids and reasons), without the values and whys. Every criterion and the hints of ten
 * thousand prospects would be some 80 MB of JSON the client never reads — and the server cannot
 * answer anything else while it writes them; idealClient/evaluate gives one prospect's whole verdict.
 * Kept per evaluation (the service memoises those), so a second Evaluate All copies nothing.
 */
export function summarise(ev: Evaluation): Evaluation {
  if (!ev.ok) return ev;
  let s = summaries.get(ev);
  if (!s) {
    const v = ev.verdict;
    // The report shows each unmet criterion's reason (which holds the label, the value in words and
    // the why); the parts it is made of are left out: 42 → 28 MB for 10,000 prospects.
    const unmet = v.criteria.filter((c) => c.outcome === 'unmet').map((c): CriterionResult => {
      const { value: _value, why: _why, label: _label, target: _target, shown: _shown, brief: _brief, ...rest } = c;
      return rest;
    });
    s = { ok: true, profileUri: ev.profileUri, verdict: { ...v, criteria: unmet, hints: [] } };
    summaries.set(ev, s);
  }
  return s;
}

const summaries = new WeakMap<Evaluation, Evaluation>();

export function questions(service: LanguageService, uri: string, settings: Settings): QuestionsResult {
  const ev = service.evaluate(uri, settings);
  if (!ev.ok) return ev;
  return { ok: true, prospect: ev.verdict.prospect, profile: ev.verdict.profile, questions: ev.verdict.ask, selfCheck: ev.verdict.selfCheck };
}

/**
 * Every lesson of every profile, re-run against the profile as it is now: the service's lessons
 * (the ones the profile's problems are made of), with what Check Lessons shows of each.
 */
export function checkLessons(service: LanguageService, settingsFor: SettingsFor, profiles: readonly string[]): ProfileLessons[] {
  const out: ProfileLessons[] = [];
  for (const profileUri of profiles) {
    const checked = lessonsOf(service, settingsFor(profileUri), profileUri);
    if (checked) out.push(checked);
  }
  return out;
}

/**
 * Check Lessons in slices, like evaluateRun: between profiles the event loop is handed back (so
 * the editor is answered meanwhile), `onProgress` told how many lessons are checked of how many,
 * and a cancelled run ends with Cancelled. A profile's lessons are checked together (the
 * service memoises them per profile), so the count rises a profile at a time.
 */
export async function checkLessonsRun(
  service: LanguageService, settingsFor: SettingsFor, profiles: readonly string[], o: SliceOptions = {},
): Promise<ProfileLessons[]> {
  const sliceMs = o.sliceMs ?? 2;
  const yieldNow = o.yieldNow ?? ((): Promise<void> => new Promise((resolve) => setImmediate(resolve)));
  const counts = profiles.map((uri) => service.getProfileInfo(uri, settingsFor(uri))?.profile.lessons.length ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  const out: ProfileLessons[] = [];
  let done = 0;
  let sliceStart = performance.now();
  for (let i = 0; i < profiles.length; i++) {
    if (counts[i] === 0) continue;
    if (performance.now() - sliceStart >= sliceMs) {
      o.onProgress?.(done, total);
      await yieldNow();
      if (o.isCancelled?.()) throw new Cancelled();
      sliceStart = performance.now();
    }
    const checked = lessonsOf(service, settingsFor(profiles[i]), profiles[i]);
    if (checked) out.push(checked);
    done += counts[i];
  }
  o.onProgress?.(done, total);
  return out;
}

/** The lessons of one profile, re-run now; undefined for a profile that cannot be read or has none. */
function lessonsOf(service: LanguageService, settings: Settings, profileUri: string): ProfileLessons | undefined {
  const info = service.getProfileInfo(profileUri, settings);
  if (!info || info.profile.lessons.length === 0) return undefined;
  const lessons = service.lessons(profileUri, settings).map(({ index, result }): LessonCheck => {
    const lesson = info.profile.lessons[index];
    const base: LessonCheck = { prospect: lesson.prospect, expect: lesson.expect, ok: false };
    if (lesson.learned !== undefined) base.learned = lesson.learned;
    if (!result.ok) {
      const target = service.resolvePath(profileUri, lesson.prospect);
      if (target.ok) {
        base.uri = target.uri;
        base.relativePath = service.describe(target.uri);
      }
      return { ...base, message: result.message };
    }
    const v = result.verdict;
    return {
      ...base, uri: result.uri, relativePath: service.describe(result.uri),
      name: v.prospect, actual: v.verdict, score: v.score, known: v.known, ok: result.judgement.holds,
      ...(lesson.asOf ? { asOf: lesson.asOf } : {}),
      ...(lesson.because ? { because: lesson.because } : {}),
      ...(result.judgement.failed ? { failed: result.judgement.failed } : {}),
    };
  });
  return { profileUri, relativePath: service.describe(profileUri), profile: info.profile.profile, lessons };
}

/** The offer of each profile asked for that can be read (at most MAX_OFFERS of them). */
export function offers(service: LanguageService, settingsFor: SettingsFor, uris: unknown): ProfileOfferInfo[] {
  if (!Array.isArray(uris)) return [];
  const out: ProfileOfferInfo[] = [];
  for (const uri of new Set(uris.slice(0, MAX_OFFERS))) {
    if (typeof uri !== 'string') continue;
    const info = service.getProfileInfo(uri, settingsFor(uri));
    if (info) out.push({ profileUri: uri, profile: info.profile.profile, offer: offerInWords(info.profile) });
  }
  return out;
}

/** A workspace has a handful of profiles; a request for more is not from the report. */
const MAX_OFFERS = 1000;

export function profileTemplates(): ProfileTemplateInfo[] {
  return listProfileTemplates();
}

export function profileTemplate(id: unknown, language: unknown): string | null {
  if (typeof id !== 'string') return null;
  return profileTemplateText(id, typeof language === 'string' ? language : undefined) ?? null;
}

export function newProspect(service: LanguageService, params: NewProspectParams, settings: Settings): NewProspectResult {
  const info = typeof params.profileUri === 'string' ? service.getProfileInfo(params.profileUri, settings) : undefined;
  if (!info) return { ok: false, message: l10n.t('{0} is not a readable profile.', String(params.profileUri)) };
  const profileFsPath = service.fsPathOf(info.uri);
  const targetFsPath = typeof params.targetUri === 'string' ? service.fsPathOf(params.targetUri) : undefined;
  let profilePath = '';
  // No `profile:` when the profile is the one that would judge the prospect anyway (the nearest,
  // or the setting's): the file then names nothing that a rename or a move could break.
  const found = typeof params.targetUri === 'string' && targetFsPath ? service.resolveProfileFor(params.targetUri, settings) : undefined;
  if (found?.ok && found.uri === info.uri) profilePath = '';
  else if (profileFsPath && targetFsPath) profilePath = toPosix(path.relative(path.dirname(targetFsPath), profileFsPath));
  else if (profileFsPath) profilePath = toPosix(service.describe(info.uri));
  return {
    ok: true,
    text: newProspectText(info.profile, profilePath, {
      name: typeof params.name === 'string' ? params.name : undefined,
      met: typeof params.met === 'string' ? params.met : undefined,
    }),
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
