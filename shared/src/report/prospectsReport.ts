// Many verdicts as one Markdown report: the CLI's `evaluate --format markdown` and the editor's
// Evaluate All Prospects. A count by verdict, one table of every prospect grouped by verdict
// (fit, borderline, undetermined, no fit, then those not evaluated; by path within a group),
// then a section per prospect in the same order. The fixed words follow `t`; reasons and
// questions come in the profile's language. Whatever the files say is escaped (markdownText).
import { isPastStatus, type Verdict, type VerdictKind } from '../types';
import { markdownLink, markdownText as text } from './markdownText';
import type { ReportOptions } from './reportOptions';
import { offerSection } from './offerSection';
import { questionLine } from './questionWords';
import { byFactWorstFirst, outcomeMark } from './outcomeMarks';
import { becauseWords, cautionWords, scoreLine, statusName, verdictName, verdictNowAndThen } from './verdictWords';

export interface ReportEntry {
  /** The file as shown: relative to the workspace folder (editor) or to where the CLI runs. */
  file: string;
  /** The file's URI, where the caller has one. */
  uri?: string;
  verdict?: Verdict;
  /** Why there is no verdict (unreadable file, no profile …). */
  error?: string;
  /** The profile that gave the verdict (whose offer the report shows). */
  profileUri?: string;
}

const GROUPS: readonly VerdictKind[] = ['fit', 'borderline', 'undetermined', 'no-fit'];

export function prospectsReport(entries: readonly ReportEntry[], o: ReportOptions): string {
  const { t } = o;
  const out: string[] = [`# ${t('Ideal Client — prospects')}`, ''];
  if (o.when !== undefined) out.push(`_${t('Evaluated {0}', text(o.when))}_`, '');
  const counts = GROUPS.map((k) => `${verdictName(k, t)}: ${entries.filter((e) => e.verdict?.verdict === k).length}`);
  const failed = entries.filter((e) => !e.verdict).length;
  if (failed > 0) counts.push(`${t('not evaluated')}: ${failed}`);
  out.push(entries.length === 1 ? t('1 prospect — {0}', counts.join(', ')) : t('{0} prospects — {1}', entries.length, counts.join(', ')), '');
  const sorted = [...entries].sort((a, b) => group(a) - group(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Clients, leads and past prospects each in a table of their own — one table without a heading
  // when all are leads (a prospect that could not be judged counts as a lead).
  const kinds = (['client', 'lead', 'past'] as const).filter((k) => sorted.some((e) => kindOf(e) === k));
  const headed = kinds.length > 1 || kinds[0] !== 'lead';
  const headings = { client: t('Clients'), lead: t('Leads'), past: t('Past prospects') };
  for (const k of kinds) {
    if (headed) out.push(`## ${headings[k]}`, '');
    out.push(t('| Prospect | Verdict | Why | Match | Known | Ask next | Better suited |'), '|---|---|---|---|---|---|---|');
    for (const e of sorted) if (kindOf(e) === k) out.push(row(e, o));
    if (k !== kinds[kinds.length - 1]) out.push('');
  }
  const offers = offerSection(o.offers ?? [], o.t);
  if (offers.length > 0) out.push(...offers);
  for (const e of sorted) out.push('', ...section(e, o));
  return out.join('\n') + '\n';
}

/** Clients (status client), past prospects (declined, referred, ended), and the leads. */
function kindOf(e: ReportEntry): 'client' | 'lead' | 'past' {
  const status = e.verdict?.status;
  if (status === 'client') return 'client';
  return isPastStatus(status) ? 'past' : 'lead';
}

function group(e: ReportEntry): number {
  return e.verdict ? GROUPS.indexOf(e.verdict.verdict) : GROUPS.length;
}

function fileLink(e: ReportEntry, o: ReportOptions, shown = e.file): string {
  return markdownLink(shown, o.link(e.file, e.uri));
}

function row(e: ReportEntry, o: ReportOptions): string {
  const v = e.verdict;
  const cells = v
    ? [
      fileLink(e, o, v.prospect),
      `${text(verdictNowAndThen(v, o.t))}${isPastStatus(v.status) ? ` (${text(statusName(v.status, o.t))})` : ''}`,
      text(becauseWords(v, o.t)),
      v.score === null ? '–' : o.t('{0}%', v.score),
      o.t('{0}%', v.known),
      text(v.ask.slice(0, 2).map((q) => q.question).join(' / ')),
      text(v.referrals.map((r) => r.name).join(', ')),
    ]
    : [fileLink(e, o), o.t('not evaluated'), '', '', '', '', ''];
  return `| ${cells.join(' | ')} |`;
}


function section(e: ReportEntry, o: ReportOptions): string[] {
  const { t } = o;
  const v = e.verdict;
  if (!v) return [`## ${text(e.file)} — ${t('not evaluated')}`, '', fileLink(e, o), '', text(e.error ?? '')];
  const out = [`## ${text(v.prospect)} — ${verdictName(v.verdict, t)}${text(cautionWords(v, t)) ? ` — ${text(becauseWords(v, t))}` : ''}`, '', `${fileLink(e, o)} · ${t('profile: {0}', text(v.profile))} · ${text(scoreLine(v, t))}`];
  if (v.criteria.length > 0) out.push('');
  // Fact by fact, the worst outcome on a fact first and the others on it indented below.
  for (const group of byFactWorstFirst(v.criteria)) {
    group.forEach((c, i) => out.push(`${i === 0 ? '' : '  '}- ${outcomeMark(c)} ${text(c.reason)}`));
  }
  if (v.ask.length > 0) {
    out.push('', `**${t('Ask next')}**`, '');
    for (const q of v.ask) out.push(`1. ${text(questionLine(q))}`);
  }
  if (v.selfCheck?.length > 0) {
    out.push('', `**${t('Note after the call')}**`, '');
    for (const s of v.selfCheck) out.push(`- ${text(s.label)}`);
  }
  if (v.referrals.length > 0) {
    out.push('', `**${t('Better suited')}**`, '');
    for (const r of v.referrals) out.push(`- ${text(r.name)}${r.contact ? ` ${text(`<${r.contact}>`)}` : ''}${r.note ? ` — ${text(r.note)}` : ''}`);
  }
  return out;
}
