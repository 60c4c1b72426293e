// A fast reader for the block shape nearly every profile has — "key: value" lines, nested
// mappings, "- " lists (of values or of mappings), one-line [a, b] and { k: v } collections,
// one-line quoted strings, `|` and `>` blocks, comments — that builds yaml's own nodes (YAMLMap,
// YAMLSeq, Pair, Scalar) with the ranges, types and sources yaml's composer gives them, without
// yaml's lexer, parser and composer. Opening a 10,000-line profile spent 216 of its 331 ms of
// validation CPU in `parseDocument` (most of it V8 compiling yaml's code on first use at 1,000
// lines); this reader takes a fraction of that (see bench/README.md).
//
// Anything else (anchors, tags, aliases, explicit keys, multi-line plain or quoted scalars, flow
// collections over several lines, escapes, tabs, CR, Unicode spaces, duplicate keys, keys that
// are not words, comments where yaml would attach them to a collection's end…) makes it give
// up, and `yaml` reads the text. Whatever it accepts, the document is the one `yaml` builds,
// node by node: class, range (all three offsets), value, source, type, format and flow
// (blockYamlReader.test.ts and its property test check it). Comments are not attached to nodes:
// nothing here reads them, and every edit the product makes is a text edit.
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';
import { keyEnd, UNREAD_BY_FAST_READERS } from './simpleYaml';
import { mayHoldPitfall } from './yamlPitfalls';
import { YAML_OPTIONS } from './yamlOptions';

export interface BlockYaml {
  doc: Document.Parsed;
  /** The plain value, as `doc.toJS()` gives it. */
  value: Record<string, unknown>;
}

/** Gives up: the text is not in the shape this reader knows. */
class NotBlockShape extends Error {}

const give = (): never => {
  throw new NotBlockShape();
};

/** First characters of the core schema's nulls, booleans and numbers: any other is a string. */
const MAYBE_NOT_STRING = /^(?:[~nNtTfF0-9+\-.])/;

type Range3 = [number, number, number];
type ScalarTag = { default?: boolean | 'key'; collection?: string; test?: RegExp; format?: string; resolve: (s: string, onError: (m: string) => void, o: unknown) => unknown };

interface Line {
  start: number;
  /** Offset of the line's "\n", or the text's length for the last line. */
  end: number;
  indent: number;
  /** 0 content, 1 blank, 2 a comment on a line of its own. */
  kind: 0 | 1 | 2;
}

const CONTENT = 0;

class Reader {
  private i = 0;
  private readonly tags: ScalarTag[];

  constructor(private readonly text: string, private readonly lines: Line[], private readonly schema: Schema, private readonly options: unknown) {
    this.tags = (schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && !t.collection && t.test);
  }

  /** The index of the next content line from `from`, or -1. */
  private nextContent(from: number): number {
    for (let k = from; k < this.lines.length; k++) if (this.lines[k].kind === CONTENT) return k;
    return -1;
  }

  /**
   * The comment lines between the current line and line `to` (-1: the end) lie between two
   * entries of a collection in column `col`: each in that column (yaml makes it part of the next
   * entry), or the reader gives up. One indented further would belong to the value before it.
   */
  private between(to: number, col: number): void {
    const end = to < 0 ? this.lines.length : to;
    for (let k = this.i; k < end; k++) {
      const line = this.lines[k];
      if (line.kind === 2 && line.indent !== col) give();
    }
  }

  /**
   * After the last entry of a collection in column `col`, up to line `to` (-1: the end): yaml
   * makes comments in that column that follow part of the collection, whose range then reaches to
   * what follows them (the next entry's first character, or the end of the text). Returns that
   * offset and moves past them, or undefined when there are none. Comments further left stay out
   * of it, and a collection in column 0 takes none. A comment indented further would belong to
   * the value before it, and comments on both sides of the column are attached in ways of their
   * own: the reader gives up on both.
   */
  private ending(to: number, col: number): number | undefined {
    const end = to < 0 ? this.lines.length : to;
    let taken = false;
    let left = false;
    for (let k = this.i; k < end; k++) {
      const line = this.lines[k];
      if (line.kind !== 2) continue;
      if (line.indent > col || (taken && line.indent < col)) give();
      if (line.indent === col && col > 0) {
        if (left) give();
        taken = true;
      } else left = true;
    }
    if (!taken) return undefined;
    this.i = end;
    return to < 0 ? this.text.length : this.lines[to].start + this.lines[to].indent;
  }

