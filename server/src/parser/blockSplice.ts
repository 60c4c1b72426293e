// Any edit that stays inside one block — one top-level entry, one fact, one criterion, one list
// item, one key of a mapping, found by indentation — applied to the previous version's parse: the
// block's lines are parsed on their own and the resulting entries put in place of the old one in
// the previous YAML document; the positions of everything after the block move by the edit's
// length. A 10,000-line profile then costs the parse of a few lines instead of the whole text.
//
// Whether the spliced document is exactly what a full parse gives rests on this: in a block
// collection, an entry's lines end where the next line at its indentation (its next sibling)
// starts, and nothing before an entry changes how it is read — unless it uses what YAML lets
// cross those lines: anchors and aliases, tags, directives or document markers, tabs, a flow
// collection, quoted or block scalar that is not closed within the block (the block's own parse
// then has an error), or a line indented less than the block (it would belong to an outer one).
// Every such case, a block whose first line changed its indentation or kind, a duplicate key, or
// a parse with any problem is left to the full parse (undefined) — but one: a key being typed
// ("no" on the way to "note: x"), which yaml reports from the lines of the block and the next
// entry alone (halfTypedKeyHeld); the document then carries that problem, and the next keystroke
// re-parses the block that holds it. test/unit/fastParseProperty.test.ts compares the result with
// a full parse on random edits of every kind, the half-typed keys one keystroke at a time.
import { Alias, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { addDuplicateKeyErrors, nestingBeyondLimit } from './parsedDocument';
import { YAML_OPTIONS } from './yamlOptions';
import { forgetKeyIndex } from './astNavigation';
import { isRecord, valueAt, withLeaf, type PathSegment } from './valuePath';

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;
type Range3 = [number, number, number];

/** The block the last splice parsed: the path of its collection and its entries there (tests read it). */
export const lastSplice: { path: PathSegment[]; index: number; count: number } = { path: [], index: -1, count: 0 };

/** The edit, as the previous and the new text differ: old[start, oldEnd) became text[start, oldEnd + delta). */
export interface TextEdit {
  old: string;
  text: string;
  start: number;
  oldEnd: number;
  delta: number;
}

/** One entry of a block collection that can be parsed on its own. */
interface Unit {
  /** The collections from the document's root down to the one holding the entry (the last). */
  chain: Collection[];
  /** In each collection of the chain but the last, the index of the entry leading down. */
  through: number[];
  /** The path of the value of the last collection in the chain. */
  path: PathSegment[];
  index: number;
  /** How many entries from `index` on the block holds (more than one where a comment at the end of one would reach into the next). */
  count: number;
  /** The end of the enclosing block (where the last entry's lines end). */
  bound: number;
  /** The column of the entry's indicator (its key or its "-"). */
  column: number;
  /** Start of the entry's first line, and start of its next sibling's line (or the enclosing block's end), in the old text. */
  start: number;
  end: number;
}

/**
 * Applies the edit to `doc` (the parse of `edit.old`, without problems, anchors or aliases) and
 * returns the value of the new text, or undefined — with `doc` untouched — when the edit is not
 * inside a block that can be parsed on its own.
 */
export function spliceBlock(doc: Document.Parsed, value: unknown, edit: TextEdit): { value: unknown } | undefined {
  for (const unit of candidateUnits(doc, edit)) {
    let u: Unit | undefined = unit;
    // A block ending in a comment is taken together with the next entry (twice at most).
    for (let tries = 0; u && tries < 3; tries++) {
      const done = trySplice(doc, value, edit, u);
      if (done === 'spills') u = widened(u, edit.old);
      else if (done) return done;
      else break;
    }
  }
  return undefined;
}

/** The unit with the next entry of its collection added, or undefined if there is none to add. */
function widened(unit: Unit, old: string): Unit | undefined {
  const coll = unit.chain[unit.chain.length - 1];
  const last = unit.index + unit.count;
  if (last >= coll.items.length) return undefined;
  const after = last + 1 < coll.items.length ? lineLeading(old, indicatorOf(coll, last + 1, old)) : undefined;
  if (last + 1 < coll.items.length && (!after || after.column !== unit.column)) return undefined;
  return { ...unit, count: unit.count + 1, end: after ? after.lineStart : unit.bound };
}

/** The entries that hold the whole edit, the innermost first. */
function candidateUnits(doc: Document.Parsed, edit: TextEdit): Unit[] {
  const { old, start, oldEnd, text } = edit;
  // A pure insertion of whole lines at the start of a line extends the entry that ends there —
  // or, failing that, starts the one that starts there (a blank line typed before a top-level
  // key belongs to the block before it: taken with that key, it would stand before its entry).
  const appendsLines = start === oldEnd && edit.delta > 0 && text.charCodeAt(start + edit.delta - 1) === 10 && (start === 0 || old.charCodeAt(start - 1) === 10);
  return appendsLines && start > 0 ? [...unitsHolding(doc, edit, start - 1, true), ...unitsHolding(doc, edit, start, true)] : unitsHolding(doc, edit, start, false);
}

/** The entries that hold the edit, looked up from the entry whose line starts at or before `from`. */
function unitsHolding(doc: Document.Parsed, edit: TextEdit, from: number, appendsLines: boolean): Unit[] {
  const { old, start, oldEnd } = edit;
  const units: Unit[] = [];
  const chain: Collection[] = [];
  const through: number[] = [];
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  let bound = old.length;
  for (let depth = 0; depth < 100; depth++) {
    if (!(isMap(node) || isSeq(node)) || node.flow || node.items.length === 0) break;
    const coll = node as Collection;
    const index = lastEntryStartingBefore(coll, old, from);
    if (index < 0) break;
    const at = lineLeading(old, indicatorOf(coll, index, old));
    const next = index + 1 < coll.items.length ? lineLeading(old, indicatorOf(coll, index + 1, old)) : undefined;
    if (index + 1 < coll.items.length && !next) break;
    const end = next ? next.lineStart : bound;
    const entryStart = at?.lineStart ?? -1;
    const inside = entryStart >= 0 ? entryStart <= start : lineStartOf(old, startOf(coll, index)) <= start;
    const holds = inside && (oldEnd < end || (end === old.length && oldEnd <= end) || (appendsLines && oldEnd === end));
    if (!holds) {
      // An edit over several entries of this collection (a pasted criterion removed again, lines
      // deleted across two facts): the run of entries that holds it, parsed as one block.
      const run = inside && at ? entriesHolding(coll, old, index, at.column, bound, edit) : undefined;
      if (run) units.push({ chain: [...chain, coll], through: through.slice(), path: path.slice(), index, count: run.count, bound, column: at!.column, start: at!.lineStart, end: run.end });
      break;
    }
    chain.push(coll);
    if (at && (!next || next.column === at.column)) {
      units.push({ chain: chain.slice(), through: through.slice(), path: path.slice(), index, count: 1, bound, column: at.column, start: at.lineStart, end });
    }
    through.push(index);
    if (isMap(coll)) {
      const pair = coll.items[index];
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') break;
      path.push(pair.key.value);
      node = pair.value;
    } else {
      path.push(index);
      node = coll.items[index];
    }
    bound = end;
  }
  return units.reverse();
}

/** At most this many entries are parsed as one block; an edit over more goes to the enclosing block. */
const MAX_RUN = 64;

/**
 * The entries from `index` on, all at `column`, whose lines together hold the edit: how many, and
 * where the last one's lines end (its next sibling's line, or `bound`); undefined if the edit
 * reaches past `MAX_RUN` entries or an entry not at the column.
 */
function entriesHolding(coll: Collection, old: string, index: number, column: number, bound: number, edit: TextEdit): { count: number; end: number } | undefined {
  for (let count = 1; count <= MAX_RUN && index + count <= coll.items.length; count++) {
    const i = index + count;
    const next = i < coll.items.length ? lineLeading(old, indicatorOf(coll, i, old)) : undefined;
    if (i < coll.items.length && (!next || next.column !== column)) return undefined;
    const end = next ? next.lineStart : bound;
    if (edit.oldEnd < end || (end === old.length && edit.oldEnd <= end)) return count > 1 ? { count, end } : undefined;
  }
  return undefined;
}

/** Where entry `i` starts as a node: its key, or its value for a sequence item. */
function startOf(coll: Collection, i: number): number {
  const item = coll.items[i];
  const node = (isMap(coll) ? (item as Pair).key : item) as YamlNode | null;
  return node && typeof node === 'object' && 'range' in node && node.range ? node.range[0] : -1;
}

/** The offset of entry `i`'s indicator: its key, or the "-" before a sequence item; -1 if none. */
function indicatorOf(coll: Collection, i: number, text: string): number {
  const s = startOf(coll, i);
  if (s < 0 || isMap(coll)) return s;
  let j = s - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  return j >= 0 && text.charCodeAt(j) === 45 /* - */ ? j : -1;
}

/** The last entry whose first line starts at or before `offset` (binary search), or -1. */
function lastEntryStartingBefore(coll: Collection, text: string, offset: number): number {
  let lo = 0;
  let hi = coll.items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = startOf(coll, mid);
    if (s < 0) return -1;
    if (lineStartOf(text, s) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line start and column of `offset` when only spaces stand before it on its line. */
function lineLeading(text: string, offset: number): { lineStart: number; column: number } | undefined {
  if (offset < 0) return undefined;
  const lineStart = lineStartOf(text, offset);
  for (let k = lineStart; k < offset; k++) if (text.charCodeAt(k) !== 32) return undefined;
  return { lineStart, column: offset - lineStart };
}

/**
 * Nothing in the block's new text that could reach beyond it or be read otherwise in context:
 * anchors, aliases, tags, directives, document markers, tabs, CR, NUL, a byte order mark, a
 * line (a comment too) indented less than the block, or nesting the full parse refuses.
 */
function sliceIsPlain(slice: string, column: number): boolean {
  if (/[\t\r\0\uFEFF&*!]/.test(slice)) return false;
  if (/^(?:%|---|\.\.\.)/m.test(slice)) return false;
  let lineStart = 0;
  while (lineStart < slice.length) {
    let nl = slice.indexOf('\n', lineStart);
    if (nl < 0) nl = slice.length;
    let k = lineStart;
    while (k < nl && slice.charCodeAt(k) === 32) k++;
    // A comment too: one at an outer block's indentation belongs to that block's extent.
    if (k < nl && k - lineStart < column) return false;
    lineStart = nl + 1;
  }
  return nestingBeyondLimit(slice) === undefined;
}

let warmed = false;

/**
 * yaml's parser run once per process on a small block, after a profile's first problems are out.
 * The block reader (blockYamlReader.ts) reads a profile without yaml's parser, so the first edit
 * that re-parses a block paid for V8 compiling yaml's code: in the bench at 10,004 lines the p95
 * of typing in a quoted string went from 45 to 98 ms, its median 1.35× the plain value's.
 */
export function warmBlockParse(): void {
  if (warmed) return;
  warmed = true;
  try {
    parseDocument('w:\n  - id: x # c\n    why: "y"\n    is: [a, \'b\']\n    k: { a: 1 }\n    n: |\n      t\n', YAML_OPTIONS);
  } catch {
    // Nothing to warm: the next block parse compiles it.
  }
}

function trySplice(doc: Document.Parsed, value: unknown, edit: TextEdit, unit: Unit): { value: unknown } | 'spills' | undefined {
  const { old, text, delta } = edit;
  const parent = unit.chain[unit.chain.length - 1];
  const slice = text.slice(unit.start, unit.end + delta);
  if (!sliceIsPlain(slice, unit.column) || !sliceIsPlain(old.slice(unit.start, unit.end), unit.column)) return undefined;
  // The old document's problems, if any, are all in this block (they go with it).
  if (!doc.errors.every((e) => e.pos[0] >= unit.start && e.pos[1] <= unit.end)) return undefined;
  let iso: Document.Parsed;
  try {
    iso = parseDocument(slice, YAML_OPTIONS);
    // The full parse reports a duplicate key itself (uniqueKeys is off); so does the block's, so
    // that a block with one is left to the full parse.
    addDuplicateKeyErrors(iso);
  } catch {
    return undefined;
  }
  if (iso.warnings.length > 0) return undefined;
  if (iso.errors.length > 0) {
    const held = halfTypedKeyHeld(iso, slice, parent, unit, old.length);
    if (held !== true) return held;
  }
  const root = iso.contents;
  const sameKind = isMap(parent) ? isMap(root) : isSeq(root);
  // A word alone where a key goes reads as a plain scalar on its own, but as a key running on
  // into the next line in the full text: the block is widened by the next entry.
  if (!sameKind && isMap(parent) && isScalar(root) && root.type === 'PLAIN' && unit.index + unit.count < parent.items.length) return 'spills';
  if (!sameKind || !(isMap(root) || isSeq(root)) || root.flow || root.items.length === 0) return undefined;
  const newRoot = root as Collection;
  const first = lineLeading(slice, indicatorOf(newRoot, 0, slice));
  // The block still starts with its entry: a comment or blank line before it would belong to the
  // entry before (its extent ends after them).
  if (!first || first.lineStart !== 0 || first.column !== unit.column || !root.range) return undefined;

  const replaced = parent.items.slice(unit.index, unit.index + unit.count) as unknown[];
  if (unit.end < old.length && (spills(newRoot, slice.length, slice) || replaced.some((item) => spills(item, unit.end, old)))) return 'spills';

  // A mapping's keys: plain strings, none that another entry of the mapping already has.
  const oldKeys = new Set<string>();
  const newKeys: string[] = [];
  if (isMap(parent)) {
    for (const pair of replaced as Pair[]) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
      oldKeys.add(pair.key.value);
    }
    for (const pair of (newRoot as YAMLMap<unknown, unknown>).items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || pair.key.value === '__proto__') return undefined;
      newKeys.push(pair.key.value);
    }
    const others = new Set<string>();
    parent.items.forEach((p, i) => {
      if ((i < unit.index || i >= unit.index + unit.count) && isScalar(p.key)) others.add(String(p.key.value));
    });
    if (newKeys.some((k) => others.has(k))) return undefined;
  }

  // The enclosing collections' positions: before the block they stay, after it they move; one
  // that ends inside the block (the block is its last entry) ends where the block's parse ends.
  let oldIso: Document.Parsed | undefined | null;
  const oldIsoDoc = (): Document.Parsed | undefined => {
    if (oldIso === undefined) {
      const d = parseDocument(old.slice(unit.start, unit.end), YAML_OPTIONS);
      // Its only problems, if any, a key being typed (the old document had them there too).
      oldIso = d.errors.every(isHalfTypedKey) && d.warnings.length === 0 && d.contents?.range ? d : null;
    }
    return oldIso ?? undefined;
  };
  const oldRootRange = (): Range3 | undefined => oldIsoDoc()?.contents?.range;
  const ancestors: (Range3 | undefined)[] = [doc.range, ...unit.chain.map((c) => c.range as Range3 | undefined)];
  const moved: Range3[] = [];
  const newRange = root.range;
  for (const [a, r] of ancestors.entries()) {
    if (!r) return undefined;
    const m: number[] = [];
    for (let k = 0; k < 3; k++) {
      const p = r[k];
      if (a === 0 && p > unit.start && p <= unit.end) {
        // The document's extent: where the block's own document ends, when the block ends the text.
        const o = oldIsoDoc();
        if (unit.end !== old.length || !o || o.range[k] + unit.start !== p) return undefined;
        m.push(iso.range[k] + unit.start);
        continue;
      }
      const o = p >= unit.start && p <= unit.end ? oldRootRange() : undefined;
      let to: number | undefined;
      if (o && a === ancestors.length - 1 && o[k] + unit.start === p) {
        to = newRange[k] + unit.start; // the collection holding the block: its extent is the block's parse's
      } else if (o) {
        // An outer one that ends where the block ends: where the block's parse ends now, unless
        // the old ends coincided and the new ones do not (which of them it followed is unknown).
        const seen = new Set([0, 1, 2].filter((j) => o[j] + unit.start === p).map((j) => newRange[j] + unit.start));
        if (seen.size > 1) return undefined;
        to = seen.values().next().value;
      }
      if (to !== undefined) m.push(to);
      else if (p <= unit.start) m.push(p);
      else if (p > unit.end) m.push(p + delta);
      else return undefined;
    }
    moved.push(m as Range3);
  }

  // The new value: the collection's value with the entry replaced by the block's entries.
  const isoValue = iso.toJS();
  const before = valueAt(value, unit.path);
  let after: unknown;
  if (Array.isArray(before) && Array.isArray(isoValue) && unit.index + unit.count <= before.length && isSeq(parent)) {
    after = [...before.slice(0, unit.index), ...isoValue, ...before.slice(unit.index + unit.count)];
  } else if (isRecord(before) && isRecord(isoValue) && isMap(parent) && [...oldKeys].every((k) => Object.prototype.hasOwnProperty.call(before, k))) {
    const next: Record<string, unknown> = {};
    let placed = false;
    for (const k of Object.keys(before)) {
      if (!oldKeys.has(k)) next[k] = before[k];
      else if (!placed) {
        placed = true;
        for (const n of newKeys) next[n] = isoValue[n];
      }
    }
    after = next;
  } else {
    return undefined;
  }
  const newValue = withLeaf(value, unit.path, after);

  // From here on nothing fails: the document is changed in place.
  unit.chain.forEach((coll, d) => {
    const from = d < unit.through.length ? unit.through[d] + 1 : unit.index + unit.count;
    for (let i = from; i < coll.items.length; i++) shiftItem(coll.items[i], delta);
  });
  ancestors.forEach((r, i) => {
    if (!r) return;
    r[0] = moved[i][0];
    r[1] = moved[i][1];
    r[2] = moved[i][2];
  });
  for (const item of newRoot.items) shiftItem(item, unit.start);
  (parent.items as unknown[]).splice(unit.index, unit.count, ...newRoot.items);
  // The block's problems (a half-typed key) are now the document's only ones.
  for (const e of iso.errors) e.pos = [e.pos[0] + unit.start, e.pos[1] + unit.start];
  doc.errors.splice(0, doc.errors.length, ...iso.errors);
  // Keys may have changed their names: the key index of this mapping is built again when next asked.
  forgetKeyIndex(parent);
  lastSplice.path = unit.path;
  lastSplice.index = unit.index;
  lastSplice.count = unit.count;
  return { value: newValue };
}

/**
 * The one problem a block may have and still be spliced: a key being typed. yaml reads a plain
 * word without a colon ("no", "not" on the way to "note: x") as an implicit key that runs on over
 * the following lines as long as they are indented at least as far as the lexer then expects and
 * hold no ": " or comment, and reports it either as "Implicit keys need to be on a single line"
 * (it ran into the next key, which it swallowed) or as "Implicit map keys need to be followed by
 * map values" (it ended without one). Which one, and where, depends only on the lines from the
 * key to the next ": " or comment, and on how far the lexer expects the lines to be indented,
 * which every line with a key or a "-" sets — so the block's parse says what the full parse says
 * when:
 * - the key is not on the block's first line (there the lexer's expectation is the line before
 *   the block's, which the block's parse does not see; measured: a one-letter "n" before a key
 *   stays a key of its own after `question: "…"`, but swallows the key when it starts the text):
 *   left to an outer block;
 * - the key did not run to the end of the block (it ended at a ": " or comment in it), or the
 *   block ends the text;
 * - if it ran to the end of the block, the block is widened by the next entry ('spills'), into
 *   which it runs on; with no next entry, left to an outer block (its collection would end after
 *   the next line's indentation, as a comment's does).
 * Any other problem (a quote or bracket left open, a wrong indentation…) is left to the full
 * parse. Measured at 10,000 lines, the parse alone: each keystroke of a half-typed key cost a full
 * parse, 620 ms (load average 4).
 */
function halfTypedKeyHeld(iso: Document.Parsed, slice: string, parent: Collection, unit: Unit, oldLength: number): true | 'spills' | undefined {
  if (iso.warnings.length > 0 || !iso.errors.every(isHalfTypedKey)) return undefined;
  const firstLineEnd = slice.indexOf('\n');
  if (firstLineEnd < 0 || iso.errors.some((e) => e.pos[0] < firstLineEnd)) return undefined;
  // The key is plain words (a block scalar's ">" or "|", a quote or bracket would reach further).
  if (!iso.errors.every((e) => PLAIN_WORDS.test(slice.slice(e.pos[0], e.pos[1])))) return undefined;
  const errEnd = Math.max(...iso.errors.map((e) => e.pos[1]));
  if (!/^\s*$/.test(slice.slice(errEnd))) return true;
  if (unit.index + unit.count < parent.items.length) return 'spills';
  // Nothing at the block's indentation follows: the collections that end with the key end in
  // the full text after the next line's indentation (measured), which the block does not hold.
  return unit.end === oldLength ? true : undefined;
}

/** A half-typed key as `halfTypedKeyHeld` accepts it: words of plain characters, over lines. */
const PLAIN_WORDS = /^[A-Za-z0-9_\u00C0-\uFFFF][A-Za-z0-9_.\-\s\u00C0-\uFFFF]*$/;

/** yaml's two errors for a plain word standing where a key is expected (see halfTypedKeyHeld). */
export function isHalfTypedKey(e: YAMLError): boolean {
  return (e.code === 'MULTILINE_IMPLICIT_KEY' && e.message === 'Implicit keys need to be on a single line')
    || (e.code === 'MISSING_CHAR' && e.message === 'Implicit map keys need to be followed by map values');
}

/**
 * Moves every position in an entry (a node, or a pair's key and value) by `delta`. Half of a
 * 10,000-line profile's ~18,000 nodes move after an edit in its middle. Nodes and pairs are told
 * apart by class, not by yaml's isPair / isNode / isScalar, which read a symbol property of each
 * node: moving the whole document took 1.29 ms with those, 0.96 by class (warm, 200 runs); per
 * paste under the profiler 1.3 → 0.6 ms.
 */
function shiftItem(item: unknown, delta: number): void {
  if (item instanceof Pair) {
    shiftNode(item.key, delta);
    shiftNode(item.value, delta);
  } else {
    shiftNode(item, delta);
  }
}

function shiftNode(node: unknown, delta: number): void {
  if (node instanceof YAMLMap || node instanceof YAMLSeq) {
    shiftRange(node.range, delta);
    for (const child of node.items as unknown[]) shiftItem(child, delta);
  } else if (node instanceof Scalar || node instanceof Alias) {
    shiftRange(node.range, delta);
  }
}

function shiftRange(r: Range3 | null | undefined, delta: number): void {
  if (!r) return;
  r[0] += delta;
  r[1] += delta;
  r[2] += delta;
}

/**
 * Whether a node of the entry ends with a comment that reaches `end` (the block's end): its extent
 * then goes on over the next block's indentation, which the block's own parse does not see.
 * (At the end of the text nothing follows: no block there spills.)
 */
function spills(item: unknown, end: number, text: string): boolean {
  if (!item || typeof item !== 'object') return false;
  if ('key' in item && 'value' in item && !('range' in item)) {
    const { key, value } = item as Pair<YamlNode | null, YamlNode | null>;
    // A key with no value that ends the block ("note:" typed as a criterion's last line):
    // measured, the collections it ends reach into the next line's indentation too.
    const vr = value?.range;
    const last = vr ? vr[2] : key?.range?.[2];
    if ((value === null || (isScalar(value) && vr && vr[0] === vr[1])) && last !== undefined && /^\s*$/.test(text.slice(last, end))) return true;
    return spills(key, end, text) || spills(value, end, text);
  }
  const r = (item as { range?: Range3 | null }).range;
  // A comment line closing a collection, or a comment after an empty value (measured: both reach
  // into the next line's indentation; a comment after a value on its line does not).
  if (r && r[2] >= end && (/\n[ ]*#/.test(text.slice(Math.max(0, r[1] - 1), r[2])) || (r[0] === r[1] && text.slice(r[1], r[2]).includes('#')))) return true;
  return (isMap(item) || isSeq(item)) && (item as Collection).items.some((child) => spills(child, end, text));
}
