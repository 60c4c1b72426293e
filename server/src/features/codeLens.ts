// The verdict at the top of a prospect: one lens with verdict, score, known share,
// the dealbreaker and the suggested colleague; one with the questions still to ask.
import type { CodeLens } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { Evaluation } from '../../../shared/src/types';
import { verdictHeadline } from './verdictWords';
import { COMMANDS } from '../../../shared/src/ids';


export function getCodeLenses(parsed: ParsedDocument, evaluation: Evaluation): CodeLens[] {
  // Above the first line of the prospect (in a Markdown note: the front matter's first key).
  const line = parsed.lines.positionAt(parsed.yamlOffset).line;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  if (!evaluation.ok) {
    return [{ range, command: { title: l10n.t('Ideal Client: not evaluated — {0}', evaluation.message), command: COMMANDS.evaluateProspect, arguments: [parsed.uri] } }];
  }
  const v = evaluation.verdict;
  const lenses: CodeLens[] = [
    { range, command: { title: verdictHeadline(v), command: COMMANDS.evaluateProspect, arguments: [parsed.uri] } },
  ];
  if (v.ask.length > 0) {
    lenses.push({
      range,
      command: { title: v.ask.length === 1 ? l10n.t('1 question to ask') : l10n.t('{0} questions to ask', v.ask.length), command: COMMANDS.showQuestions, arguments: [parsed.uri] },
    });
  }
  return lenses;
}

/**
 * On a profile whose text differs from the last commit: how many verdicts the change turns,
 * opening the list (the command asks the server for it).
 */
export function getProfileChangeLenses(parsed: ParsedDocument, changed: number): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const title = changed === 0 ? l10n.t('This change turns no verdict') : changed === 1 ? l10n.t('This change turns 1 verdict') : l10n.t('This change turns {0} verdicts', changed);
  return [{ range, command: { title, command: COMMANDS.showProfileChanges, arguments: [parsed.uri] } }];
}
