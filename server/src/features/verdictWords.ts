// A verdict in a few words, for the code lens, the CLI's text output and reports. The words of
// the verdict kinds themselves stay English identifiers in JSON; here they are for people.
import * as l10n from '@vscode/l10n';
import type { Verdict, VerdictKind } from '../../../shared/src/types';

const ICON: Record<VerdictKind, string> = { fit: '✔', borderline: '◐', 'no-fit': '✘', undetermined: '?' };

export function verdictName(kind: VerdictKind): string {
  switch (kind) {
    case 'fit': return l10n.t('fit');
    case 'borderline': return l10n.t('borderline');
    case 'no-fit': return l10n.t('no fit');
    case 'undetermined': return l10n.t('undetermined');
  }
}

export function verdictIcon(kind: VerdictKind): string {
  return ICON[kind];
}

/** "✘ no fit · score 29%": the verdict in as few words as the code lens can show in any language. */
export function verdictShort(v: Verdict): string {
  return `${ICON[v.verdict]} ${verdictName(v.verdict)} · ${v.score === null ? l10n.t('no score yet') : l10n.t('score {0}%', v.score)}`;
}

/** "✘ no fit · score 29% · known 88% · dealbreaker: takes-advice · refer to Anna Schmidt" */
export function verdictHeadline(v: Verdict): string {
  const parts = [`${ICON[v.verdict]} ${verdictName(v.verdict)}`];
  parts.push(v.score === null ? l10n.t('no score yet') : l10n.t('score {0}%', v.score));
  parts.push(l10n.t('known {0}%', v.known));
  if (v.dealbreakers.length > 0) parts.push(l10n.t('dealbreaker: {0}', v.dealbreakers.join(', ')));
  if (v.referrals.length > 0) parts.push(l10n.t('refer to {0}', v.referrals.map((r) => r.name).join(', ')));
  return parts.join(' · ');
}
