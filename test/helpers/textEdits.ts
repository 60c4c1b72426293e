// A text with LSP text edits applied, as an editor would apply them: the language server's own
// text-document library (vscode-languageserver-textdocument), not a copy in every test.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';

/** The text after `edits` (on distinct places; \n or \r\n line ends). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edited', 'yaml', 1, text), [...edits]);
}
