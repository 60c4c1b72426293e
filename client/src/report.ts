// Formats what the language server returned, for people: verdict words, the one-line summary of
// a notification, and the Markdown reports of Evaluate All Prospects and Check Lessons. No domain
// logic: every number and every verdict here comes from the server.
import * as vscode from 'vscode';
import type { Verdict, VerdictKind } from '../../shared/src/types';
import type { ProfileLessons, ProspectEvaluation } from '../../shared/src/protocol';
import { offerSection, type ProfileOffer } from '../../shared/src/report/offerSection';

export function verdictName(kind: VerdictKind): string {
  switch (kind) {
    case 'fit': return vscode.l10n.t('fit');
    case 'borderline': return vscode.l10n.t('borderline');
    case 'no-fit': return vscode.l10n.t('no fit');
    case 'undetermined': return vscode.l10n.t('undetermined');
  }
}

/** A codicon for each verdict, as the status bar and the Prospects view show it. */
export const VERDICT_CODICON: Readonly<Record<VerdictKind, string>> = {
  fit: 'pass',
  borderline: 'warning',
  'no-fit': 'error',
  undetermined: 'question',
};

/** "score 29% · known 88%" (or "no score yet · known 0%"). */
export function scoreLine(v: Pick<Verdict, 'score' | 'known'>): string {
  const score = v.score === null ? vscode.l10n.t('no score yet') : vscode.l10n.t('score {0}%', v.score);
  return `${score} · ${vscode.l10n.t('known {0}%', v.known)}`;
}

/** The notification after Evaluate Prospect: verdict, score, and what to do next. */
export function verdictSummary(v: Verdict): string {
  const parts = [`${v.prospect}: ${verdictName(v.verdict)} — ${scoreLine(v)}.`];
  if (v.dealbreakers.length > 0) parts.push(vscode.l10n.t('Dealbreaker: {0}.', v.dealbreakers.join(', ')));
  if (v.cautions?.length > 0) parts.push(vscode.l10n.t('Caution: {0}.', v.cautions.join(', ')));
  if (v.ask.length > 0) parts.push(vscode.l10n.t('Ask next: {0}', v.ask[0].question));
  if (v.referrals.length > 0) parts.push(vscode.l10n.t('Refer to {0}.', v.referrals.map(referralText).join(', ')));
  return parts.join(' ');
}

export function referralText(r: { name: string; contact?: string }): string {
  return r.contact ? `${r.name} (${r.contact})` : r.name;
}

/** The report of Evaluate All Prospects: a table, then each prospect's details. */
export function evaluateAllReport(results: readonly ProspectEvaluation[], when: Date = new Date(), offers: readonly ProfileOffer[] = []): string {
  const out: string[] = [`# ${vscode.l10n.t('Prospects')}`, '', `_${vscode.l10n.t('Evaluated {0}', when.toLocaleString(vscode.env.language))}_`, ''];
  const evaluated = results.filter((r) => r.evaluation.ok);
  const failed = results.filter((r) => !r.evaluation.ok);
  const counts = new Map<VerdictKind, number>();
  for (const r of evaluated) if (r.evaluation.ok) counts.set(r.evaluation.verdict.verdict, (counts.get(r.evaluation.verdict.verdict) ?? 0) + 1);
  const tally = (['fit', 'borderline', 'no-fit', 'undetermined'] as VerdictKind[])
    .filter((k) => counts.has(k))
    .map((k) => `${verdictName(k)}: ${counts.get(k)}`);
  if (failed.length > 0) tally.push(`${vscode.l10n.t('not evaluated')}: ${failed.length}`);
  out.push(tally.join(' · '), '');
  if (evaluated.length > 0) {
    out.push(`| ${vscode.l10n.t('Prospect')} | ${vscode.l10n.t('Verdict')} | ${vscode.l10n.t('Score')} | ${vscode.l10n.t('Known')} | ${vscode.l10n.t('File')} |`);
    out.push('|---|---|---:|---:|---|');
    for (const r of evaluated) {
      if (!r.evaluation.ok) continue;
      const v = r.evaluation.verdict;
      out.push(`| ${cell(v.prospect)} | ${cell(verdictName(v.verdict))} | ${v.score === null ? '–' : `${v.score}%`} | ${v.known}% | ${fileLink(r.relativePath, r.uri)} |`);
    }
    out.push(...offerSection(offers, vscode.l10n.t), '');
    for (const r of evaluated) {
      if (!r.evaluation.ok) continue;
      out.push(...verdictDetails(r.evaluation.verdict, r));
    }
  }
  if (failed.length > 0) {
    out.push(`## ${vscode.l10n.t('Not evaluated')}`, '');
    for (const r of failed) if (!r.evaluation.ok) out.push(`- ${fileLink(r.relativePath, r.uri)}: ${inline(r.evaluation.message)}`);
    out.push('');
  }
  return out.join('\n');
}

