// Hints from the notes: for a fact with no value, each option whose phrase occurs in
// the notes is suggested — not scored — with the phrase's position in the prospect's file, so the
// editor can underline it and offer "set the fact to this value".
//
// Positions are searched in the notes as they stand in the file (`notesSource.text`, the raw
// YAML scalar or the Markdown body) and shifted by where that text starts; the character shift
// applies to its first line only. Without a source, the parsed `notes` are searched from 0:0.
import type { FactSpec, Hint, Position, Prospect } from '../../../shared/src/types';
import { findPhrase } from './phrases';
import { isUnknown } from './values';

interface NotesText {
  text: string;
  start: Position;
}

function notesOf(prospect: Prospect): NotesText | undefined {
  const src = prospect.notesSource;
  if (src && typeof src.text === 'string') {
    const line = Number.isInteger(src.start?.line) && src.start.line >= 0 ? src.start.line : 0;
    const character = Number.isInteger(src.start?.character) && src.start.character >= 0 ? src.start.character : 0;
    return { text: src.text, start: { line, character } };
  }
  if (typeof prospect.notes === 'string') return { text: prospect.notes, start: { line: 0, character: 0 } };
  return undefined;
}

/** Offsets of line starts in text; \r\n, \n and a lone \r each end a line (as in LSP). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number, origin: Position): Position {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const character = offset - starts[lo];
  return lo === 0
    ? { line: origin.line, character: origin.character + character }
    : { line: origin.line + lo, character };
}

/**
 * The hints for the facts of `facts` that have no value in the prospect, in profile order and
 * option order; one per (fact, option), at the earliest occurrence of any of its phrases.
 */
export function findHints(facts: readonly FactSpec[], prospectFacts: (name: string) => unknown, prospect: Prospect): Hint[] {
  const notes = notesOf(prospect);
  if (!notes || notes.text.length === 0) return [];
  let starts: number[] | undefined;
  const hints: Hint[] = [];
  for (const fact of facts) {
    if (!Array.isArray(fact.options) || !isUnknown(prospectFacts(fact.name))) continue;
    for (const option of fact.options) {
      if (!option || typeof option.value !== 'string' || !Array.isArray(option.phrases)) continue;
      let best: { index: number; phrase: string } | undefined;
      for (const phrase of option.phrases) {
        if (typeof phrase !== 'string') continue;
        const m = findPhrase(notes.text, phrase);
        if (m && (!best || m.index < best.index)) best = { index: m.index, phrase };
      }
      if (!best) continue;
      starts ??= lineStarts(notes.text);
      const at = positionAt(starts, best.index, notes.start);
      hints.push({ fact: fact.name, value: option.value, phrase: best.phrase, line: at.line, character: at.character });
    }
  }
  return hints;
}
