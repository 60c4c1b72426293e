// The verdict at the top of a prospect, in lenses of their own so that the line stays short in
// any language and the clickable ones come first: the verdict and score (for a client whose
// verdict changed since the first call: now, and what it was then; the whole headline in its
// tooltip; why before the numbers: the unmet dealbreaker with its value, what is still open), the
// questions still to ask (or the notes to make after the call), Draft reply on a live prospect
// that is not a fit, Record as Lesson on a past prospect that no lesson names yet, then the
// colleague better suited. One
// lens "verdict · score · known · dealbreaker · referral" plus "1 offene Frage" came to about 110
// characters in German, wider than a split editor, and the questions lens was cut off.
import type { CodeAction, CodeLens } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { ParsedDocument } from '../parser/parsedDocument';
import { isPastStatus, type Evaluation } from '../../../shared/src/types';
import { replyChoices } from '../engine';
import { verdictHeadline, verdictShort } from './verdictWords';
import { COMMANDS } from '../../../shared/src/ids';


/** The code action of a past prospect that no lesson names yet. */
export function recordLessonAction(uri: string): CodeAction {
  return {
    title: l10n.t('Record as Lesson'),
    kind: 'refactor',
    command: { title: l10n.t('Record as Lesson'), command: COMMANDS.recordLesson, arguments: [uri] },
  };
}

/** `recordable`: a past prospect no lesson names yet (it gets a Record as Lesson lens). */
export function getCodeLenses(parsed: ParsedDocument, evaluation: Evaluation, recordable = false): CodeLens[] {
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
  } else if (v.selfCheck?.length > 0) {
    // Nothing to ask, but your own observations to note: Show Questions lists them.
    const n = v.selfCheck.length;
    lenses.push({
      range,
      command: { title: n === 1 ? l10n.t('1 thing to note after the call') : l10n.t('{0} things to note after the call', n), command: COMMANDS.showQuestions, arguments: [parsed.uri] },
    });
  }
  // A live prospect that is not a fit: a decline, a referral or the open questions to draft.
  if (!isPastStatus(v.status) && replyChoices(v).kinds.length > 0) {
    lenses.push({ range, command: { title: l10n.t('Draft reply'), command: COMMANDS.draftReply, arguments: [parsed.uri] } });
  }
  if (recordable) {
    lenses.push({ range, command: { title: l10n.t('Record as Lesson'), command: COMMANDS.recordLesson, arguments: [parsed.uri] } });
  }
  // The unmet dealbreaker is named in the first lens already (its why); the colleague comes last.
  if (v.referrals.length > 0) lenses.push(show(l10n.t('better suited: {0}', v.referrals.map((r) => r.name).join(', '))));
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

/** The code action of a prospect that is still a lead (status prospect or offered, no decision yet). */
export function recordDecisionAction(uri: string): CodeAction {
  return {
    title: l10n.t('Record Decision'),
    kind: 'refactor',
    command: { title: l10n.t('Record Decision'), command: COMMANDS.recordDecision, arguments: [uri] },
  };
}

/** Its lens, after the verdict's own (a lens of its own: the verdict lens stays short). */
export function recordDecisionLens(parsed: ParsedDocument): CodeLens {
  const line = parsed.lines.positionAt(parsed.yamlOffset).line;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return { range, command: { title: l10n.t('Record Decision'), command: COMMANDS.recordDecision, arguments: [parsed.uri] } };
}
