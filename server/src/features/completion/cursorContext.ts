// Where the cursor stands for completion, from the already parsed YAML and the text of the line.
// Half-typed YAML is where completion is asked for most, and where the AST says least: a new key
// on an empty line is not in the AST at all, "  ty" under a fact is a scalar value there. So the
// line text decides what is being typed (a key, a value, a list item), and the indentation of the
// lines above, located in the AST, decides where it belongs.
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { Position, Range } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath, keyName, locate, type PathSegment } from '../../parser/astNavigation';

export type CursorContext =
  | {
      kind: 'key';
      /** Path of the mapping the key belongs to (a new list item's path when after "- "). */
      parent: PathSegment[];
      /** The partially typed key and where it stands (replaced by the completion). */
      word: string;
      range: Range;
      /** The line already has ": …" after the key: insert the name alone. */
      hasColon: boolean;
      /** The key is the first of a new list item ("- |"): the parent is that item. */
      afterDash: boolean;
      /** The key is under a list without a "- " yet: completions start the item. */
      needsDash: boolean;
      /** Column of the key, and the spaces a following snippet line needs beyond the line's own. */
      column: number;
      extraIndent: number;
      /** Keys the mapping already has (not offered again). */
      existing: Set<string>;
    }
  | {
      kind: 'value';
      /** Path of the value being typed: the key's path, or a list item's. */
      path: PathSegment[];
      word: string;
      range: Range;
      /** Inside a flow list "[a, |]" or a block list item "- |": one item of a list. */
      inList: boolean;
      /** The items the list already has (not offered again). */
      existing: Set<string>;
      /** For snippets that open a block: the key's column beyond the line's own indentation. */
      extraIndent: number;
    };