  /** After the end of a line: the next line's start, or the text's end. */
  private after(line: Line): number {
    return Math.min(line.end + 1, this.text.length);
  }

  document(): { contents: YAMLMap; value: Record<string, unknown> } {
    const k = this.nextContent(0);
    if (k < 0) give();
    this.i = k;
    const line = this.lines[k];
    // A document indented as a whole is left to yaml (and no profile is).
    if (line.indent > 0) give();
    const { node, value } = this.map(0, line.start);
    return { contents: node, value };
  }

  /**
   * A block mapping whose keys start in column `col`; the current line holds its first key at
   * `first` (a list item's "- key: value" starts further right than the line's indentation).
   */
  private map(col: number, first: number): { node: YAMLMap; value: Record<string, unknown> } {
    const node = new YAMLMap(this.schema);
    const value: Record<string, unknown> = {};
    const seen = new Set<string>();
    const text = this.text;
    let at = first;
    let offset = first;
    let commentEnd: number | undefined;
    for (;;) {
      const line = this.lines[this.i];
      const colon = keyEnd(text, at, line.end);
      if (colon < 0) give();
      const keyText = text.slice(at, colon);
      const key = this.plain(keyText, at, colon, colon);
      if (key.value !== keyText || keyText === '__proto__' || seen.has(keyText)) give();
      seen.add(keyText);
      let p = colon + 1;
      while (p < line.end && text.charCodeAt(p) === 32) p++;
      let item: { node: Scalar | YAMLMap | YAMLSeq; value: unknown };
      if (p === line.end) {
        this.i++;
        const k = this.nextContent(this.i);
        const next = k >= 0 ? this.lines[k] : undefined;
        if (next && (next.indent > col || (next.indent === col && isDash(text, next.start + col, next.end)))) {
          // Comments before the first entry, in its column, go to that entry.
          this.between(k, next.indent);
          this.i = k;
          item = isDash(text, next.start + next.indent, next.end)
            ? this.seq(next.indent)
            : this.map(next.indent, next.start + next.indent);
        } else {
          // yaml places an empty value before comments that follow it: left to yaml.
          this.between(k, -1);
          item = emptyValue(p);
        }
      } else {
        item = this.inline(p, line, col);
      }
      node.items.push(new Pair(key, item.node));
      value[keyText] = item.value;
      offset = item.node.range![2];
      const k = this.nextContent(this.i);
      if (k < 0 || this.lines[k].indent < col) {
        commentEnd = this.ending(k, col);
        break;
      }
      this.between(k, col);
      const next = this.lines[k];
      if (next.indent > col || isDash(text, next.start + col, next.end)) give();
      this.i = k;
      at = next.start + col;
    }
    node.range = [first, offset, commentEnd ?? offset];
    return { node, value };
  }

