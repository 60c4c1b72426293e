// The verdict at the top of a prospect, in lenses of their own so that the clickable ones stay
// whole: the verdict (for a client whose verdict changed since the first call: now, and what it
// was then; why before the numbers), the questions still to ask (or the notes to make after the
// call), Draft reply on a lead that is not a fit, Record as Lesson on a past prospect that no
// lesson names yet, then the colleague better suited. Record Decision is a code action and a
// command, not a lens: the row had no room for it.
//
// The row fits LENS_ROW_MAX characters, separators included: the other lenses take what they
// need and the verdict lens is shortened to the rest (its tooltip keeps the whole headline).
// VS Code cuts a lens row where the minimap starts. Measured in code-server 4.139 (Chromium, the
// workbench's font at the lens's 12 px; test/e2e/german.test.mjs logs it): the sample rows run at
// 5.8–6.4 px a character; a 1,280 px window with the side bar open leaves the row 742 px (1,400 px:
// 849). ACME's German row was 158 characters, 976 px, cut even at 1,400 px; now 110, 683 px.
import type { CodeAction, CodeLens } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { ParsedDocument } from '../parser/parsedDocument';
import { type Evaluation, type Verdict } from '../../../shared/src/types';
import { textLength } from '../../../shared/src/report/verdictWords';
import { questionLine } from '../../../shared/src/report/questionWords';
import { replyChoices } from '../engine';
import { verdictHeadline, verdictLens } from './verdictWords';
import { COMMANDS } from '../../../shared/src/ids';

/** The widest lens row, in characters with the separators (110 × 6.2 px ≈ 683 px of 742 at 1,280 px). */
export const LENS_ROW_MAX = 110;
/** How VS Code separates two lenses on a row: " | ", three characters. */
export const LENS_SEPARATOR = ' | ';

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
  const lens = (title: string, command: string, tooltip?: string): CodeLens =>
    ({ range, command: { title, command, arguments: [parsed.uri], ...(tooltip ? { tooltip } : {}) } });
  const rest = otherLenses(v, recordable, lens);
  const room = LENS_ROW_MAX - rest.reduce((n, l) => n + textLength(l.command!.title) + LENS_SEPARATOR.length, 0);
  return [lens(verdictLens(v, room), COMMANDS.evaluateProspect, verdictHeadline(v)), ...rest];
}

/** The lenses after the verdict's, in their order on the row. */
function otherLenses(v: Verdict, recordable: boolean, lens: (title: string, command: string, tooltip?: string) => CodeLens): CodeLens[] {
  const out: CodeLens[] = [];
  if (v.ask.length > 0) {
    const title = v.ask.length === 1 ? l10n.t('1 question to ask') : l10n.t('{0} questions to ask', v.ask.length);
    out.push(lens(title, COMMANDS.showQuestions, l10n.t('Ask next: {0}', questionLine(v.ask[0]))));
  } else if (v.selfCheck?.length > 0) {
    // Nothing to ask, but your own observations to note: Show Questions lists them.
    const n = v.selfCheck.length;
    const title = n === 1 ? l10n.t('1 thing to note') : l10n.t('{0} things to note', n);
    out.push(lens(title, COMMANDS.showQuestions, l10n.t('Note after the call: {0}.', v.selfCheck.map((s) => s.label).join(', '))));
  }
  // A lead that is not a fit: a decline, a referral or the open questions to draft (replyChoices
  // offers none for a client or a past prospect: the letters answer a first call).
  if (replyChoices(v).kinds.length > 0) {
    out.push(lens(l10n.t('Draft reply'), COMMANDS.draftReply));
  }
  if (recordable) out.push(lens(l10n.t('Record as Lesson'), COMMANDS.recordLesson));
  // The colleague last; clicking it shows the whole verdict, with the colleague's contact and note.
  if (v.referrals.length > 0) out.push(lens(l10n.t('better suited: {0}', v.referrals.map((r) => r.name).join(', ')), COMMANDS.evaluateProspect));
  return out;
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
