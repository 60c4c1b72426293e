// Formats what the language server returned, for people: verdict words, the one-line summary of
// a notification, and the Markdown reports of Evaluate All Prospects and Check Lessons (the shared
// writers of shared/src/report, in the UI language, each file linked by its URI). No domain
// logic: every number and every verdict here comes from the server.
import * as vscode from 'vscode';
import type { Verdict, VerdictKind } from '../../shared/src/types';
import type { ProfileLessons, ProspectEvaluation } from '../../shared/src/protocol';
import * as words from '../../shared/src/report/verdictWords';
import { questionLine } from '../../shared/src/report/questionWords';
import { prospectsReport, type ReportEntry } from '../../shared/src/report/prospectsReport';
import { lessonsReport as lessonsMarkdown } from '../../shared/src/report/lessonsReport';
import type { ReportOptions } from '../../shared/src/report/reportOptions';
import type { ProfileOffer } from '../../shared/src/report/offerSection';

export function verdictName(kind: VerdictKind): string {
  return words.verdictName(kind, vscode.l10n.t);
}

/** A codicon for each verdict, as the status bar and the Prospects view show it. */
export const VERDICT_CODICON: Readonly<Record<VerdictKind, string>> = {
  fit: 'pass',
  borderline: 'warning',
  'no-fit': 'error',
  undetermined: 'question',
};

/** "29% match · 88% known" (or "no match yet · 0% known"). */
export function scoreLine(v: Pick<Verdict, 'score' | 'known'>): string {
  return words.scoreLine(v, vscode.l10n.t);
}

/** "no fit — Takes advice: “wants to be right” (dealbreaker)": the verdict and why. */
export function verdictWithWhy(v: Pick<Verdict, 'verdict' | 'because' | 'known'>): string {
  return `${verdictName(v.verdict)}${words.cautionWords(v, vscode.l10n.t)}`;
}

/** The notification after Evaluate Prospect: verdict, score, and what to do next. */
export function verdictSummary(v: Verdict): string {
  const parts = [`${v.prospect}: ${verdictWithWhy(v)} · ${scoreLine(v)}.`];
  if (v.ask.length > 0) parts.push(vscode.l10n.t('Ask next: {0}', questionLine(v.ask[0])));
  if (v.referrals.length > 0) parts.push(vscode.l10n.t('Better suited: {0}.', v.referrals.map(referralText).join(', ')));
  return parts.join(' ');
}

export function referralText(r: { name: string; contact?: string }): string {
  return r.contact ? `${r.name} (${r.contact})` : r.name;
}

/** The report of Evaluate All Prospects (the verdicts are summarised: only unmet criteria). */
export function evaluateAllReport(
  results: readonly ProspectEvaluation[], when: Date = new Date(), offers: readonly ProfileOffer[] = [], link: ReportOptions['link'] = uriLink,
): string {
  return prospectsReport(results.map(entryOf), { ...options(when, link), offers });
}

function entryOf(r: ProspectEvaluation): ReportEntry {
  const e: ReportEntry = { file: r.relativePath, uri: r.uri };
  if (r.evaluation.ok) e.verdict = r.evaluation.verdict;
  else e.error = r.evaluation.message;
  return e;
}


/** The report of Check Lessons: per profile, each lesson with the verdict expected and given. */
export function lessonsReport(results: readonly ProfileLessons[], when: Date = new Date(), link: ReportOptions['link'] = uriLink): string {
  return lessonsMarkdown(results, options(when, link));
}

/** In the editor's report (a document of its own scheme, with no folder): each file by its URI. */
function uriLink(relativePath: string, uri?: string): string {
  return uri ?? relativePath;
}

function options(when: Date, link: ReportOptions['link']): ReportOptions {
  return { t: vscode.l10n.t, link, when: when.toLocaleString(vscode.env.language) };
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