const KEY_CHARS = String.raw`[^\s:#\[\]{},'"&*!|>%@\x60]`;
/** Indentation, "- " markers, and a partial key: "  - fa" */
const KEY_LINE = new RegExp(String.raw`^(\s*)((?:-[ \t]+)*)(${KEY_CHARS}*)$`);
/** A key followed by a colon and whatever comes after it: "    is: [intuitive, " */
const VALUE_LINE = new RegExp(String.raw`^(\s*)((?:-[ \t]+)*)(${KEY_CHARS}+)[ \t]*:[ \t]+(.*)$`);
const LIST_ITEM = /^(\s*)((?:-[ \t]+)+)([^#]*)$/;

export interface YamlBounds {
  parsed: ParsedDocument;
  /** The YAML text (the front matter of a Markdown prospect). */
  yamlText: string;
  /** The first and last line (exclusive) of the YAML in the file. */
  firstLine: number;
  endLine: number;
}

export function cursorContext(parsed: ParsedDocument, position: Position): CursorContext | undefined {
  const doc = yamlBounds(parsed);
  if (!doc || position.line < doc.firstLine || position.line >= doc.endLine) return undefined;
  const line = parsed.lines.lineText(position.line);
  const character = Math.min(position.character, line.length);
  const before = line.slice(0, character);
  const after = line.slice(character);
  if (/(^|\s)#/.test(before) || /^\s*(---|\.\.\.)/.test(before)) return undefined;

  // Inside a block scalar (notes: |) the text is free text, not keys.
  const offset = parsed.lines.offsetAt({ line: position.line, character }) - parsed.yamlOffset;
  if (inBlockScalar(doc, offset)) return undefined;

  // The cursor inside the indentation of a line that has content: nothing to complete there.
  if (/^\s*$/.test(before) && /^[ \t]+\S/.test(after)) return undefined;
  const lineIndent = Math.min(/^\s*/.exec(line)![0].length, character);
  let m = VALUE_LINE.exec(before);
  if (m) return valueContext(doc, position.line, character, m, after, lineIndent);
  m = KEY_LINE.exec(before);
  if (m) return keyOrItemContext(doc, position.line, character, m, after, lineIndent);
  m = LIST_ITEM.exec(before);
  if (m) return listItemValue(doc, position.line, character, m, after, lineIndent);
  return undefined;
}

/** The YAML text of a document and the lines it spans (a Markdown prospect: its front matter). */
export function yamlBounds(parsed: ParsedDocument): YamlBounds | undefined {
  if (!parsed.yaml) return undefined;
  const firstLine = parsed.lines.positionAt(parsed.yamlOffset).line;
  if (parsed.format !== 'markdown' || !parsed.body) {
    return { parsed, yamlText: parsed.text, firstLine, endLine: parsed.lines.lineCount };
  }
  // The closing "---" is the line before the body (or the last line when nothing follows it).
  const bodyStart = parsed.body.offset;
  const pos = parsed.lines.positionAt(bodyStart);
  const closing = pos.character === 0 && bodyStart > 0 && /[\r\n]/.test(parsed.text[bodyStart - 1]) ? pos.line - 1 : pos.line;
  const yamlEnd = parsed.lines.offsetAt({ line: closing, character: 0 });
  return { parsed, yamlText: parsed.text.slice(parsed.yamlOffset, yamlEnd), firstLine, endLine: closing };
}

function inBlockScalar(doc: YamlBounds, offset: number): boolean {
  const loc = locate(doc.parsed.yaml, offset, doc.yamlText);
  const node = loc.node as (YamlNode & { type?: string }) | undefined;
  if (!node || loc.onKey || !node.range) return false;
  return (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && offset > node.range[0] && offset <= node.range[1];
}

// ----- the three shapes of a line ------------------------------------------------------------

function valueContext(doc: YamlBounds, line: number, character: number, m: RegExpExecArray, after: string, lineIndent: number): CursorContext | undefined {
  const [, indent, dashes, key, rest] = m;
  const keyColumn = indent.length + dashes.length;
  const keyPath = pathOfKey(doc, line, keyColumn, key, dashes.length > 0);
  if (!keyPath) return undefined;
  const extraIndent = Math.max(0, keyColumn - lineIndent);

  const flow = /^\[([^\]]*)$/.exec(rest);
  if (flow) {
    const parts = flow[1].split(',');
    const partial = parts[parts.length - 1].trimStart();
    const existing = new Set(parts.slice(0, -1).map((p) => p.trim()).filter((p) => p !== ''));
    const tail = /^[^\s,\]#]*/.exec(after)![0];
    return {
      kind: 'value', path: [...keyPath, parts.length - 1], word: partial, inList: true, existing, extraIndent,
      range: lineRange(line, character - partial.length, character + tail.length),
    };
  }
  if (/[\[\]{}'"#]/.test(rest)) return undefined;
  const tail = /^[^\s#]*/.exec(after)![0];
  return {
    kind: 'value', path: keyPath, word: rest, inList: false, existing: new Set(), extraIndent,
    range: lineRange(line, character - rest.length, character + tail.length),
  };
}

function keyOrItemContext(doc: YamlBounds, line: number, character: number, m: RegExpExecArray, after: string, lineIndent: number): CursorContext | undefined {
  const [, indent, dashes, word] = m;
  const column = indent.length + dashes.length;
  const tail = /^[^\s:#\[\]{},]*/.exec(after)![0];
  const range = lineRange(line, character - word.length, character + tail.length);
  const hasColon = /^[^\s:]*[ \t]*:/.test(after);
  const extraIndent = Math.max(0, column - lineIndent);

  if (dashes.length > 0) {
    // "- |": a new item of the list whose dash is the last one on the line.
    const dashColumn = indent.length + dashes.replace(/-[ \t]+$/, '').length;
    const seq = listPath(doc, line, dashColumn);
    if (!seq) return undefined;
    const itemPath = [...seq.path, seq.index];
    const itemNode = findAtPath(doc.parsed.yaml, itemPath)?.value;
    const existing = isMap(itemNode) ? keysOf(itemNode, word + tail) : new Set<string>();
    return { kind: 'key', parent: itemPath, word, range, hasColon, afterDash: true, needsDash: false, column, extraIndent, existing };
  }
  const parent = containerPath(doc, line, column);
  if (!parent) return undefined;
  const node = findAtPath(doc.parsed.yaml, parent.path)?.value;
  const existing = isMap(node) ? keysOf(node, word + tail) : new Set<string>();
  return {
    kind: 'key', parent: parent.path, word, range, hasColon, afterDash: false, needsDash: parent.isList, column, extraIndent, existing,
  };
}

/** "- intu|" when the list holds values: the item's text is a value, not a key. */
function listItemValue(doc: YamlBounds, line: number, character: number, m: RegExpExecArray, after: string, lineIndent: number): CursorContext | undefined {
  const [, indent, dashes, rest] = m;
  if (/[\[\]{}:'"]/.test(rest)) return undefined;
  const dashColumn = indent.length + dashes.replace(/-[ \t]+$/, '').length;
  const seq = listPath(doc, line, dashColumn);
  if (!seq) return undefined;
  const tail = /^[^#]*/.exec(after)![0].trimEnd();
  return {
    kind: 'value', path: [...seq.path, seq.index], word: rest, inList: true, existing: itemsOf(doc, seq.path, seq.index),
    extraIndent: Math.max(0, indent.length + dashes.length - lineIndent),
    range: lineRange(line, character - rest.length, character + tail.length),
  };
}

/** A key context on a dash line is also a value context when the list holds plain values. */
export function asListValue(ctx: Extract<CursorContext, { kind: 'key' }>, parsed: ParsedDocument): Extract<CursorContext, { kind: 'value' }> | undefined {
  if (!ctx.afterDash) return undefined;
  const seqPath = ctx.parent.slice(0, -1);
  const index = ctx.parent[ctx.parent.length - 1] as number;
  const doc = yamlBounds(parsed);
  return {
    kind: 'value', path: ctx.parent, word: ctx.word, range: ctx.range, inList: true,
    existing: doc ? itemsOf(doc, seqPath, index) : new Set(), extraIndent: ctx.extraIndent,
  };
}

// ----- from indentation to a path ------------------------------------------------------------

interface LineShape {
  indent: number;
  /** Column where the content starts after any "- " markers. */
  content: number;
  dashed: boolean;
  /** Nothing after the dashes. */
  bareDash: boolean;
  /** The content is a "key:" (with or without a value). */
  isKey: boolean;
}

function shapeOf(text: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(text)) return undefined;
  const m = /^(\s*)((?:-(?:[ \t]+|$))*)(.*)$/.exec(text)!;
  const indent = m[1].length;
  const content = indent + m[2].length;
  const rest = m[3];
  return {
    indent, content, dashed: m[2].length > 0, bareDash: m[2].length > 0 && rest.trim() === '',
    isKey: new RegExp(String.raw`^${KEY_CHARS}+[ \t]*:(\s|$)`).test(rest) || /^("[^"]*"|'[^']*')[ \t]*:(\s|$)/.test(rest),
  };
}

/** The yaml-text offset of a column on a line. */
function offsetOf(doc: YamlBounds, line: number, column: number): number {
  return doc.parsed.lines.offsetAt({ line, character: column }) - doc.parsed.yamlOffset;
}

/** The path of the key `key` written at a column of a line. */
function pathOfKey(doc: YamlBounds, line: number, column: number, key: string, afterDash: boolean): PathSegment[] | undefined {
  const loc = locate(doc.parsed.yaml, offsetOf(doc, line, column), doc.yamlText);
  if (loc.onKey && loc.path[loc.path.length - 1] === key) return loc.path;
  if (afterDash) {
    const dashColumn = /^(\s*(?:-[ \t]+)*)-[ \t]+$/.exec(doc.parsed.lines.lineText(line).slice(0, column));
    const seq = dashColumn ? listPath(doc, line, dashColumn[1].length) : undefined;
    return seq ? [...seq.path, seq.index, key] : undefined;
  }
  const parent = containerPath(doc, line, column);
  return parent && !parent.isList ? [...parent.path, key] : undefined;
}

/** How far up the anchor of a line is looked for (a hostile file could be one long list). */
const MAX_SCAN = 50_000;

/**
 * The collection a key starting at `column` on `line` belongs to, from the lines above:
 * a sibling key at the same column, a "- key" whose content starts there, or the parent key
 * at a smaller column. `isList` when that parent holds a list (the key would start an item).
 */
function containerPath(doc: YamlBounds, line: number, column: number): { path: PathSegment[]; isList: boolean } | undefined {
  if (column === 0) return { path: [], isList: false };
  for (let l = line - 1, n = 0; l >= doc.firstLine && n < MAX_SCAN; l--, n++) {
    const shape = shapeOf(doc.parsed.lines.lineText(l));
    if (!shape) continue;
    if (shape.content === column && !shape.bareDash) {
      if (!shape.dashed && !shape.isKey) continue; // a multi-line plain scalar
      const loc = locate(doc.parsed.yaml, offsetOf(doc, l, column), doc.yamlText);
      return loc.onKey ? { path: loc.path.slice(0, -1), isList: false } : undefined;
    }
    if (shape.bareDash && shape.content === column) {
      const seq = listPath(doc, l, shape.content - 2);
      return seq ? { path: [...seq.path, seq.index], isList: false } : undefined;
    }
    if (shape.content < column || shape.indent < column) {
      if (!shape.isKey) return undefined;
      const loc = locate(doc.parsed.yaml, offsetOf(doc, l, shape.content), doc.yamlText);
      if (!loc.onKey) return undefined;
      const value = findAtPath(doc.parsed.yaml, loc.path)?.value;
      return { path: loc.path, isList: isSeq(value) };
    }
  }
  return { path: [], isList: false };
}

/** The list whose "- " stands at `dashColumn` on `line`, and the index of that line's item. */
function listPath(doc: YamlBounds, line: number, dashColumn: number): { path: PathSegment[]; index: number } | undefined {
  const lineStart = offsetOf(doc, line, 0);
  // This line's own dash, or a sibling's above, lies inside the list's range.
  for (let l = line, n = 0; l >= doc.firstLine && n < MAX_SCAN; l--, n++) {
    const text = doc.parsed.lines.lineText(l);
    const shape = shapeOf(text);
    if (!shape) continue;
    const dashHere = text.slice(dashColumn, dashColumn + 1) === '-' && /^[\s-]*$/.test(text.slice(0, dashColumn)) && (shape.dashed);
    if (dashHere) {
      const loc = locate(doc.parsed.yaml, offsetOf(doc, l, dashColumn), doc.yamlText);
      const node = loc.node;
      if (isSeq(node)) return { path: loc.path, index: countBefore(node, lineStart) };
      if (l === line) continue;
      return undefined;
    }
    if (shape.indent < dashColumn || (shape.indent === dashColumn && shape.isKey)) {
      // "criteria:" above the first item: a list that has no item in the AST yet.
      if (!shape.isKey) return undefined;
      const loc = locate(doc.parsed.yaml, offsetOf(doc, l, shape.content), doc.yamlText);
      if (!loc.onKey) return undefined;
      const value = findAtPath(doc.parsed.yaml, loc.path)?.value;
      return { path: loc.path, index: isSeq(value) ? countBefore(value, lineStart) : 0 };
    }
  }
  return undefined;
}

/** How many items of a list start before an offset: the index of an item starting there. */
function countBefore(seq: YamlNode, offset: number): number {
  if (!isSeq(seq)) return 0;
  let n = 0;
  for (const item of seq.items) {
    const r = (item as YamlNode | null)?.range;
    if (r && r[0] < offset) n++;
  }
  return n;
}

function keysOf(map: YamlNode, typing: string): Set<string> {
  const out = new Set<string>();
  if (!isMap(map)) return out;
  for (const item of map.items) {
    const name = keyName(item.key);
    if (name !== undefined && name !== typing) out.add(name);
  }
  return out;
}

function itemsOf(doc: YamlBounds, seqPath: PathSegment[], except: number): Set<string> {
  const out = new Set<string>();
  const seq = findAtPath(doc.parsed.yaml, seqPath)?.value;
  if (!isSeq(seq)) return out;
  seq.items.forEach((item, i) => {
    const v = (item as { value?: unknown } | null)?.value;
    if (i !== except && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) out.add(String(v));
  });
  return out;
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: Math.max(0, start) }, end: { line, character: Math.max(0, end) } };
}
