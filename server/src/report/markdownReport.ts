// Verdicts as a Markdown report, for the CLI's `evaluate --format markdown` (the editor's
// "Evaluate All Prospects" report is client/src/report.ts). One table of every prospect, then a
// section per prospect. The fixed words follow l10n (the CLI's --lang); reasons and questions come
// in the profile's language. ReportEntry is shared with the JUnit report.
import * as l10n from '@vscode/l10n';
import { isPastStatus, type Verdict, type VerdictKind } from '../../../shared/src/types';
import { statusName, verdictName, verdictNowAndThen } from '../features/verdictWords';

export interface ReportEntry {
  /** The file, relative to the workspace folder. */
  file: string;
  verdict?: Verdict;
  /** Why there is no verdict (unreadable file, no profile …). */
  error?: string;
}

const ORDER: VerdictKind[] = ['fit', 'borderline', 'undetermined', 'no-fit'];

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function verdictsAsMarkdown(entries: ReportEntry[], title = l10n.t('Ideal Client — prospects')): string {
  const out: string[] = [`# ${title}`, ''];
  const counts = ORDER.map((k) => `${verdictName(k)}: ${entries.filter((e) => e.verdict?.verdict === k).length}`);
  const errors = entries.filter((e) => !e.verdict).length;
  out.push(l10n.t('{0} prospect(s) — {1}', entries.length, counts.join(', ') + (errors ? `, ${l10n.t('not evaluated')}: ${errors}` : '')), '');
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  // Clients, leads and past prospects each in a table of their own (a prospect that could not be
  // judged is listed with the leads).
  for (const [group, heading] of [['client', l10n.t('Clients')], ['lead', l10n.t('Leads')], ['past', l10n.t('Past prospects')]] as const) {
    const rows = sorted.filter((e) => groupOf(e) === group);
    if (rows.length === 0) continue;
    out.push(`## ${heading}`, '');
    out.push(l10n.t('| Prospect | Verdict | Score | Known | Dealbreaker | Ask next | Refer to |'), '|---|---|---|---|---|---|---|');
    for (const e of rows) {
      if (!e.verdict) {
        out.push(`| ${cell(e.file)} | ${l10n.t('not evaluated')} | | | | ${cell(e.error ?? '')} | |`);
        continue;
      }
      const v = e.verdict;
      const verdict = group === 'past' ? `${verdictNowAndThen(v)} (${statusName(v.status)})` : verdictNowAndThen(v);
      out.push(`| [${cell(v.prospect)}](${encodeURI(e.file)}) | ${cell(verdict)} | ${v.score ?? '–'}${v.score === null ? '' : '%'} | ${v.known}% | ${cell(v.dealbreakers.join(', '))} | ${cell(v.ask.slice(0, 2).map((q) => q.question).join(' / '))} | ${cell(v.referrals.map((r) => r.name).join(', '))} |`);
    }
    out.push('');
  }
  out.pop();
  for (const e of sorted) {
    if (!e.verdict) continue;
    const v = e.verdict;
    out.push('', `## ${v.prospect} — ${verdictName(v.verdict)}`, '', `\`${e.file}\` · ${l10n.t('profile: {0}', v.profile)}`, '');
    for (const c of v.criteria) out.push(`- ${c.outcome === 'met' ? '✓' : c.outcome === 'unmet' ? '✗' : '?'} **${c.id}**: ${c.reason}`);
    if (v.ask.length) {
      out.push('', `**${l10n.t('Ask next')}**`, '');
      for (const q of v.ask) out.push(`1. ${q.question}`);
    }
    if (v.referrals.length) {
      out.push('', `**${l10n.t('Refer to')}**`, '');
      for (const r of v.referrals) out.push(`- ${r.name}${r.contact ? ` <${r.contact}>` : ''}${r.note ? ` — ${r.note}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

function groupOf(e: ReportEntry): 'client' | 'lead' | 'past' {
  const status = e.verdict?.status;
  if (status === 'client') return 'client';
  return isPastStatus(status) ? 'past' : 'lead';
}

function rank(e: ReportEntry): number {
  return e.verdict ? ORDER.indexOf(e.verdict.verdict) : ORDER.length;
}
