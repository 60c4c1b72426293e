// A fast reader for the plain shape most prospects have — "key: value" lines, nested mappings,
// one-line [a, b] and { k: v } collections, quoted strings, `|` notes — giving exactly the value
// `yaml` would give. Anything else (sequences of "- ", comments after a value, anchors, tags,
// escapes, multi-line plain scalars, duplicate keys, tabs…) makes it give up, and the full parser
// decides. Evaluating ten thousand prospects is mostly parsing them, and this shape needs no
// positions until an editor asks for one (parsedDocument.ts then parses fully, once).
import { Document, isScalar, type Schema } from 'yaml';
import { YAML_OPTIONS } from './yamlOptions';

/** What the fast reader found: the value, and where each top-level scalar value stands. */
export interface SimpleParse {
  value: Record<string, unknown>;
  /**
   * For each top-level key whose value is a scalar or a `|` block: [start, end) of that value in
   * the YAML text, as `yaml` gives it in `node.range` (a block from its `|` to the end of its last
   * line that is not empty).
   */
  ranges: Map<string, [number, number]>;
}

/** Larger texts are profiles or unusual prospects: the full parser reads them. */
const MAX_SIMPLE_LENGTH = 64 * 1024;
/** Characters a plain scalar may not start with (YAML indicators), and quotes. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** First characters of the core schema's nulls, booleans and numbers (see resolvePlain). */
const MAYBE_NOT_STRING = /^(?:$|[~nNtTfF0-9+\-.])/;

/**
 * Characters the fast readers (this one, blockYamlReader.ts) leave to yaml wherever they stand:
 * tabs, CR, backslashes (escapes), control characters, and Unicode spaces — JavaScript's trim()
 * and \s take them for blanks, YAML keeps them in a value ("intuitive\u00a0" pasted from a web
 * page is not "intuitive") and never indents with them.
 */
export const UNREAD_BY_FAST_READERS = /[\t\r\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000\ufeff\u2028\u2029]/;

/** Gives up: the text is not in the simple shape. */
class NotSimple extends Error {}

interface Line {
  text: string;
  start: number;
  indent: number;
  /** Blank, or only a comment: ignored between keys. */
  ignorable: boolean;
}

let tags: { schema: Schema; options: Document['options'] } | undefined;

/** The core schema with the options parsedDocument.ts gives `yaml`: the same resolution of scalars. */
function coreSchema(): { schema: Schema; options: Document['options'] } {
  tags ??= (() => {
    const doc = new Document(null, YAML_OPTIONS);
    return { schema: doc.schema, options: doc.options };
  })();
  return tags;
}

/** A plain scalar resolved as `yaml` resolves an untagged one: null, boolean, number or string. */
export function resolvePlain(text: string): unknown {
  // Only these can start a null, boolean or number of the core schema ("~", "null", "true",
  // "False", "-1", "+.5", ".inf", "0x1F"…); any other first character makes a string, without
  // trying every tag's pattern (most values of most prospects are words).
  if (!MAYBE_NOT_STRING.test(text)) return text;
  const { schema, options } = coreSchema();
  const tag = schema.tags.find((t) => t.default === true && !t.collection && t.test?.test(text));
  if (!tag || !tag.resolve) return text;
  let failed = false;
  const res = (tag.resolve as (s: string, onError: (m: string) => void, o: unknown) => unknown)(text, () => { failed = true; }, options);
  if (failed) throw new NotSimple();
  return isScalar(res) ? res.value : res;
}

/**
 * Where the key that starts at `from` ends — at its ":", which a blank or the end of the line
 * (`lineEnd`) must follow — or -1. It reads `^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)` without a
 * regular expression: this runs for every line of every prospect and profile.
 */