  /** A block list whose "- " stand in column `col`, from the current line. */
  private seq(col: number): { node: YAMLSeq; value: unknown[] } {
    const node = new YAMLSeq(this.schema);
    const value: unknown[] = [];
    const text = this.text;
    const first = this.lines[this.i].start + col;
    let offset = first;
    let commentEnd: number | undefined;
    for (;;) {
      const line = this.lines[this.i];
      let p = line.start + col + 1;
      while (p < line.end && text.charCodeAt(p) === 32) p++;
      let item: { node: Scalar | YAMLMap | YAMLSeq; value: unknown } | undefined;
      if (p === line.end) {
        this.i++;
        const k = this.nextContent(this.i);
        if (k >= 0 && this.lines[k].indent > col) give();
        this.between(k, -1);
        item = emptyValue(p);
      } else if (isDash(text, p, line.end) || text.charCodeAt(p) === 35) {
        return give();
      } else if (keyEnd(text, p, line.end) >= 0) {
        item = this.map(p - line.start, p);
      } else {
        item = this.inline(p, line, col);
      }
      node.items.push(item.node);
      value.push(item.value);
      offset = item.node.range![2];
      const k = this.nextContent(this.i);
      const next = k >= 0 ? this.lines[k] : undefined;
      if (!next || next.indent < col || (next.indent === col && !isDash(text, next.start + col, next.end))) {
        commentEnd = this.ending(k, col);
        break;
      }
      this.between(k, col);
      if (next.indent > col) give();
      this.i = k;
    }
    node.range = [first, offset, commentEnd ?? offset];
    return { node, value };
  }

