// The CLI's `evaluate --format markdown`: the report of shared/src/report/prospectsReport.ts (the
// editor's Evaluate All Prospects writes the same) in the CLI's language (--lang), each file
// linked by its path as the CLI shows it, with the offers of the profiles that judged them.
import * as l10n from '@vscode/l10n';
import { prospectsReport, type ReportEntry } from '../../../shared/src/report/prospectsReport';
import type { ProfileOffer } from '../../../shared/src/report/offerSection';

export type { ReportEntry };

export function verdictsAsMarkdown(entries: readonly ReportEntry[], offers: readonly ProfileOffer[] = []): string {
  return prospectsReport(entries, { t: l10n.t, link: (relativePath) => relativePath, offers });
}
