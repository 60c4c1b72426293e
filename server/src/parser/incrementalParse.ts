// An edit applied to the previous version's parse instead of parsing the whole document again,
// which in a 10,000-line profile costs far more than everything else a check does. The commonest
// edit — typing inside one plain value ("weight: 3" → "weight: 4", "5000 EUR" → "6000 EUR") —
// changes one scalar in place; any other edit inside one block (a quoted string, a comment, a new
// key, a pasted criterion, a deleted line) re-parses that block alone (blockSplice.ts), also while
// a new key is half typed; the same text again takes the previous parse as it is. A document
// with other YAML problems or aliases, or an edit no block holds, returns undefined and is parsed
// in full; what this gives is exactly what the full parse would.
//
// State owned here: anchorsOf — per YAML document (a WeakMap), whether it has an anchor or an
// alias; gone with the document.
import { Alias, isAlias, isMap, isScalar, isSeq, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from './lineIndex';
import { entriesBeyondLimit } from './entryCount';
import { mayHoldPitfall, mergeConflict } from './yamlPitfalls';
import { parseCounter, yamlProblems, type ParsedDocument } from './parsedDocument';
import { resolvePlain } from './simpleYaml';
import { isHalfTypedKey, spliceBlock } from './blockSplice';
import { withLeaf, type PathSegment } from './valuePath';

/** Counts versions made by this path (tests tell it from a full parse). */
export const incrementalCounter = { count: 0 };

/** A value as plain as this stays one plain scalar in block and flow context alike. */
const SAFE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9._+-]*(?: [A-Za-z0-9._+-]+)*$/;

interface Hit {
  node: Scalar;
  path: PathSegment[];
}

