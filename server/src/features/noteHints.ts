// Phrases in a prospect's notes that suggest a value for a fact still unknown (the verdict's hints)
// become information diagnostics on the phrase, so the editor underlines them and offers the
// quick fix "Set <fact> to <value>" (codeActions.ts, code 'note-hint').
import * as l10n from '@vscode/l10n';
import type { Verdict } from '../../../shared/src/types';
import type { Problem } from '../model/problem';

export function noteHintProblems(verdict: Verdict): Problem[] {
  return verdict.hints.map((h) => ({
    range: { start: { line: h.line, character: h.character }, end: { line: h.line, character: h.character + h.phrase.length } },
    severity: 'information' as const,
    message: l10n.t('The notes suggest {0}: {1} ("{2}"). Set it to count it.', h.fact, h.value, h.phrase),
    code: 'note-hint' as const,
    data: { fact: h.fact, value: h.value },
  }));
}
