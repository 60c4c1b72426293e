// A verdict as plain text for the terminal: the headline, then one line per criterion, the
// dealbreakers, the questions to ask and the colleagues to refer to.
import type { Verdict } from '../types';
import { verdictHeadline } from '../features/verdictWords';

const MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;

export function verdictAsText(v: Verdict, file?: string): string {
  const out: string[] = [];
  out.push(`${v.prospect}${file ? ` (${file})` : ''} — ${verdictHeadline(v)}`);
  out.push(`  profile: ${v.profile}`);
  for (const c of v.criteria) {
    const weight = c.dealbreaker ? 'dealbreaker' : `weight ${c.weight}`;
    out.push(`  ${MARK[c.outcome]} ${c.id} [${weight}]: ${c.reason}`);
  }
  if (v.ask.length > 0) {
    out.push('  ask next:');
    for (const q of v.ask) out.push(`    - ${q.question} (${q.fact})`);
  }
  if (v.referrals.length > 0) {
    out.push('  refer to:');
    for (const r of v.referrals) out.push(`    - ${r.name}${r.contact ? ` <${r.contact}>` : ''}${r.note ? ` — ${r.note}` : ''}`);
  }
  for (const h of v.hints) out.push(`  hint: line ${h.line + 1}: "${h.phrase}" suggests ${h.fact}: ${h.value}`);
  return out.join('\n');
}
