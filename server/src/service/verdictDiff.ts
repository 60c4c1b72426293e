// Every verdict that differs between two language services over the same folder — one reading the
// files at a git revision, one reading them now (editor texts included) — so that both sides are
// judged by exactly the same code. Pure over the two services: which files they see, which
// profile each prospect names on its own side (a renamed profile is followed through each side's
// `profile:` key), what each verdict is. Works in slices, pausing between them, so that the
// language server stays responsive and a newer edit can cancel an older comparison.
import * as path from 'node:path';
import { kindOf } from '../../../shared/src/fileKinds';
import type { CriterionChange, VerdictChange, VerdictOutcomes, VerdictSummary } from '../../../shared/src/types';
import type { LessonOutcome } from '../features/validation/profileChecks';
import type { LanguageService } from './languageService';
import type { Settings } from './settings';

export interface DiffInput {
  before: LanguageService;
  after: LanguageService;
  /** The folder compared: paths in the answer are relative to it. */
  root: string;
  /** Files and folders to compare (default: the root). */
  scopes?: readonly string[];
  settings: Settings;
  /** Why a file present at the revision gives no text there ("binary", "too large"), if so. */
  unreadableBefore?: (fsPath: string) => string | undefined;
  /**
   * Called before each prospect; a promise it returns is awaited (the caller decides when a
   * slice is over and hands the event loop back); may throw to stop (a newer edit cancels an
   * older comparison).
   */
  pause?: () => Promise<void> | undefined;
  /**
   * Forget each prospect's parse and verdict once compared (the CLI's single pass over ten
   * thousand files); the language server keeps them, for the next keystroke's comparison.
   */
  release?: boolean;
  /** Only the prospects this profile judges (on either side) and its own lessons. */
  onlyProfile?: string;
  /**
   * One share of the work, for threads that each take one: the prospects at positions
   * `index`, `index + of`, … of the sorted list; the lessons in share 0 only.
   */
  share?: { index: number; of: number };
}

export async function diffVerdicts(input: DiffInput): Promise<VerdictChange[]> {
  const { before, after, settings } = input;
  const scopes = input.scopes ?? [input.root];
  const prospects = new Set<string>();
  const profiles = new Set<string>();
  /** The prospects each side's walk found: there without asking the disk once per file. */
  const walked = [new Set<string>(), new Set<string>()];
  for (const scope of scopes) {
    const kind = kindOf(scope)?.kind;
    if (kind === 'prospect') prospects.add(after.uriOf(scope));
    else if (kind === 'profile') profiles.add(after.uriOf(scope));
    else {
      [before, after].forEach((side, i) => {
        const found = side.findFiles([scope]);
        for (const u of found.prospects) {
          prospects.add(u);
          walked[i].add(u);
        }
        for (const u of found.profiles) profiles.add(u);
      });
    }
  }
  const changes: VerdictChange[] = [];
  const share = input.share ?? { index: 0, of: 1 };
  const same = new SameInputs(before, after, settings, profiles);
  const sorted = [...prospects].sort();
  for (let i = share.index; i < sorted.length; i += share.of) {
    const uri = sorted[i];
    const paused = input.pause?.();
    if (paused) await paused;
    const fsPath = after.fsPathOf(uri)!;
    // Read the same at both sides, and judged by a profile that reads the same: the same verdict.
    const unreadable = input.unreadableBefore?.(fsPath);
    if (same.possible && walked[0].has(uri) && walked[1].has(uri) && !unreadable && same.prospect(uri)) {
      if (input.release) {
        before.release(uri);
        after.release(uri);
      }
      continue;
    }
    // The CLI keeps no verdict: the scores alone, computed once (see evaluateScoresOnly).
    const scoresOnly = input.release === true;
    const b = sideOf(before, uri, fsPath, settings, walked[0].has(uri), unreadable, scoresOnly);
    const a = sideOf(after, uri, fsPath, settings, walked[1].has(uri), undefined, scoresOnly);
    if (input.release) {
      before.release(uri);
      after.release(uri);
    }
    if (input.onlyProfile !== undefined && !(b.there && b.profileUri === input.onlyProfile) && !(a.there && a.profileUri === input.onlyProfile)) continue;
    const change = compare(relPath(input.root, fsPath), b, a);
    if (change) changes.push(change);
  }
  for (const uri of [...profiles].sort()) {
    if (share.index !== 0) break;
    if (input.onlyProfile !== undefined && uri !== input.onlyProfile) continue;
    await input.pause?.();
    changes.push(...lessonChanges(input, uri));
  }
  return sortChanges(changes);
}

