// A verdict as plain text for the terminal: the headline, then one line per criterion, the
// dealbreakers, the questions to ask and the colleagues to refer to.
// The fixed words follow l10n (the CLI's --lang); the reasons come in the profile's language.
//
// State owned here: the WeakMap below, its text line per criterion result — only for the engine's
// frozen, shared results (a result that cannot change); gone with the result.
import * as l10n from '@vscode/l10n';
import type { CriterionResult, Verdict } from '../../../shared/src/types';
import { statusName, verdictHeadline, verdictIcon, verdictName } from '../features/verdictWords';
import { outcomeMark } from '../features/outcomeMarks';
import { visible } from './terminalText';

/** A criterion's line by result, with the weight label it was written with (the language may change). */
const lines = new WeakMap<CriterionResult, { weight: string; text: string }>();

export function verdictAsText(v: Verdict, file?: string): string {
  const out: string[] = [];
  out.push(`${v.prospect}${file ? ` (${file})` : ''} — ${verdictHeadline(v)}`);
  out.push(`  ${l10n.t('profile: {0}', v.profile)}`);
  if (v.status && v.status !== 'prospect') out.push(`  ${l10n.t('status: {0}', statusName(v.status))}`);
  if (v.firstCall && v.firstCall.verdict !== v.verdict) {
    const fc = v.firstCall;
    out.push(`  ${l10n.t('at first call: {0}', `${verdictIcon(fc.verdict)} ${verdictName(fc.verdict)} · ${fc.score === null ? l10n.t('no score yet') : l10n.t('score {0}%', fc.score)} · ${l10n.t('known {0}%', fc.known)}`)}`);
  }
  // The same few labels on every line: translated once per verdict (l10n.t formats each call,
  // and the CLI writes this for every criterion of thousands of prospects).
  const labels = new Map<number | 'dealbreaker', string>();
  const label = (key: number | 'dealbreaker'): string => {
    let text = labels.get(key);
    if (text === undefined) {
      text = key === 'dealbreaker' ? l10n.t('dealbreaker') : l10n.t('weight {0}', key);
      labels.set(key, text);
    }
    return text;
  };
  for (const c of v.criteria) {
    const weight = label(c.dealbreaker ? 'dealbreaker' : c.weight ?? 1);
    let line = lines.get(c);
    if (line?.weight !== weight) {
      line = { weight, text: `  ${outcomeMark(c)} ${c.id} [${weight}]: ${c.reason}` };
      // The engine's shared results are frozen (engine/evaluate.ts): their line is written once.
      if (Object.isFrozen(c)) lines.set(c, line);
    }
    out.push(line.text);
  }
  if (v.ask.length > 0) {
    out.push(`  ${l10n.t('ask next:')}`);
    for (const q of v.ask) out.push(`    - ${q.question} (${q.fact})`);
  }
  out.push(...selfCheckLines(v));
  if (v.referrals.length > 0) {
    out.push(`  ${l10n.t('refer to:')}`);
    for (const r of v.referrals) out.push(`    - ${r.name}${r.contact ? ` <${r.contact}>` : ''}${r.note ? ` — ${r.note}` : ''}`);
  }
  for (const h of v.hints) out.push(`  ${l10n.t('hint: line {0}: "{1}" suggests {2}: {3}', h.line + 1, h.phrase, h.fact, h.value)}`);
  // For a terminal: an escape sequence in a name or reason is shown, not obeyed.
  return visible(out.join('\n'));
}

/** The facts of your own still unknown: "note after the call:", one line each. */
function selfCheckLines(v: Verdict): string[] {
  const list = Array.isArray(v.selfCheck) ? v.selfCheck : [];
  if (list.length === 0) return [];
  return [`  ${l10n.t('note after the call:')}`, ...list.map((s) => `    - ${s.label} (${s.fact})`)];
}