function verdictDetails(v: Verdict, r: ProspectEvaluation): string[] {
  const out = [`## ${inline(v.prospect)} — ${verdictName(v.verdict)}`, '', `${scoreLine(v)} · ${fileLink(r.relativePath, r.uri)}`, ''];
  if (v.dealbreakers.length > 0) out.push(`- ${vscode.l10n.t('Dealbreaker: {0}.', v.dealbreakers.join(', '))}`);
  out.push(...cautionLines(v));
  for (const c of v.criteria) {
    if (c.outcome === 'unmet') out.push(`- ${c.caution ? '⚠' : '✗'} ${inline(c.id)}: ${inline(c.reason)}`);
  }
  if (v.ask.length > 0) {
    out.push(`- ${vscode.l10n.t('Questions to ask:')}`);
    for (const q of v.ask) out.push(`  - ${inline(q.question)} (\`${q.fact}\`)`);
  }
  if (v.referrals.length > 0) out.push(`- ${vscode.l10n.t('Refer to {0}.', v.referrals.map((x) => inline(referralText(x))).join(', '))}`);
  out.push('');
  return out;
}

/** The unmet cautions and the facts of your own still to note, as lines of a prospect's details. */
function cautionLines(v: Verdict): string[] {
  const out: string[] = [];
  if (v.cautions?.length > 0) out.push(`- ${vscode.l10n.t('Caution: {0}.', v.cautions.map(inline).join(', '))}`);
  if (v.selfCheck?.length > 0) out.push(`- ${vscode.l10n.t('Note after the call: {0}.', v.selfCheck.map((s) => inline(s.label)).join(', '))}`);
  return out;
}

/** The report of Check Lessons: per profile, each lesson with the verdict expected and given. */
export function lessonsReport(results: readonly ProfileLessons[], when: Date = new Date()): string {
  const out: string[] = [`# ${vscode.l10n.t('Lessons')}`, '', `_${vscode.l10n.t('Checked {0}', when.toLocaleString(vscode.env.language))}_`, ''];
  for (const p of results) {
    out.push(`## ${inline(p.profile)} (${fileLink(p.relativePath, p.profileUri)})`, '');
    out.push(`| | ${vscode.l10n.t('Past client')} | ${vscode.l10n.t('Expected')} | ${vscode.l10n.t('Now')} | ${vscode.l10n.t('Learned')} |`);
    out.push('|---|---|---|---|---|');
    for (const l of p.lessons) {
      const mark = l.ok ? '✓' : '✗';
      const who = l.uri ? fileLink(l.name ?? l.relativePath ?? l.prospect, l.uri) : cell(l.prospect);
      const now = l.actual ? `${cell(verdictName(l.actual))}${l.score !== undefined && l.score !== null ? ` (${l.score}%)` : ''}` : cell(l.message ?? vscode.l10n.t('not evaluated'));
      out.push(`| ${mark} | ${who} | ${cell(verdictName(l.expect))} | ${now} | ${cell(l.learned ?? '')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function lessonTotals(results: readonly ProfileLessons[]): { total: number; failing: number } {
  let total = 0;
  let failing = 0;
  for (const p of results) for (const l of p.lessons) {
    total++;
    if (!l.ok) failing++;
  }
  return { total, failing };
}

/** Markdown-safe text on one line. */
function inline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1').trim();
}

function cell(s: string): string {
  return inline(s);
}

function fileLink(text: string, uri: string): string {
  // Angle brackets keep spaces and parentheses in the link target intact.
  return `[${inline(text)}](<${uri.replace(/[<>]/g, encodeURIComponent)}>)`;
}
