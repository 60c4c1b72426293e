// A linear pre-scan that counts the keys and list items of a YAML text before the parser sees
// it. The parser takes about 30 µs per entry on a slow machine (40,000 keys: 2.3 s; 80,000 list
// items: 2.6 s; a 1 MB block of notes only 0.15 s), and a profile or prospect has a few hundred
// entries: past the caps a file is not read, with one problem where a cap is crossed, so that
// every file under the size limit is checked in well under a second.

/** Keys of one mapping, or items of one list, at most. */
export const MAX_ENTRIES_PER_COLLECTION = 5_000;
/** Keys and list items in one file, at most (a 10,000-line profile of 13,800 entries parses in about 0.6 s). */
export const MAX_ENTRIES = 16_000;

export interface Crowded {
  /** Where the cap is crossed, in the scanned text. */
  offset: number;
  /** Which cap: one collection's, or the whole file's. */
  cap: 'collection' | 'file';
}

/** The characters the scan looks at on a line: quotes, "#", brackets, braces, "," and a block scalar's "|" or ">". */
const SPECIAL = new Uint8Array(128);
for (const ch of '"\'#[]{},|>') SPECIAL[ch.charCodeAt(0)] = 1;
const NEXT_SPECIAL = /["'#[\]{},|>]/g;

const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/**
 * Where the text passes a cap, or undefined. An entry is a line that holds something outside a
 * flow collection — counted with the lines of the same indentation under the same parent — or
 * an item of a flow collection; the lines of a block scalar (`notes: |`) are text, not entries.
 * Rough where YAML is odd (a multi-line plain scalar counts a line each, a list written at its
 * key's indentation counts with the keys): no real file comes near the caps.
 */
export function entriesBeyondLimit(text: string, perCollection = MAX_ENTRIES_PER_COLLECTION, total = MAX_ENTRIES): Crowded | undefined {
  // Every entry takes at least one character: a shorter text cannot cross a cap (a prospect of
  // half a kilobyte is not scanned at all — the CLI parses ten thousand of them).
  if (text.length <= Math.min(perCollection, total)) return undefined;
  let entries = 0;
  /** Open block collections, the innermost last: their indentation and how many entries they have. */
  const indents: number[] = [];
  const counts: number[] = [];
  let depth = 0;
  /** Open flow collections: items seen in each. */
  const flows: number[] = [];
  /** Indentation of the line that opened a block scalar, or -1 outside one. */
  let blockIndent = -1;
  let pos = 0;
  const flowEntry = (offset: number, count: number): Crowded | undefined => {
    if (++entries > total) return { offset, cap: 'file' };
    return count > perCollection ? { offset, cap: 'collection' } : undefined;
  };
  // Over the text's character codes, without cutting each line out, and a line's characters only
  // when it holds one the scan looks at (found by a regular expression, which skips the others
  // faster than a loop): a 10,000-line profile took 3 ms with a string per line, and is scanned
  // again after every edit that adds a line.
  let nextSpecial = -1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let indent = 0;
    while (pos + indent < end && text.charCodeAt(pos + indent) === 32) indent++;
    // The line's content: after its indentation, without a final CR.
    const from = pos + indent;
    const to = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const blank = from === to || text.charCodeAt(from) === 35;
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
      pos = end + 1;
      continue;
    }
    blockIndent = -1;
    if (!blank) {
      if (flows.length === 0) {
        while (depth > 0 && indents[depth - 1] > indent) depth--;
        if (depth > 0 && indents[depth - 1] === indent) counts[depth - 1]++;
        else {
          indents[depth] = indent;
          counts[depth++] = 1;
        }
        if (++entries > total) return { offset: from, cap: 'file' };
        if (counts[depth - 1] > perCollection) return { offset: from, cap: 'collection' };
      }
      if (nextSpecial < from) {
        NEXT_SPECIAL.lastIndex = from;
        nextSpecial = NEXT_SPECIAL.exec(text)?.index ?? text.length;
      }
      if (nextSpecial >= to) {
        pos = end + 1;
        continue;
      }
      let quote = 0;
      let header = false;
      for (let i = nextSpecial; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || SPECIAL[c] === 0) continue;
        if (c === 124 || c === 62) header = true;
        if (quote) { if (c === quote) quote = 0; continue; }
        if (c === 34 || c === 39) { if (flows.length > 0 || i === from || /[\s:[{,-]/.test(text[i - 1])) quote = c; continue; }
        if (c === 35 && (i === from || text.charCodeAt(i - 1) === 32)) {
          // A comment: the rest of the line is read only for a block scalar's header before it.
          for (let j = i; !header && j < to; j++) header = text.charCodeAt(j) === 124 || text.charCodeAt(j) === 62;
          break;
        }
        if (c === 91 || c === 123) flows.push(1);
        else if ((c === 93 || c === 125) && flows.length > 0) flows.pop();
        else if (c === 44 && flows.length > 0) {
          const crowded = flowEntry(i, ++flows[flows.length - 1]);
          if (crowded) return crowded;
        }
      }
      if (flows.length === 0 && header && BLOCK_SCALAR_HEADER.test(text.slice(from, to))) blockIndent = indent;
    }
    pos = end + 1;
  }
  return undefined;
}
