// The verdicts a change of files changed (see service/verdictDiff.ts), as text for the terminal
// and as JSON. The Markdown table is diffMarkdown.ts. The fixed words follow l10n (the CLI's
// --lang); the paths and names are the user's.
import * as l10n from '@vscode/l10n';
import type { VerdictChange, VerdictSummary } from '../../../shared/src/types';
import { verdictName } from '../features/verdictWords';
import { matchWords } from '../../../shared/src/report/verdictWords';

/** "borderline · 63% match", "fit · no match yet". */
export function summaryText(s: VerdictSummary): string {
  return `${verdictName(s.verdict)} · ${matchWords(s.score, l10n.t)}`;
}

/** One side of a change in words: the verdict, why there is none, or that the file is not there. */
export function sideText(s: VerdictSummary | null, problem: string | undefined, rev: string, side: 'before' | 'after'): string {
  if (s) return summaryText(s);
  if (problem !== undefined) {
    return side === 'before' ? l10n.t('could not be evaluated at {0} ({1})', rev, problem) : l10n.t('could not be evaluated now ({0})', problem);
  }
  return side === 'before' ? l10n.t('(new)') : l10n.t('(gone)');
}

/** "Kranich Reisen GmbH (prospects/kranich.prospect.yaml): borderline 63% → fit 75%" */
export function changeAsText(c: VerdictChange, rev: string): string {
  const where = c.lessonOf === undefined ? c.path : l10n.t('{0}, lesson of {1}', c.path, c.lessonOf);
  return `${c.prospect} (${where}): ${sideText(c.before, c.beforeProblem, rev, 'before')} → ${sideText(c.after, c.afterProblem, rev, 'after')}`;
}

/** Every change, one line each, then a line that counts them. */
export function changesAsText(changes: readonly VerdictChange[], rev: string): string {
  const lines = changes.map((c) => changeAsText(c, rev));
  const n = changes.length;
  lines.push(n === 0 ? l10n.t('No verdict changed against {0}.', rev) : n === 1 ? l10n.t('1 verdict changed against {0}.', rev) : l10n.t('{0} verdicts changed against {1}.', n, rev));
  return lines.join('\n');
}

/** `[{ path, prospect, before, after }]`, with why a side could not be evaluated where so. */
export function changesAsJson(changes: readonly VerdictChange[]): string {
  return JSON.stringify(changes.map((c) => {
    const o: Record<string, unknown> = { path: c.path, prospect: c.prospect, before: c.before, after: c.after };
    if (c.beforeProblem !== undefined) o.beforeProblem = c.beforeProblem;
    if (c.afterProblem !== undefined) o.afterProblem = c.afterProblem;
    if (c.lessonOf !== undefined) o.lessonOf = c.lessonOf;
    if (c.criteria.length > 0) o.criteria = c.criteria;
    return o;
  }), null, 2);
}
