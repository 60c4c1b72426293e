// The verdict words of shared/src/report/verdictWords.ts in the server's language (l10n.t: the
// client's UI language in the editor, --lang in the CLI), for the code lens, the CLI and reports.
import * as l10n from '@vscode/l10n';
import type { ProspectStatus, Verdict, VerdictKind } from '../../../shared/src/types';
import * as words from '../../../shared/src/report/verdictWords';

export { verdictIcon } from '../../../shared/src/report/verdictWords';

export function verdictName(kind: VerdictKind): string {
  return words.verdictName(kind, l10n.t);
}

/** " — caution: response-time" after a borderline verdict with an unmet caution (see shared). */
export function cautionWords(v: Pick<Verdict, 'verdict' | 'cautions'>): string {
  return words.cautionWords(v, l10n.t);
}

export function statusName(status: ProspectStatus): string {
  return words.statusName(status, l10n.t);
}

/** "✔ fit", or "✘ no fit now · was ✔ fit at first call" (see shared). */
export function verdictNowAndThen(v: Verdict): string {
  return words.verdictNowAndThen(v, l10n.t);
}

/** "✘ no fit · score 29%": the verdict in as few words as the code lens can show in any language. */
export function verdictShort(v: Verdict): string {
  return words.verdictShort(v, l10n.t);
}

/** "✘ no fit · score 29% · known 88% · dealbreaker: takes-advice · refer to Anna Schmidt" */
export function verdictHeadline(v: Verdict): string {
  return words.verdictHeadline(v, l10n.t);
}
