// Whether a phrase found in the notes is negated: a negation word before it in the same clause
// ("er sei nicht jederzeit erreichbar", "not available around the clock") takes the hint back.
//
// A clause ends at . ! ? ; : , at a dash or bracket, at a blank line, and before "aber",
// "sondern", "jedoch", "but", "however": "kein Problem mit dem Budget, erwartet Antworten rund um
// die Uhr" still hints, since its "kein" belongs to the clause before. The words that negate:
// nicht, kein/keine/keinen/keinem/keiner/keines, nie, niemals; not, no, never, and any word
// ending in n't (don't, doesn't, isn't, won't, can't…). Only the clause's last MAX_CLAUSE
// characters before the phrase are read, which bounds the work per occurrence.

/** Characters read back from a phrase to its clause's start; a clause is rarely a third as long. */
const MAX_CLAUSE = 300;

const NEGATIONS = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals',
  'not', 'no', 'never',
]);

/** Words that start a new clause of their own. */
const CLAUSE_WORDS = new Set(['aber', 'sondern', 'jedoch', 'but', 'however']);

/** Marks that end a clause; a blank line (two line breaks) does too. */
const CLAUSE_MARKS = /[.!?;:,()[\]–—]|\n\s*\n|\s-\s/g;

/** The words of a text, lower case: letters, digits and apostrophes (don't, don’t). */
const WORDS = /[\p{L}\p{N}'’]+/gu;

function negates(word: string): boolean {
  return NEGATIONS.has(word) || /n['’]t$/.test(word);
}

/** Whether the words of `text` before `index`, in the clause that holds `index`, negate it. */
export function isNegatedAt(text: string, index: number): boolean {
  const from = Math.max(0, index - MAX_CLAUSE);
  let before = text.slice(from, index);
  // Cut at the clause's last mark: what is before it belongs to another clause.
  let cut = -1;
  CLAUSE_MARKS.lastIndex = 0;
  for (let m = CLAUSE_MARKS.exec(before); m; m = CLAUSE_MARKS.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  const words = (before.toLowerCase().match(WORDS) ?? []);
  // Read back to the nearest clause word ("…, aber rund um die Uhr": a negation before "aber" is another clause's).
  for (let i = words.length - 1; i >= 0; i--) {
    if (CLAUSE_WORDS.has(words[i])) return false;
    if (negates(words[i])) return true;
  }
  return false;
}
