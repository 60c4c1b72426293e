// A verdict as plain text for the terminal: the headline (why before the numbers), then the
// criteria fact by fact — the worst outcome on a fact first (an unmet dealbreaker, another unmet
// criterion, an unknown one, a met one), the others on that fact indented below it — the
// questions to ask (with the fact's label, never its id) and the colleagues better suited.
// The fixed words follow l10n (the CLI's --lang); the reasons come in the profile's language.
import * as l10n from '@vscode/l10n';
import type { Verdict } from '../../../shared/src/types';
import { statusName, verdictHeadline, verdictIcon, verdictName } from '../features/verdictWords';
import { byFactWorstFirst, outcomeMark } from '../features/outcomeMarks';
import { scoreLine } from '../../../shared/src/report/verdictWords';
import { questionLine } from '../../../shared/src/report/questionWords';
import { visible } from './terminalText';

export function verdictAsText(v: Verdict, file?: string): string {
  const out: string[] = [];
  out.push(`${v.prospect}${file ? ` (${file})` : ''} — ${verdictHeadline(v)}`);
  out.push(`  ${l10n.t('profile: {0}', v.profile)}`);
  if (v.status && v.status !== 'prospect') out.push(`  ${l10n.t('status: {0}', statusName(v.status))}`);
  if (v.firstCall && v.firstCall.verdict !== v.verdict) {
    const fc = v.firstCall;
    out.push(`  ${l10n.t('at first call: {0}', `${verdictIcon(fc.verdict)} ${verdictName(fc.verdict)} · ${scoreLine(fc, l10n.t)}`)}`);
  }
  for (const group of byFactWorstFirst(v.criteria)) {
    group.forEach((c, i) => out.push(`${i === 0 ? '  ' : '      '}${outcomeMark(c)} ${c.reason}`));
  }
  if (v.ask.length > 0) {
    out.push(`  ${l10n.t('ask next:')}`);
    for (const q of v.ask) out.push(`    - ${questionLine(q)}`);
  }
  out.push(...selfCheckLines(v));
  if (v.referrals.length > 0) {
    out.push(`  ${l10n.t('better suited:')}`);
    for (const r of v.referrals) out.push(`    - ${r.name}${r.contact ? ` <${r.contact}>` : ''}${r.note ? ` — ${r.note}` : ''}`);
  }
  for (const h of v.hints) out.push(`  ${l10n.t('hint: line {0}: "{1}" suggests {2}: "{3}"', h.line + 1, h.phrase, h.factLabel, h.valueLabel)}`);
  // For a terminal: an escape sequence in a name or reason is shown, not obeyed.
  return visible(out.join('\n'));
}

/** The facts of your own still unknown: "note after the call:", one line each. */
function selfCheckLines(v: Verdict): string[] {
  const list = Array.isArray(v.selfCheck) ? v.selfCheck : [];
  if (list.length === 0) return [];
  return [`  ${l10n.t('note after the call:')}`, ...list.map((s) => `    - ${s.label}`)];
}
