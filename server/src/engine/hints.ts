// Hints from the notes: for a fact with no value, each option whose phrase occurs in
// the notes is suggested — not scored — with the phrase's position in the prospect's file, so the
// editor can underline it and offer "set the fact to this value". A phrase negated in its clause
// ("nicht jederzeit erreichbar") hints nothing (negation.ts). For a fact that has a value, an
// option the notes hint at that the value contradicts (a tag not in the list, another choice) is
// a contradiction: the editor shows it as information on the phrase.
//
// Positions are searched in the notes as they stand in the file (`notesSource.text`, the raw
// YAML scalar or the Markdown body) and shifted by where that text starts; the character shift
// applies to its first line only. Without a source, the parsed `notes` are searched from 0:0.
//
// State owned here: hitsOf — per prospect object (a WeakMap), the phrase hits for one facts list;
// replaced when asked with another facts list, gone with the prospect object.
import type { FactSpec, Hint, Language, Position, Prospect } from '../../../shared/src/types';
import { isNegatedAt } from './negation';
import { findPhrase } from './phrases';
import { isUnknown, parseFactValue } from './values';
import { labelOf, optionLabel } from './valueShown';

/** A hint at an option that the fact's value contradicts; `current` is the value as read. */
export interface Contradiction extends Hint {
  /** The fact's type: tags (the option is missing from the list) or choice (another option is set). */
  type: 'tags' | 'choice';
  current: string | string[];
  /** The value comes from an observation, not from `facts:` (a fix to `facts:` would change nothing). */
  observed?: boolean;
}

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

/** The first occurrence, not negated in its clause, of any of an option's phrases. */
function optionHit(text: string, phrases: readonly unknown[]): { index: number; phrase: string } | undefined {
  let best: { index: number; phrase: string } | undefined;
  const notNegated = (m: { index: number }): boolean => !isNegatedAt(text, m.index);
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue;
    const m = findPhrase(text, phrase, notNegated);
    if (m && (!best || m.index < best.index)) best = { index: m.index, phrase };
  }
  return best;
}

interface PhraseHit {
  fact: FactSpec;
  option: string;
  hint: Hint;
}

/**
 * Every option of every fact whose phrases are found (not negated) in the notes, in profile order
 * and option order; one per (fact, option), at the earliest occurrence. Remembered per prospect
 * object and facts list: the hints (facts without a value) and the contradictions (facts with
 * one) are two halves of the same search, and the CLI and the editor ask for both — searched
 * twice, it was 1.1 s of 5.2 s of `evaluate` over 10,000 prospects, searched once 0.6 s.
 */
const hitsOf = new WeakMap<Prospect, { facts: readonly FactSpec[]; hits: readonly PhraseHit[] }>();

function allPhraseHits(facts: readonly FactSpec[], prospect: Prospect): readonly PhraseHit[] {
  const known = hitsOf.get(prospect);
  if (known && known.facts === facts) return known.hits;
  const hits: PhraseHit[] = [];
  const notes = notesOf(prospect);
  if (notes && notes.text.length > 0) {
    let starts: number[] | undefined;
    for (const fact of facts) {
      if (!Array.isArray(fact.options)) continue;
      for (const option of fact.options) {
        if (!option || typeof option.value !== 'string' || !Array.isArray(option.phrases)) continue;
        const best = optionHit(notes.text, option.phrases);
        if (!best) continue;
        starts ??= lineStarts(notes.text);
        const at = positionAt(starts, best.index, notes.start);
        hits.push({
          fact, option: option.value, hint: {
            fact: fact.name, value: option.value,
            // The words a person reads: the fact's and the option's labels (the ids stay for the quick fix).
            factLabel: labelOf(undefined, fact, fact.name),
            valueLabel: optionLabel(fact, option.value),
            phrase: best.phrase, line: at.line, character: at.character,
          },
        });
      }
    }
  }
  hitsOf.set(prospect, { facts, hits });
  return hits;
}

/** The phrase hits of the facts `wanted` takes (see allPhraseHits), in the same order. */
function phraseHits(facts: readonly FactSpec[], prospect: Prospect, wanted: (fact: FactSpec) => boolean, take: (fact: FactSpec, option: string, hint: Hint) => void): void {
  const verdictOf = new Map<FactSpec, boolean>();
  for (const h of allPhraseHits(facts, prospect)) {
    let w = verdictOf.get(h.fact);
    if (w === undefined) verdictOf.set(h.fact, (w = wanted(h.fact)));
    if (w) take(h.fact, h.option, h.hint);
  }
}

/**
 * The hints for the facts of `facts` that have no value in the prospect, in profile order and
 * option order; one per (fact, option), at the earliest occurrence of any of its phrases that is
 * not negated in its clause.
 */
export function findHints(facts: readonly FactSpec[], prospectFacts: (name: string) => unknown, prospect: Prospect): Hint[] {
  const hints: Hint[] = [];
  phraseHits(facts, prospect, (fact) => isUnknown(prospectFacts(fact.name)), (_fact, _option, hint) => hints.push(hint));
  return hints;
}

/**
 * The options the notes hint at (not negated) that a choice or tags fact's readable value
 * contradicts: a tag missing from the list, a choice other than the one set.
 */
export function findContradictions(facts: readonly FactSpec[], prospectFacts: (name: string) => unknown, prospect: Prospect, language: Language = 'en'): Contradiction[] {
  const out: Contradiction[] = [];
  const current = new Map<string, string | string[]>();
  const wanted = (fact: FactSpec): boolean => {
    if (fact.type !== 'tags' && fact.type !== 'choice') return false;
    const raw = prospectFacts(fact.name);
    if (isUnknown(raw)) return false;
    const read = parseFactValue(fact, raw, language);
    if (!read.ok || (typeof read.value !== 'string' && !Array.isArray(read.value))) return false;
    current.set(fact.name, read.value);
    return true;
  };
  phraseHits(facts, prospect, wanted, (fact, option, hint) => {
    const value = current.get(fact.name)!;
    const contradicts = Array.isArray(value) ? !value.includes(option) : value !== option;
    if (contradicts) out.push({ ...hint, type: fact.type === 'tags' ? 'tags' : 'choice', current: value });
  });
  return out;
}
