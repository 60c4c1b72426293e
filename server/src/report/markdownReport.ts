// Verdicts as a Markdown report, for the CLI's `evaluate --format markdown` (the editor's
// "Evaluate All Prospects" report is client/src/report.ts). One table of every prospect, then a
// section per prospect. The fixed words follow l10n (the CLI's --lang); reasons and questions come
// in the profile's language. ReportEntry is shared with the JUnit report.
import * as l10n from '@vscode/l10n';
import type { Verdict, VerdictKind } from '../../../shared/src/types';
import { offerSection, type ProfileOffer } from '../../../shared/src/report/offerSection';
import { cautionWords, verdictIcon, verdictName } from '../features/verdictWords';
import { outcomeMark } from '../features/outcomeMarks';

export interface ReportEntry {
  /** The file, relative to the workspace folder. */
  file: string;
  verdict?: Verdict;
  /** Why there is no verdict (unreadable file, no profile …). */
  error?: string;
  /** The profile that gave the verdict (its offer is shown in the Markdown report). */
  profileUri?: string;
}

const ORDER: VerdictKind[] = ['fit', 'borderline', 'undetermined', 'no-fit'];

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function verdictsAsMarkdown(entries: ReportEntry[], title = l10n.t('Ideal Client — prospects'), offers: readonly ProfileOffer[] = []): string {
  const out: string[] = [`# ${title}`, ''];
  const counts = ORDER.map((k) => `${verdictName(k)}: ${entries.filter((e) => e.verdict?.verdict === k).length}`);
  const errors = entries.filter((e) => !e.verdict).length;
  out.push(l10n.t('{0} prospect(s) — {1}', entries.length, counts.join(', ') + (errors ? `, ${l10n.t('not evaluated')}: ${errors}` : '')), '');
  out.push(l10n.t('| Prospect | Verdict | Score | Known | Dealbreaker | Ask next | Refer to |'), '|---|---|---|---|---|---|---|');
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  for (const e of sorted) {
    if (!e.verdict) {
      out.push(`| ${cell(e.file)} | ${l10n.t('not evaluated')} | | | | ${cell(e.error ?? '')} | |`);
      continue;
    }
    const v = e.verdict;
    out.push(`| [${cell(v.prospect)}](${encodeURI(e.file)}) | ${verdictIcon(v.verdict)} ${verdictName(v.verdict)}${cell(cautionWords(v))} | ${v.score ?? '–'}${v.score === null ? '' : '%'} | ${v.known}% | ${cell(v.dealbreakers.join(', '))} | ${cell(v.ask.slice(0, 2).map((q) => q.question).join(' / '))} | ${cell(v.referrals.map((r) => r.name).join(', '))} |`);
  }
  out.push(...offerSection(offers, l10n.t));
  for (const e of sorted) {
    if (!e.verdict) continue;
    const v = e.verdict;
    out.push('', `## ${v.prospect} — ${verdictName(v.verdict)}`, '', `\`${e.file}\` · ${l10n.t('profile: {0}', v.profile)}`, '');
    for (const c of v.criteria) out.push(`- ${outcomeMark(c)} **${c.id}**: ${c.reason}`);
    if (v.ask.length) {
      out.push('', `**${l10n.t('Ask next')}**`, '');
      for (const q of v.ask) out.push(`1. ${q.question}`);
    }
    if (v.selfCheck?.length) {
      out.push('', `**${l10n.t('Note after the call')}**`, '');
      for (const s of v.selfCheck) out.push(`- ${s.label}`);
    }
    if (v.referrals.length) {
      out.push('', `**${l10n.t('Refer to')}**`, '');
      for (const r of v.referrals) out.push(`- ${r.name}${r.contact ? ` <${r.contact}>` : ''}${r.note ? ` — ${r.note}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

function rank(e: ReportEntry): number {
  return e.verdict ? ORDER.indexOf(e.verdict.verdict) : ORDER.length;
}