/** The plain scalar value (not key) whose text [start, valueEnd] covers [from, to]. */
function findValueScalar(root: YamlNode | null | undefined, from: number, to: number): Hit | undefined {
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 200; depth++) {
    if (isScalar(node)) {
      const r = node.range;
      return r && r[0] <= from && to <= r[1] ? { node, path } : undefined;
    }
    const within = (n: unknown): boolean => {
      const r = (n as YamlNode | null)?.range;
      return !!r && r[0] <= from && to <= r[1];
    };
    if (isMap(node)) {
      const pair = node.items.find((p) => within(p.value));
      // An edit in a key, or between a key and its value, is not this path's business.
      if (!pair || node.items.some((p) => within(p.key)) || !isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
      path.push(pair.key.value);
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(within);
      if (index < 0) return undefined;
      path.push(index);
      node = node.items[index];
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The parse of `text` (version `version`) from `prev`, the parse of the text before one edit, or
 * undefined when the edit is not one this path handles.
 *
 * Ownership: the YAML document of `prev` is handed over to the new version and updated in place
 * (copying it would cost what a parse costs). `prev` is retired — reading its `yaml` afterwards
 * throws (test/unit/fastParse.test.ts breaks it on purpose) — so a caller that kept an old
 * version across an edit fails loudly instead of reading positions of another text. Only the
 * document store calls this, with the version it has just superseded.
 */
export function reparseEdit(prev: ParsedDocument, version: number, text: string, maxBytes: number): ParsedDocument | undefined {
  // Only a plain YAML document that parsed without a single problem, and not the fast reader's.
  if (prev.format !== 'yaml' || prev.topLevelRanges || prev.yamlOffset !== 0) return undefined;
  const doc = prev.yaml;
  if (!doc || prev.value === undefined || text.length > maxBytes) return undefined;
  // Or one whose only problems are a key being typed (blockSplice.ts): the block that holds them
  // is parsed again, and they go with it.
  if (prev.problems.length > 0 && (doc.warnings.length > 0 || prev.problems.length !== doc.errors.length || !doc.errors.every(isHalfTypedKey))) return undefined;
  const old = prev.text;
  // Anchors and aliases could make one scalar appear in several places of the value. Real ones
  // only: a "*" in a comment or an "R&D" in a string is no reason for a full parse (the sample
  // profile's second line has one, which made every edit of it a full parse).
  if (hasAnchorsOrAliases(doc)) return undefined;

  const minLen = Math.min(old.length, text.length);
  const start = commonPrefix(old, text, minLen);
  const tail = commonSuffix(old, text, minLen - start);
  const oldEnd = old.length - tail;
  const delta = text.length - old.length;
  if (start === oldEnd && delta === 0) {
    // The same text as a new version (a character typed over itself: the bench's last digit put
    // back over the same digit; an undo that lands where the text was). Parsed in full it cost a
    // 10,000-line profile 450 ms and ~80 MB of allocation (heap profiler), the slowest keystroke
    // of the plain-value row; the document and its value are the previous version's.
    parseCounter.count++;
    incrementalCounter.count++;
    retire(prev, version);
    return successor(prev, version, text, doc, prev.value, prev.lines);
  }

  // What only the full parse reports, and the base had none of (it had no problem at all): a
  // merge conflict, a "<<" key or an .inf/.nan value on the lines the edit touched, a file past
  // the entry caps. Such an edit is parsed in full, which says where.
  if (touchesPitfall(text, start, oldEnd + delta) || mergeConflict(text)) return undefined;
  // The entry caps: only text with a line break or a flow separator can add an entry (typing in a
  // value cannot), and the scan costs ~10 ms at 10,000 lines, more than the edit itself.
  if (/[\n,[{:?-]/.test(text.slice(start, oldEnd + delta)) && entriesBeyondLimit(text)) return undefined;

  const hit = doc.errors.length === 0 ? findValueScalar(doc.contents as YamlNode | null, start, oldEnd) : undefined;
  const plain = hit && plainEdit(hit, prev.value, old, text, start, delta);
  if (plain) {
    parseCounter.count++;
    incrementalCounter.count++;
    retire(prev, version);
    applyPlainEdit(doc, plain.node, plain.source, plain.resolved, start, delta);
    return successor(prev, version, text, doc, plain.value, LineIndex.edited(prev.lines, text, start, oldEnd, delta));
  }
  // The block's old and new text hold no "&" or "*" at all (blockSplice.ts sliceIsPlain), so no
  // anchor or alias comes or goes with it.
  const spliced = spliceBlock(doc, prev.value, { old, text, start, oldEnd, delta });
  if (!spliced) return undefined;
  parseCounter.count++;
  incrementalCounter.count++;
  retire(prev, version);
  return successor(prev, version, text, doc, spliced.value, LineIndex.edited(prev.lines, text, start, oldEnd, delta));
}

/**
 * Whether the document has an anchor or an alias anywhere, looked at once per document: the
 * document is handed from version to version, and what changes it here (a plain value typed in,
 * a block without "&" and "*" spliced in or out) can neither add nor remove one.
 */
const anchorsOf = new WeakMap<Document.Parsed, boolean>();
function hasAnchorsOrAliases(doc: Document.Parsed): boolean {
  let known = anchorsOf.get(doc);
  if (known === undefined) {
    known = false;
    visit(doc, {
      Node(_key, n) {
        if (isAlias(n) || (n as { anchor?: string }).anchor) {
          known = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    anchorsOf.set(doc, known);
  }
  return known;
}

function successor(prev: ParsedDocument, version: number, text: string, doc: Document.Parsed, value: unknown, lines: LineIndex): ParsedDocument {
  const next: ParsedDocument = {
    uri: prev.uri, version, kind: prev.kind, format: prev.format, text, lines,
    yaml: doc, yamlOffset: 0, value, problems: [],
  };
  if (doc.errors.length > 0) next.problems = yamlProblems(doc, next.lines, 0);
  return next;
}

/** The typed-in scalar's new source, resolved value and the document's value, if the edit is that simple. */
function plainEdit(hit: Hit, value: unknown, old: string, text: string, start: number, delta: number):
  { node: Scalar; source: string; resolved: unknown; value: unknown } | undefined {
  if (hit.node.type !== 'PLAIN') return undefined;
  const node = hit.node;
  const [a, b] = node.range!;
  if (a === b || old.slice(a, b) !== node.source) return undefined;
  // Typing at the very start of a value: the key's range may end there; leave it to the parser.
  if (delta !== 0 && start === a) return undefined;
  const source = text.slice(a, b + delta);
  if (!SAFE_PLAIN.test(source)) return undefined;
  try {
    const resolved = resolvePlain(source);
    return { node, source, resolved, value: withLeaf(value, hit.path, resolved) };
  } catch {
    return undefined;
  }
}

function applyPlainEdit(doc: Document.Parsed, node: Scalar, source: string, resolved: unknown, start: number, delta: number): void {
  node.value = resolved;
  node.source = source;
  if (delta === 0) return;
  shiftFrom(doc.range, start, delta);
  shiftAfter(doc.contents, start, delta);
}

/** Everything after the edit moves by delta: starts strictly after it, ends at or after it. */
function shiftFrom(r: [number, number, number] | undefined | null, start: number, delta: number): void {
  if (!r) return;
  if (r[0] > start) r[0] += delta;
  if (r[1] >= start) r[1] += delta;
  if (r[2] >= start) r[2] += delta;
}

/**
 * The positions of `node` and of everything in it moved as shiftFrom says. A collection that ends
 * before the edit is passed over whole (what it holds ends before it), and nodes are told apart by
 * class: typing that makes a value longer (`2` → `25`) no longer walks all ~18,000 nodes of a
 * 10,000-line profile with yaml's `visit` (CPU per keystroke there 13.8–23.1 ms, against 8.5–11.8
 * for a digit typed over a digit).
 */
function shiftAfter(node: unknown, start: number, delta: number): void {
  if (node instanceof Scalar || node instanceof Alias) {
    shiftFrom(node.range, start, delta);
  } else if (node instanceof YAMLMap || node instanceof YAMLSeq) {
    if (node.range && node.range[2] < start) return;
    shiftFrom(node.range, start, delta);
    for (const item of node.items as unknown[]) {
      if (item instanceof Pair) {
        shiftAfter(item.key, start, delta);
        shiftAfter(item.value, start, delta);
      } else shiftAfter(item, start, delta);
    }
  }
}

/** Makes every later read of `prev.yaml` throw, naming the version its document went to. */
function retire(prev: ParsedDocument, successor: number): void {
  const from = prev.version;
  Object.defineProperty(prev, 'yaml', {
    enumerable: true,
    configurable: true,
    get(): never {
      throw new Error(`The YAML document of version ${from} of ${prev.uri} was handed over to version ${successor}; read that version instead.`);
    },
  });
}

/**
 * Compared in slices of CHUNK first (a slice of a string is not copied, and two are compared as
 * memory): a character at a time, the two texts of a 10,000-line profile took ~1 ms to compare.
 */
const CHUNK = 2048;

/** How many characters `a` and `b` have in common from the start (at most `max`). */
function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many characters `a` and `b` have in common at the end (at most `max`). */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Whether the whole lines from `from` to `to` hold something yamlPitfalls.ts reports. */
function touchesPitfall(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', to);
  return mayHoldPitfall(text.slice(lineStart, nl < 0 ? text.length : nl));
}