  /**
   * A value that starts at `p` on the current line, under a key or "- " in column `col`: a block
   * scalar, a one-line flow collection, a quoted string or a plain scalar. Moves past its lines.
   */
  private inline(p: number, line: Line, col: number): { node: Scalar | YAMLMap | YAMLSeq; value: unknown } {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === 124 || c === 62) return this.blockScalar(p, line, col);
    let out: { node: Scalar | YAMLMap | YAMLSeq; value: unknown; end: number };
    if (c === 91 || c === 123) out = this.flow(p, line.end);
    else if (c === 34 || c === 39) out = this.quoted(p, line.end);
    else {
      // A plain scalar ends at " #" (a comment) or the line's end, without its trailing spaces.
      let e = p;
      while (e < line.end && !(text.charCodeAt(e) === 35 && text.charCodeAt(e - 1) === 32)) e++;
      while (e > p && text.charCodeAt(e - 1) === 32) e--;
      const source = text.slice(p, e);
      if (!plainInBlock(source)) give();
      const node = this.plain(source, p, e, 0);
      out = { node, value: node.value, end: e };
    }
    // After the value: blanks, then a comment (after a blank) or the line's end.
    let q = out.end;
    while (q < line.end && text.charCodeAt(q) === 32) q++;
    if (q < line.end && !(text.charCodeAt(q) === 35 && q > out.end)) give();
    out.node.range![2] = this.after(line);
    this.i++;
    // A more indented line after a value on its key's line would continue it (a multi-line scalar).
    const k = this.nextContent(this.i);
    if (k >= 0 && this.lines[k].indent > col) give();
    return out;
  }

  /** A plain scalar `source` at [start, end): resolved as yaml resolves an untagged one. */
  private plain(source: string, start: number, end: number, nodeEnd: number): Scalar {
    let tag: ScalarTag | undefined;
    if (MAYBE_NOT_STRING.test(source)) {
      for (const t of this.tags) if (t.test!.test(source)) { tag = t; break; }
    }
    let scalar: Scalar;
    if (tag) {
      let failed = false;
      const res = tag.resolve(source, () => { failed = true; }, this.options);
      if (failed) give();
      scalar = isScalar(res) ? (res as Scalar) : new Scalar(res);
      if (tag.format) scalar.format = tag.format;
    } else {
      scalar = new Scalar(source);
    }
    scalar.range = [start, end, nodeEnd];
    scalar.source = source;
    scalar.type = 'PLAIN';
    return scalar;
  }

  /** A one-line '…' or "…" without escapes: `end` is after the closing quote. */
  private quoted(p: number, lineEnd: number): { node: Scalar; value: string; end: number } {
    const text = this.text;
    const q = text.charCodeAt(p);
    const close = text.indexOf(q === 34 ? '"' : "'", p + 1);
    if (close < 0 || close >= lineEnd || text.charCodeAt(close + 1) === q) give();
    const inner = text.slice(p + 1, close);
    const node = new Scalar(inner);
    node.range = [p, close + 1, close + 1];
    node.source = inner;
    node.type = q === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return { node, value: inner, end: close + 1 };
  }

  /** A flow collection that starts and ends on this line; `end` is after its closing bracket. */
  private flow(p: number, lineEnd: number): { node: YAMLMap | YAMLSeq; value: unknown; end: number } {
    const text = this.text;
    const isMap = text.charCodeAt(p) === 123;
    const closing = isMap ? 125 : 93;
    const node = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    node.flow = true;
    const value: unknown = isMap ? {} : [];
    const seen = new Set<string>();
    let q = p + 1;
    const skip = (): void => {
      while (q < lineEnd && text.charCodeAt(q) === 32) q++;
    };
    skip();
    if (text.charCodeAt(q) === closing) q++;
    else {
      for (;;) {
        if (q >= lineEnd) give();
        let key: Scalar | undefined;
        if (isMap) {
          const colon = keyEnd(text, q, lineEnd);
          if (colon < 0) give();
          const keyText = text.slice(q, colon);
          key = this.plain(keyText, q, colon, colon);
          if (key.value !== keyText || keyText === '__proto__' || seen.has(keyText)) give();
          seen.add(keyText);
          q = colon + 1;
          skip();
        }
        const item = this.flowItem(q, lineEnd, closing);
        q = item.end;
        skip();
        item.node.range![2] = q;
        if (key) {
          (node as YAMLMap).items.push(new Pair(key, item.node));
          (value as Record<string, unknown>)[String(key.value)] = item.value;
        } else {
          (node as YAMLSeq).items.push(item.node);
          (value as unknown[]).push(item.value);
        }
        const c = text.charCodeAt(q);
        if (c === closing) { q++; break; }
        if (c !== 44) give();
        q++;
        skip();
        // "[a, ]": a trailing comma; yaml allows it, this reader leaves it to yaml.
        if (text.charCodeAt(q) === closing) give();
      }
    }
    node.range = [p, q, q];
    return { node, value, end: q };
  }

  /** One item of a flow collection at `q`: a nested one-line collection, a quoted or a plain scalar. */
  private flowItem(q: number, lineEnd: number, closing: number): { node: Scalar | YAMLMap | YAMLSeq; value: unknown; end: number } {
    const text = this.text;
    const c = text.charCodeAt(q);
    if (c === 91 || c === 123) return this.flow(q, lineEnd);
    if (c === 34 || c === 39) return this.quoted(q, lineEnd);
    let e = q;
    while (e < lineEnd) {
      const d = text.charCodeAt(e);
      if (d === 44 || d === closing) break;
      e++;
    }
    if (e >= lineEnd) give();
    while (e > q && text.charCodeAt(e - 1) === 32) e--;
    const source = text.slice(q, e);
    if (!plainInFlow(source)) give();
    const node = this.plain(source, q, e, e);
    return { node, value: node.value, end: e };
  }

  /** A `|`, `|-`, `>` or `>-` block under a key or "- " in column `col`, its header at `p`. */
  private blockScalar(p: number, line: Line, col: number): { node: Scalar; value: string } {
    const text = this.text;
    const literal = text.charCodeAt(p) === 124;
    let h = p + 1;
    const strip = text.charCodeAt(h) === 45;
    if (strip) h++;
    while (h < line.end && text.charCodeAt(h) === 32) h++;
    if (h !== line.end) give();
    const lines = this.lines;
    let k = this.i + 1;
    const firstLine = lines[k];
    // The first line holds text and sets the block's indentation.
    if (!firstLine || firstLine.kind === 1 || firstLine.indent <= col) give();
    const m = firstLine.indent;
    const content: string[] = [];
    let last = -1;
    let end = 0;
    for (; k < lines.length; k++) {
      const l = lines[k];
      if (l.kind === 1) {
        // A blank line with more spaces than the block's indentation holds those spaces.
        if (l.end - l.start > m) give();
        content.push('');
        continue;
      }
      if (l.indent < m) {
        if (l.indent > col) give();
        break;
      }
      // A more indented line is kept as it is in a folded block: not this reader's shape.
      if (!literal && l.indent > m) give();
      content.push(text.slice(l.start + m, l.end));
      last = content.length - 1;
      end = l.end + 1;
    }
    // The last line of text must end with a newline (at the end of the text yaml's rule differs).
    if (end > text.length) give();
    const kept = content.slice(0, last + 1);
    const body = literal ? kept.join('\n') : fold(kept);
    const value = strip ? body : `${body}\n`;
    const node = new Scalar(value);
    node.range = [p, end, end];
    node.source = value;
    node.type = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
    // Past the block's last line of text; blank lines after it are skipped as any blank line.
    let next = this.i + 1;
    while (next < lines.length && lines[next].start < end) next++;
    this.i = next;
    return { node, value };
  }
}