/** By path; a prospect before its lessons, lessons by profile. */
export function sortChanges(changes: VerdictChange[]): VerdictChange[] {
  return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : (x.lessonOf ?? '') < (y.lessonOf ?? '') ? -1 : (x.lessonOf ?? '') > (y.lessonOf ?? '') ? 1 : 0));
}

/** One side of a prospect: not there, its verdict, or why it has none. */
type Side = { there: false } | { there: true; verdict: VerdictOutcomes; profileUri?: string } | { there: true; problem: string; profileUri?: string };

function sideOf(service: LanguageService, uri: string, fsPath: string, settings: Settings, walked: boolean, unreadable?: string, scoresOnly = false): Side {
  if (!walked && !service.isOpen(uri) && !service.fs.isFile(fsPath)) return { there: false };
  if (unreadable) return { there: true, problem: unreadable };
  const ev = scoresOnly ? service.evaluateScoresOnly(uri, settings) : service.evaluate(uri, settings);
  if (!ev.ok) return { there: true, problem: ev.message };
  // A profile with a syntax error still gives what could be read of it; a comparison must not
  // pass that off as the profile's verdict.
  const broken = syntaxError(service, ev.profileUri, settings);
  return broken ? { there: true, problem: broken, profileUri: ev.profileUri } : { there: true, verdict: ev.verdict, profileUri: ev.profileUri };
}

/**
 * Whether a prospect's verdict is bound to be the same at both sides: its file reads the same,
 * and so does the profile that judges it, which both sides find at the same place. A verdict is
 * computed from nothing else, so neither side is evaluated (the parse each side needs to find the
 * profile is one, shared: see parseShare.ts). Measured on 10,000 prospects with nothing changed:
 * 3.3 s of CPU before (every prospect judged twice).
 */
class SameInputs {
  /** Per profile URI: whether it reads the same at both sides (asked once per comparison). */
  private readonly profiles = new Map<string, boolean>();

  /**
   * Whether any profile found under the compared folders reads the same at both sides: if none
   * does (the usual case after a profile edit), finding each prospect's profile at both sides
   * only to learn that would cost ~10% of the comparison. (A profile elsewhere, named by a
   * prospect, is then not looked at: its prospects are evaluated, which is never wrong.)
   */
  readonly possible: boolean;

  constructor(private readonly before: LanguageService, private readonly after: LanguageService, private readonly settings: Settings, profiles: ReadonlySet<string>) {
    this.possible = [...profiles].some((uri) => this.profile(uri));
  }

  prospect(uri: string): boolean {
    const b = this.before.getDocument(uri, this.settings);
    const a = b && this.after.getDocument(uri, this.settings);
    if (!b || !a || b.text !== a.text) return false;
    const rb = this.before.resolveProfileFor(uri, this.settings);
    const ra = this.after.resolveProfileFor(uri, this.settings);
    return rb.ok && ra.ok && rb.uri === ra.uri && this.profile(rb.uri);
  }

  private profile(uri: string): boolean {
    let same = this.profiles.get(uri);
    if (same === undefined) {
      const b = this.before.getDocument(uri, this.settings);
      const a = this.after.getDocument(uri, this.settings);
      same = !!b && !!a && b.kind === 'profile' && a.kind === 'profile' && b.text === a.text;
      this.profiles.set(uri, same);
    }
    return same;
  }
}

/** "ideal.profile.yaml:3:1: …" for the first syntax error of a profile, if it has one. */
function syntaxError(service: LanguageService, profileUri: string, settings: Settings): string | undefined {
  const p = service.getDocument(profileUri, settings)?.problems.find((x) => x.severity === 'error');
  return p && `${service.describe(profileUri)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`;
}

