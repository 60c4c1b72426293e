// How the Prospects view orders and narrows its rows, apart from the tree itself: the order
// within a group (by date, score or name), the filter (text, or one profile), and the short
// message of a prospect that could not be evaluated. No `vscode` import: unit-tested bare.
import type { ProspectEvaluation } from '../../shared/src/protocol';

export type ProspectsSort = 'date' | 'score' | 'name';
export const PROSPECTS_SORTS: readonly ProspectsSort[] = ['date', 'score', 'name'];

/** What the view is narrowed to: prospects whose name, file or profile holds `text`, or of one profile. */
export interface ProspectsFilter {
  text?: string;
  profileUri?: string;
}

/** The date a prospect's file name starts with (New Prospect names them so), as yyyy-mm-dd. */
export function fileDate(relativePath: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})[^/]*$/.exec(relativePath)?.[1];
}

function nameOf(r: ProspectEvaluation): string {
  return r.evaluation.ok ? r.evaluation.verdict.prospect : r.relativePath;
}

/** The rows of a group in the chosen order: newest first, best score first, or by name. */
export function sortProspects(rows: readonly ProspectEvaluation[], by: ProspectsSort): ProspectEvaluation[] {
  const byName = (a: ProspectEvaluation, b: ProspectEvaluation): number => nameOf(a).localeCompare(nameOf(b));
  const score = (r: ProspectEvaluation): number => (r.evaluation.ok ? r.evaluation.verdict.score ?? -1 : -2);
  const compare = by === 'name' ? byName
    : by === 'score' ? (a: ProspectEvaluation, b: ProspectEvaluation) => score(b) - score(a) || byName(a, b)
      // Files without a date come after the dated ones.
      : (a: ProspectEvaluation, b: ProspectEvaluation) => (fileDate(b.relativePath) ?? '').localeCompare(fileDate(a.relativePath) ?? '') || byName(a, b);
  return [...rows].sort(compare);
}

export function matchesFilter(r: ProspectEvaluation, filter: ProspectsFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.profileUri && (!r.evaluation.ok || r.evaluation.profileUri !== filter.profileUri)) return false;
  const text = filter.text?.trim().toLocaleLowerCase();
  if (!text) return true;
  const profile = r.evaluation.ok ? r.evaluation.verdict.profile : '';
  return [nameOf(r), r.relativePath, profile].some((s) => s.toLocaleLowerCase().includes(text));
}

/** The profiles the rows are judged by (uri → name), when there is more than one. */
export function profilesOf(rows: readonly ProspectEvaluation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) if (r.evaluation.ok) out.set(r.evaluation.profileUri, r.evaluation.verdict.profile);
  return out;
}

/**
 * Why a prospect was not evaluated, without its own path (the row shows it already) and with
 * absolute paths made relative: "prospects/x.prospect.yaml:3:1: …" becomes "3:1: …".
 */
export function notEvaluatedText(message: string, relativePath: string, roots: readonly string[]): string {
  let m = message;
  if (m.startsWith(`${relativePath}:`)) m = m.slice(relativePath.length + 1).trimStart();
  for (const root of roots) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    m = m.split(prefix).join('');
  }
  return m;
}