/** An empty value (null) at `p`, as yaml gives one after a ":" or "-" and its blanks. */
function emptyValue(p: number): { node: Scalar; value: null } {
  const node = new Scalar(null);
  node.range = [p, p, p];
  node.source = '';
  node.type = 'PLAIN';
  return { node, value: null };
}

/** Folded lines: one line break between two lines of text becomes a space; each blank line a line break. */
function fold(lines: string[]): string {
  let out = '';
  let blanks = 0;
  let started = false;
  for (const l of lines) {
    if (l === '') { blanks++; continue; }
    if (started) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    else if (blanks > 0) out += '\n'.repeat(blanks);
    out += l;
    blanks = 0;
    started = true;
  }
  return out;
}

/** A "-" followed by a blank or the line's end: a list item. */
function isDash(text: string, at: number, lineEnd: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 === lineEnd || text.charCodeAt(at + 1) === 32);
}

/** Indicators a plain scalar may not start with ("-", "?" and ":" only before a blank, see below). */
const BLOCK_START = /^[,[\]{}#&*!|>'"%@`]/;

/** A plain scalar on one line in a block: no indicator first, no ": " inside, no ":" last. */
function plainInBlock(s: string): boolean {
  if (s === '' || BLOCK_START.test(s)) return false;
  const c = s.charCodeAt(0);
  if ((c === 45 || c === 63 || c === 58) && (s.length === 1 || s.charCodeAt(1) === 32)) return false;
  return !s.includes(': ') && !s.endsWith(':');
}

/** A plain scalar in brackets: as in a block, and none of the flow indicators or a ":" anywhere. */
function plainInFlow(s: string): boolean {
  return plainInBlock(s) && !/[[\]{}:#,]/.test(s);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let indent = start;
    while (indent < end && text.charCodeAt(indent) === 32) indent++;
    const kind = indent === end ? 1 : text.charCodeAt(indent) === 35 ? 2 : CONTENT;
    lines.push({ start, end, indent: indent - start, kind });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Whether the last node of a collection, in the order of the text, is an empty value. */
function endsEmpty(node: unknown): boolean {
  for (;;) {
    if (node instanceof YAMLMap) node = (node.items[node.items.length - 1] as Pair | undefined)?.value;
    else if (node instanceof YAMLSeq) node = node.items[node.items.length - 1];
    else return node instanceof Scalar && node.source === '';
  }
}

/** The document and value of `text` if it is in the block shape (see above); undefined otherwise. */
export function readBlockYaml(text: string): BlockYaml | undefined {
  if (UNREAD_BY_FAST_READERS.test(text) || mayHoldPitfall(text)) return undefined;
  const doc = new Document(undefined, YAML_OPTIONS) as unknown as Document.Parsed;
  try {
    const reader = new Reader(text, splitLines(text), doc.schema, doc.options);
    const { contents, value } = reader.document();
    // An empty value last in the document: yaml's document then ends before the line break after
    // it, a case of its own that is left to yaml (a key being typed at the end).
    if (endsEmpty(contents)) return undefined;
    doc.contents = contents as unknown as Document.Parsed['contents'];
    const r = contents.range as Range3;
    doc.range = [r[0], r[2], text.length];
    return { doc, value };
  } catch (e) {
    if (e instanceof NotBlockShape) return undefined;
    throw e;
  }
}