function summary(v: VerdictOutcomes): VerdictSummary {
  return { verdict: v.verdict, score: v.score, known: v.known };
}

/** The change between two sides, or undefined when the verdict and the score are the same. */
function compare(rel: string, b: Side, a: Side, lessonOf?: string): VerdictChange | undefined {
  if (!b.there && !a.there) return undefined;
  const bv = b.there && 'verdict' in b ? b.verdict : undefined;
  const av = a.there && 'verdict' in a ? a.verdict : undefined;
  if (bv && av && bv.verdict === av.verdict && bv.score === av.score) return undefined;
  const bp = b.there && 'problem' in b ? b.problem : undefined;
  const ap = a.there && 'problem' in a ? a.problem : undefined;
  // Not judged on either side, for the same reason: nothing changed.
  if (!bv && !av && b.there === a.there && bp === ap) return undefined;
  const change: VerdictChange = {
    path: rel,
    prospect: av?.prospect ?? bv?.prospect ?? path.posix.basename(rel),
    before: bv ? summary(bv) : null,
    after: av ? summary(av) : null,
    criteria: criteriaChanges(bv, av),
  };
  if (bp !== undefined) change.beforeProblem = bp;
  if (ap !== undefined) change.afterProblem = ap;
  if (lessonOf !== undefined) change.lessonOf = lessonOf;
  return change;
}

function criteriaChanges(b: VerdictOutcomes | undefined, a: VerdictOutcomes | undefined): CriterionChange[] {
  if (!b || !a) return [];
  // The same criteria in the same order, each id once (an edit of a weight, a threshold):
  // compared pairwise, without a map of outcomes per prospect (8,000 changed verdicts: 0.1 s).
  if (b.criteria.length === a.criteria.length && b.criteria.every((c, i) => c.id === a.criteria[i].id) && new Set(a.criteria.map((c) => c.id)).size === a.criteria.length) {
    const out: CriterionChange[] = [];
    a.criteria.forEach((c, i) => {
      const before = b.criteria[i].outcome;
      if (before !== c.outcome) out.push({ id: c.id, before, after: c.outcome });
    });
    return out;
  }
  const was = new Map(b.criteria.map((c) => [c.id, c.outcome]));
  const out: CriterionChange[] = [];
  for (const c of a.criteria) {
    const before = was.get(c.id) ?? null;
    was.delete(c.id);
    if (before !== c.outcome) out.push({ id: c.id, before, after: c.outcome });
  }
  for (const [id, before] of was) out.push({ id, before, after: null });
  return out;
}

/** The lessons of one profile whose verdict changed, matched by the prospect file they name. */
function lessonChanges(input: DiffInput, profileUri: string): VerdictChange[] {
  const { before, after, settings } = input;
  const fsPath = after.fsPathOf(profileUri)!;
  const sides = (service: LanguageService): Map<string, VerdictOutcomes> => {
    const out = new Map<string, VerdictOutcomes>();
    if (!service.isOpen(profileUri) && !service.fs.isFile(fsPath)) return out;
    for (const l of service.lessons(profileUri, settings) as LessonOutcome[]) if (l.result.ok) out.set(l.result.uri, l.result.verdict);
    return out;
  };
  const b = sides(before);
  const a = sides(after);
  const profileRel = relPath(input.root, fsPath);
  const out: VerdictChange[] = [];
  for (const uri of [...new Set([...b.keys(), ...a.keys()])]) {
    const bv = b.get(uri);
    const av = a.get(uri);
    const change = compare(relPath(input.root, after.fsPathOf(uri)!), bv ? { there: true, verdict: bv } : { there: false }, av ? { there: true, verdict: av } : { there: false }, profileRel);
    if (change) out.push(change);
  }
  return out;
}

function relPath(root: string, fsPath: string): string {
  // A plain path below the root is cut, not resolved (once per changed prospect).
  if (path.sep === '/' && fsPath.startsWith(`${root}/`) && !root.endsWith('/') && !fsPath.includes('/.') && !fsPath.includes('//')) return fsPath.slice(root.length + 1);
  const rel = path.relative(root, fsPath);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? fsPath : rel).split(path.sep).join('/');
}