export function keyEnd(text: string, from: number, lineEnd = text.length): number {
  let i = from;
  const first = text.charCodeAt(i);
  if (!(isLetter(first) || first === 95)) return -1;
  for (i++; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  if (i >= lineEnd || text.charCodeAt(i) !== 58) return -1;
  return i + 1 === lineEnd || text.charCodeAt(i + 1) === 32 ? i : -1;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A key must read as a string: "true", "null" or "1e3" as keys would be other types. */
function checkKey(key: string, seen: Set<string>): void {
  if (key === '__proto__' || seen.has(key) || resolvePlain(key) !== key) throw new NotSimple();
  seen.add(key);
}

/** A plain scalar in block (`flow` false) or flow context, trimmed; throws when not simple. */
function plain(raw: string, flow: boolean): unknown {
  const text = raw.trim();
  if (text === '' || INDICATOR_START.test(text) || text.endsWith(':')) throw new NotSimple();
  if (text.includes(': ') || text.includes(' #') || (flow && /[,[\]{}:#"']/.test(text))) throw new NotSimple();
  return resolvePlain(text);
}

function quoted(rest: string): string {
  const q = rest[0];
  const end = rest.length - 1;
  if (end < 1 || rest[end] !== q) throw new NotSimple();
  const inner = rest.slice(1, end);
  if (inner.includes(q) || inner.includes('\\')) throw new NotSimple();
  return inner;
}

function flowSeq(rest: string): unknown[] {
  if (!rest.endsWith(']')) throw new NotSimple();
  const inner = rest.slice(1, -1);
  if (inner.trim() === '') return [];
  return inner.split(',').map((item) => plain(item, true));
}

function flowMap(rest: string): Record<string, unknown> {
  if (!rest.endsWith('}')) throw new NotSimple();
  const inner = rest.slice(1, -1);
  const out: Record<string, unknown> = {};
  if (inner.trim() === '') return out;
  const seen = new Set<string>();
  for (const part of inner.split(',')) {
    const m = /^ *([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(part);
    if (!m) throw new NotSimple();
    checkKey(m[1], seen);
    out[m[1]] = plain(m[2], true);
  }
  return out;
}

class Reader {
  private i = 0;

  constructor(private readonly lines: Line[], private readonly text: string) {}

  /** The next line that is not blank or a comment, skipping those. */
  private peek(): Line | undefined {
    while (this.i < this.lines.length && this.lines[this.i].ignorable) this.i++;
    return this.lines[this.i];
  }

  atEnd(): boolean {
    return this.peek() === undefined;
  }

  map(indent: number, ranges?: Map<string, [number, number]>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent !== indent) throw new NotSimple();
      const text = line.text;
      const colon = keyEnd(text, indent);
      if (colon < 0) throw new NotSimple();
      const key = text.slice(indent, colon);
      checkKey(key, seen);
      let valueAt = colon + 1;
      while (text.charCodeAt(valueAt) === 32) valueAt++;
      const restStart = line.start + valueAt;
      const rest = text.slice(valueAt).trimEnd();
      this.i++;
      if (rest === '') {
        const next = this.peek();
        out[key] = next && next.indent > indent ? this.map(next.indent) : null;
        continue;
      }
      // A value on the key's line, so no more-indented line may follow (a multi-line scalar).
      if (rest === '|' || rest === '|-') {
        const block = this.block(indent, rest === '|-');
        out[key] = block.value;
        ranges?.set(key, [restStart, block.end]);
        continue;
      }
      const next = this.lines[this.i];
      if (next && !next.ignorable && next.indent > indent) throw new NotSimple();
      const c = rest[0];
      if (c === '[') out[key] = flowSeq(rest);
      else if (c === '{') out[key] = flowMap(rest);
      else if (c === '"' || c === "'") {
        out[key] = quoted(rest);
        ranges?.set(key, [restStart, restStart + rest.length]);
      } else {
        out[key] = plain(rest, false);
        ranges?.set(key, [restStart, restStart + rest.length]);
      }
    }
    return out;
  }

  /** A `|` (clip) or `|-` (strip) literal block under a key at `indent`. */
  private block(indent: number, strip: boolean): { value: string; end: number } {
    const first = this.lines[this.i];
    if (!first || first.text.trim() === '' || first.indent <= indent) throw new NotSimple();
    const m = first.indent;
    const content: string[] = [];
    let lastNonBlank = -1;
    let end = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      if (line.text.trim() === '') {
        if (line.text.length > m) throw new NotSimple();
        content.push('');
        continue;
      }
      if (line.indent <= indent) break;
      if (line.indent < m) throw new NotSimple();
      content.push(line.text.slice(m));
      lastNonBlank = content.length - 1;
      end = line.start + line.text.length + 1;
    }
    // The last line of the block must end with a newline (yaml's rule at the end of the text differs).
    if (end > this.text.length) throw new NotSimple();
    const lines = content.slice(0, lastNonBlank + 1);
    return { value: strip ? lines.join('\n') : `${lines.join('\n')}\n`, end };
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const t = text.slice(start, nl);
    let indent = 0;
    while (t.charCodeAt(indent) === 32) indent++;
    const rest = t.slice(indent);
    lines.push({ text: t, start, indent, ignorable: rest === '' || rest.startsWith('#') });
    start = nl + 1;
  }
  return lines;
}

/** The value of `text` if it is in the simple shape (see above); undefined otherwise. */
export function parseSimpleYaml(text: string): SimpleParse | undefined {
  // Unicode spaces: JavaScript's trim() and \s take them for blanks, YAML keeps them in a value
  // ("intuitive\u00a0" pasted from a web page is not "intuitive") and never indents with them.
  if (text.length > MAX_SIMPLE_LENGTH || UNREAD_BY_FAST_READERS.test(text)) return undefined;
  try {
    const reader = new Reader(splitLines(text), text);
    const ranges = new Map<string, [number, number]>();
    if (reader.atEnd()) return undefined;
    const value = reader.map(0, ranges);
    if (!reader.atEnd()) return undefined;
    return { value, ranges };
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}
