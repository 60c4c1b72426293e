// The verdict at the top of a prospect, in lenses of their own so that the line stays short in
// any language and the clickable ones come first: the verdict and score (the whole headline in
// its tooltip), the questions still to ask, then the dealbreaker and the suggested colleague. One
// lens "verdict · score · known · dealbreaker · referral" plus "1 offene Frage" came to about 110
// characters in German, wider than a split editor, and the questions lens was cut off.
import type { CodeLens } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { Evaluation } from '../../../shared/src/types';
import { verdictHeadline, verdictShort } from './verdictWords';
import { COMMANDS } from '../../../shared/src/ids';


export function getCodeLenses(parsed: ParsedDocument, evaluation: Evaluation): CodeLens[] {
  // Above the first line of the prospect (in a Markdown note: the front matter's first key).
  const line = parsed.lines.positionAt(parsed.yamlOffset).line;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  if (!evaluation.ok) {
    return [{ range, command: { title: l10n.t('Ideal Client: not evaluated — {0}', evaluation.message), command: COMMANDS.evaluateProspect, arguments: [parsed.uri] } }];
  }
  const v = evaluation.verdict;
  const show = (title: string, tooltip?: string): CodeLens =>
    ({ range, command: { title, command: COMMANDS.evaluateProspect, arguments: [parsed.uri], ...(tooltip ? { tooltip } : {}) } });
  const lenses: CodeLens[] = [show(verdictShort(v), verdictHeadline(v))];
  if (v.ask.length > 0) {
    lenses.push({
      range,
      command: { title: v.ask.length === 1 ? l10n.t('1 question to ask') : l10n.t('{0} questions to ask', v.ask.length), command: COMMANDS.showQuestions, arguments: [parsed.uri] },
    });
  }
  if (v.dealbreakers.length > 0) lenses.push(show(l10n.t('dealbreaker: {0}', v.dealbreakers.join(', '))));
  if (v.referrals.length > 0) lenses.push(show(l10n.t('refer to {0}', v.referrals.map((r) => r.name).join(', '))));
  return lenses;
}
