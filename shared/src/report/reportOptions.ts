// What a caller of the Markdown reports decides: the language, and where a file's link leads.
import type { ProfileOffer } from './offerSection';
import type { Translate } from './translate';

export interface ReportOptions {
  /** The translation: l10n.t on the server and in the CLI, vscode.l10n.t in the extension. */
  t: Translate;
  /**
   * The link target of a file: the CLI links the path as shown (relative to where it runs), the
   * editor the file's URI. `uri` is there where the caller has one.
   */
  link(relativePath: string, uri?: string): string;
  /** When the report was made, already in the reader's format; no line for it when absent. */
  when?: string;
  /** The offers of the profiles behind the verdicts: a "What you offer" section after the table. */
  offers?: readonly ProfileOffer[];
}
