// Finding a phrase in text, case-insensitively, as the `mentions` matchers and the note hints
// need it. Blanks inside a phrase match any run of blanks and line breaks, so "rund um die Uhr"
// is found when the notes wrap it across two lines of a YAML block or a Markdown paragraph.
//
// The search is a regular expression built from the escaped words of the phrase joined by \s+:
// each word is literal and the separators cannot overlap, so it runs in linear time on any text.

export interface PhraseMatch {
  /** Offset of the match in the searched text (UTF-16 code units, as LSP counts by default). */
  index: number;
  /** Length of the matched text (may differ from the phrase's when blanks differ). */
  length: number;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

/** The regular expression that finds a phrase; undefined for a phrase with no words. */
export function phrasePattern(phrase: string, flags = 'i'): RegExp | undefined {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  return new RegExp(words.map((w) => w.replace(SPECIAL, '\\$&')).join('\\s+'), flags);
}

/**
 * Compiled patterns by phrase: a profile's phrases are searched in every prospect's notes, and
 * building the expression cost more than running it. Without the g flag exec keeps no state, so
 * one expression serves every caller. Bounded: emptied when full.
 */
const compiled = new Map<string, RegExp | undefined>();
const MAX_COMPILED = 4096;

function cachedPattern(phrase: string): RegExp | undefined {
  if (compiled.has(phrase)) return compiled.get(phrase);
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  const re = phrasePattern(phrase);
  compiled.set(phrase, re);
  return re;
}

/** The first occurrence of a phrase in text, case-insensitively; undefined when absent. */
export function findPhrase(text: string, phrase: string): PhraseMatch | undefined {
  if (typeof text !== 'string' || typeof phrase !== 'string') return undefined;
  const re = cachedPattern(phrase);
  if (!re) return undefined;
  const m = re.exec(text);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** Whether text contains the phrase (case-insensitive, blanks matching blanks). */
export function mentions(text: string, phrase: string): boolean {
  return findPhrase(text, phrase) !== undefined;
}
