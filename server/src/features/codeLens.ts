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
  } else if (v.selfCheck?.length > 0) {
    // Nothing to ask, but your own observations to note: Show Questions lists them.
    const n = v.selfCheck.length;
    lenses.push({
      range,
      command: { title: n === 1 ? l10n.t('1 thing to note after the call') : l10n.t('{0} things to note after the call', n), command: COMMANDS.showQuestions, arguments: [parsed.uri] },
    });
  }
  return lenses;
}
