// The verdict words of shared/src/report/verdictWords.ts in the server's language (l10n.t: the
// client's UI language in the editor, --lang in the CLI), for the code lens, the CLI and reports.
import * as l10n from '@vscode/l10n';
import type { ProspectStatus, Verdict, VerdictKind } from '../../../shared/src/types';
import * as words from '../../../shared/src/report/verdictWords';

export { verdictIcon } from '../../../shared/src/report/verdictWords';

export function verdictName(kind: VerdictKind): string {
  return words.verdictName(kind, l10n.t);
}

/** " — Erwartete Antwortzeit: 4 Std. (Warnsignal)": why, after the verdict's name (see shared). */
export function cautionWords(v: Pick<Verdict, 'because' | 'known'>): string {
  return words.cautionWords(v, l10n.t);
}

export function statusName(status: ProspectStatus): string {
  return words.statusName(status, l10n.t);
}

/** "✔ fit", or "✘ no fit now · was ✔ fit at first call" (see shared). */
export function verdictNowAndThen(v: Verdict): string {
  return words.verdictNowAndThen(v, l10n.t);
}

/** "✘ no fit — … (dealbreaker) · 29% match", in at most `room` characters: the code lens (see shared). */
export function verdictLens(v: Verdict, room?: number): string {
  return words.verdictLens(v, l10n.t, room);
}

/** "✘ no fit — … (dealbreaker) · 29% match · 88% known · better suited: Anna Schmidt" */
export function verdictHeadline(v: Verdict): string {
  return words.verdictHeadline(v, l10n.t);
}
