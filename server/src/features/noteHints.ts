// Phrases in a prospect's notes that suggest a value for a fact still unknown (the verdict's hints)
// become information diagnostics on the phrase, so the editor underlines them and offers the
// quick fix "Set <fact> to <option>" (codeActions.ts, code 'note-hint'). A phrase that hints at an
// option the fact's value contradicts (engine: noteContradictions) is information too, on the
// phrase, with the quick fix adding the tag or setting the choice (code 'note-contradiction').
// The messages name the fact's and the option's labels; the ids go only into `data`, for the fix.
import * as l10n from '@vscode/l10n';
import type { FactSpec, Verdict } from '../../../shared/src/types';
import { optionLabel, type Contradiction } from '../engine';
import type { Problem } from '../model/problem';

export function noteHintProblems(verdict: Verdict, contradictions: readonly Contradiction[] = [], facts: readonly FactSpec[] = []): Problem[] {
  const hints = verdict.hints.map((h) => ({
    range: { start: { line: h.line, character: h.character }, end: { line: h.line, character: h.character + h.phrase.length } },
    severity: 'information' as const,
    message: l10n.t('The notes suggest {0}: "{1}" ("{2}"). Set it to count it.', h.factLabel, h.valueLabel, h.phrase),
    code: 'note-hint' as const,
    data: { fact: h.fact, value: h.value },
  }));
  return [...hints, ...contradictions.map((c) => contradictionProblem(c, facts.find((f) => f.name === c.fact)))];
}

function contradictionProblem(c: Contradiction, fact: FactSpec | undefined): Problem {
  const message = c.type === 'tags'
    ? l10n.t('The notes suggest "{0}" ("{1}"), but {2} does not include it.', c.valueLabel, c.phrase, c.factLabel)
    : l10n.t('The notes suggest "{0}" ("{1}"), but {2} is set to "{3}".', c.valueLabel, c.phrase, c.factLabel, optionLabel(fact, String(c.current)));
  return {
    range: { start: { line: c.line, character: c.character }, end: { line: c.line, character: c.character + c.phrase.length } },
    severity: 'information',
    message,
    code: 'note-contradiction',
    // A value from an observation is not changed by an edit of `facts:`: no quick fix then.
    data: c.observed ? { fact: c.fact } : { fact: c.fact, value: c.value, add: c.type === 'tags' },
  };
}
