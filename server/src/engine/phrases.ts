// Finding a phrase in text, case-insensitively, as the `mentions` matchers and the note hints
// need it. Blanks inside a phrase match any run of blanks and line breaks, so "rund um die Uhr"
// is found when the notes wrap it across two lines of a YAML block or a Markdown paragraph.
//
// What is found is what the regular expression /w1\s+w2\s+…\s+wn/i finds: the first word may end
// a longer word of the text, the last may begin one, the words between are whole words. Such an
// expression backtracks at every word of the text, though: a 3,001-word phrase against 1 MB of
// notes took 205 s. So the text is folded and cut into words once (kept for the next phrase: one
// prospect's notes are searched for every phrase of the profile), and the words between the
// ends are found as a sequence with Knuth–Morris–Pratt, in time linear in text and phrase.
//
// State owned here: `lastText` — the last text searched, folded and cut; replaced by the next.
// `phraseCache` — each phrase's folded words and its NFC and NFD forms, looked up for every
// prospect (a profile's few hundred phrases against ten thousand notes: folding each phrase
// anew took 170 ms of a 4 s `diff`); emptied when it reaches PHRASE_CACHE_MAX phrases.

export interface PhraseMatch {
  /** Offset of the match in the searched text (UTF-16 code units, as LSP counts by default). */
  index: number;
  /** Length of the matched text (may differ from the phrase's when blanks differ). */
  length: number;
}

/** The blanks of a regular expression's \s, which separate words here. */
const BLANKS = /\s+/;
const WORD = /[^\s]+/g;

/** The words of a phrase; none for a phrase of blanks only. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(BLANKS).filter((w) => w !== '');
}

const foldCache = new Map<number, number>();

/**
 * One UTF-16 unit as a case-insensitive regular expression compares it (without the u flag):
 * its upper case when that is one unit, except that nothing outside ASCII folds into ASCII.
 * The folded text has the length of the text, so offsets carry over.
 */
function foldUnit(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const u = String.fromCharCode(c).toUpperCase();
    f = u.length === 1 && u.charCodeAt(0) >= 128 ? u.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

function fold(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

interface Cut {
  words: string[];
  starts: number[];
}

function cut(folded: string): Cut {
  const words: string[] = [];
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  return { words, starts };
}

let lastText: { text: string; folded: string; cut?: Cut } | undefined;

function prepared(text: string): { folded: string; cut: () => Cut } {
  if (lastText?.text !== text) lastText = { text, folded: fold(text) };
  const entry = lastText;
  return { folded: entry.folded, cut: () => (entry.cut ??= cut(entry.folded)) };
}

/** Where the sequence `pattern` occurs in `words`, in order (Knuth–Morris–Pratt). */
function* occurrences(words: readonly string[], pattern: readonly string[]): Generator<number> {
  const m = pattern.length;
  const fail = new Array<number>(m).fill(0);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fail[k - 1];
    if (pattern[i] === pattern[k]) k++;
    fail[i] = k;
  }
  for (let i = 0, k = 0; i < words.length; i++) {
    while (k > 0 && words[i] !== pattern[k]) k = fail[k - 1];
    if (words[i] === pattern[k]) k++;
    if (k === m) {
      yield i - m + 1;
      k = fail[k - 1];
    }
  }
}

/**
 * The first occurrence of a phrase in text, case-insensitively; undefined when absent. A phrase
 * is looked for as written, in NFC and in NFD ("Müller" typed on macOS is NFD), so that the
 * offsets stay those of the text.
 */
export function findPhrase(text: string, phrase: string, accept?: (match: PhraseMatch) => boolean): PhraseMatch | undefined {
  if (typeof text !== 'string' || typeof phrase !== 'string') return undefined;
  const p = preparedPhrase(phrase);
  return findWords(text, p.words, accept) ?? (p.composed ? findWords(text, p.composed, accept) : undefined) ?? (p.decomposed ? findWords(text, p.decomposed, accept) : undefined);
}

interface PreparedPhrase {
  words: readonly string[];
  /** The words of the phrase's NFC form, when that differs from the phrase. */
  composed?: readonly string[];
  /** The words of its NFD form, likewise. */
  decomposed?: readonly string[];
}

const PHRASE_CACHE_MAX = 4096;
const phraseCache = new Map<string, PreparedPhrase>();

function preparedPhrase(phrase: string): PreparedPhrase {
  let p = phraseCache.get(phrase);
  if (!p) {
    if (phraseCache.size >= PHRASE_CACHE_MAX) phraseCache.clear();
    const composed = phrase.normalize('NFC');
    const decomposed = phrase.normalize('NFD');
    p = { words: phraseWords(fold(phrase)) };
    if (composed !== phrase) p.composed = phraseWords(fold(composed));
    if (decomposed !== phrase) p.decomposed = phraseWords(fold(decomposed));
    phraseCache.set(phrase, p);
  }
  return p;
}

function findExactly(text: string, phrase: string): PhraseMatch | undefined {
  return findWords(text, preparedPhrase(phrase).words);
}

/** The first occurrence of a phrase, given as its folded words, that `accept` takes (every one when absent). */
function findWords(text: string, words: readonly string[], accept: (match: PhraseMatch) => boolean = () => true): PhraseMatch | undefined {
  if (words.length === 0) return undefined;
  const { folded, cut: cutText } = prepared(text);
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length === 1) {
    for (let index = folded.indexOf(first); index >= 0; index = folded.indexOf(first, index + 1)) {
      const match = { index, length: first.length };
      if (accept(match)) return match;
    }
    return undefined;
  }
  const { words: tw, starts } = cutText();
  const middle = words.slice(1, -1);
  // The first word ends the text's word before the middle ones, the last begins the one after.
  const candidates = middle.length > 0 ? occurrences(tw, middle) : range(1, tw.length);
  for (const j of candidates) {
    const before = j - 1;
    const after = j + middle.length;
    if (before < 0 || after >= tw.length) continue;
    if (!tw[before].endsWith(first) || !tw[after].startsWith(last)) continue;
    const index = starts[before] + tw[before].length - first.length;
    const match = { index, length: starts[after] + last.length - index };
    if (accept(match)) return match;
  }
  return undefined;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

/** Whether text contains the phrase (case-insensitive, blanks matching blanks, NFC or NFD alike). */
export function mentions(text: string, phrase: string): boolean {
  return findExactly(text.normalize('NFC'), phrase.normalize('NFC')) !== undefined;
}
