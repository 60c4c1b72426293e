// Whether a lesson holds (docs/reference.md, “Lessons”): the verdict as of the lesson's moment
// equals its `expect` and, with `because`, that criterion came out unmet. Pure.
//
// State owned here: firstCallCopies — per prospect object (a WeakMap), its copy without
// observations, so that the engine's judgements of it are reused; gone with the prospect.
import type { LessonSpec, Outcome, Prospect, VerdictKind, VerdictOutcomes } from '../../../shared/src/types';

export interface LessonJudgement {
  holds: boolean;
  /** The verdict as of the lesson's moment. */
  actual: VerdictKind;
  score: number | null;
  known: number;
  /** The half that failed: the verdict, or the criterion named by `because`. */
  failed?: 'verdict' | 'because';
  /** The outcome of the `because` criterion (undefined: no such criterion). */
  becauseOutcome?: Outcome;
}

const firstCallCopies = new WeakMap<Prospect, Prospect>();

/**
 * The prospect as it stood at the first call: its observations left out. One copy per prospect
 * object, so that the engine's judgements of an unchanged prospect are reused.
 */
export function atFirstCall(prospect: Prospect): Prospect {
  if (!prospect.observations || prospect.observations.length === 0) return prospect;
  let copy = firstCallCopies.get(prospect);
  if (!copy) {
    copy = { ...prospect, observations: [] };
    firstCallCopies.set(prospect, copy);
  }
  return copy;
}

/** `verdict` is the verdict as of the lesson's moment (the first call's for asOf: firstCall). */
export function judgeLesson(lesson: LessonSpec, verdict: VerdictOutcomes): LessonJudgement {
  const base = { actual: verdict.verdict, score: verdict.score, known: verdict.known };
  if (verdict.verdict !== lesson.expect) return { ...base, holds: false, failed: 'verdict' };
  if (lesson.because === undefined) return { ...base, holds: true };
  const outcome = verdict.criteria.find((c) => c.id === lesson.because)?.outcome;
  return outcome === 'unmet' ? { ...base, holds: true, becauseOutcome: outcome } : { ...base, holds: false, failed: 'because', becauseOutcome: outcome };
}
