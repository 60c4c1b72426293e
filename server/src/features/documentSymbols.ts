// The outline: a profile's name, facts (with their type), criteria (with what they
// check), thresholds, referrals and lessons; a prospect's name and facts (with their values), and
// the headings of a Markdown prospect's notes. Ranges cover the whole entry, the selection its name.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { nodeRange, type ParsedDocument } from '../parser/parsedDocument';
import { keyName } from '../parser/astNavigation';
import { MATCHERS } from '../../../shared/src/types';

/** Longest name or detail shown; the outline is for finding things, not reading them. */
const MAX_TEXT = 80;

export function findDocumentSymbols(parsed: ParsedDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const root = parsed.yaml?.contents as YamlNode | null | undefined;
  if (isMap(root)) {
    for (const item of root.items) {
      const sym = topLevelSymbol(parsed, item as Pair<unknown, unknown>);
      if (sym) out.push(sym);
    }
  }
  if (parsed.kind === 'prospect' && parsed.body) out.push(...markdownHeadings(parsed, parsed.body.offset));
  return out;
}

function topLevelSymbol(parsed: ParsedDocument, pair: Pair<unknown, unknown>): DocumentSymbol | undefined {
  const name = keyName(pair.key);
  if (name === undefined || !hasRange(pair.key)) return undefined;
  const value = nodeOf(pair.value);
  const isProfile = parsed.kind === 'profile';
  if ((isProfile && name === 'profile') || (!isProfile && name === 'prospect')) {
    const title = scalarText(value);
    return symbol(parsed, pair, title ?? name, SymbolKind.Module, name, title !== undefined ? value : undefined);
  }
  if (name === 'facts' && isMap(value)) {
    const children = value.items.flatMap((p) => {
      const fact = p as Pair<unknown, unknown>;
      const factName = keyName(fact.key);
      if (factName === undefined || !hasRange(fact.key)) return [];
      const detail = isProfile ? scalarText(fieldOf(fact.value, 'type')) : valueText(nodeOf(fact.value));
      return [symbol(parsed, fact, factName, SymbolKind.Field, detail)];
    });
    return symbol(parsed, pair, name, SymbolKind.Struct, undefined, undefined, children);
  }
  if (isProfile && name === 'criteria' && isSeq(value)) {
    const children = seqItems(value).map(({ node, index }) => criterionSymbol(parsed, node, index));
    return symbol(parsed, pair, name, SymbolKind.Array, undefined, undefined, children);
  }
  if (isProfile && name === 'verdict' && isMap(value)) {
    const detail = ['fit', 'borderline', 'minKnown']
      .map((k) => [k, scalarText(fieldOf(value, k))] as const)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');
    return symbol(parsed, pair, name, SymbolKind.Object, detail || undefined);
  }
  if (isProfile && name === 'referrals' && isSeq(value)) {
    const children = seqItems(value).map(({ node, index }) =>
      itemSymbol(parsed, node, scalarText(fieldOf(node, 'name')) ?? `#${index + 1}`, SymbolKind.Object, fieldOf(node, 'name'),
        scalarText(fieldOf(node, 'contact'))));
    return symbol(parsed, pair, name, SymbolKind.Array, undefined, undefined, children);
  }
  if (isProfile && name === 'lessons' && isSeq(value)) {
    const children = seqItems(value).map(({ node, index }) => {
      const expect = scalarText(fieldOf(node, 'expect'));
      return itemSymbol(parsed, node, scalarText(fieldOf(node, 'prospect')) ?? `#${index + 1}`, SymbolKind.File,
        fieldOf(node, 'prospect'), expect !== undefined ? `expect ${expect}` : undefined);
    });
    return symbol(parsed, pair, name, SymbolKind.Array, undefined, undefined, children);
  }
  const kind = isMap(value) ? SymbolKind.Object : isSeq(value) ? SymbolKind.Array : SymbolKind.Property;
  return symbol(parsed, pair, name, kind, valueText(value));
}

/** "workingStyle is intuitive, structured", "signals excludes wants-to-be-right (dealbreaker)". */
function criterionSymbol(parsed: ParsedDocument, node: YamlNode, index: number): DocumentSymbol {
  const idNode = fieldOf(node, 'id');
  const id = scalarText(idNode) ?? `#${index + 1}`;
  let detail: string | undefined;
  if (isMap(node)) {
    const matcherPair = node.items.find((p) => (MATCHERS as readonly string[]).includes(keyName(p.key) ?? ''));
    const parts = [scalarText(fieldOf(node, 'fact')) ?? '?'];
    if (matcherPair) parts.push(keyName(matcherPair.key)!, valueText(nodeOf(matcherPair.value)) ?? '');
    detail = parts.join(' ').trim();
    const dealbreaker = fieldOf(node, 'dealbreaker');
    const severity = fieldOf(node, 'severity');
    if (isScalar(severity) && (severity.value === 'dealbreaker' || severity.value === 'caution')) detail += ` (${severity.value})`;
    else if (isScalar(dealbreaker) && dealbreaker.value === true) detail += ' (dealbreaker)';
  }
  return itemSymbol(parsed, node, id, SymbolKind.Event, idNode, detail);
}

function symbol(
  parsed: ParsedDocument, pair: Pair<unknown, unknown>, name: string, kind: SymbolKind,
  detail?: string, selection?: YamlNode, children?: DocumentSymbol[],
): DocumentSymbol {
  const range = pairRangeOf(parsed, pair);
  const selectionRange = selection && hasRange(selection) ? nodeRange(parsed, selection) : nodeRange(parsed, pair.key as YamlNode);
  return make(name, kind, range, selectionRange, detail, children);
}

/** A sequence item (criterion, referral, lesson): the whole item, selected at its name. */
function itemSymbol(parsed: ParsedDocument, node: YamlNode, name: string, kind: SymbolKind, nameNode?: YamlNode, detail?: string): DocumentSymbol {
  const range = trimmedRange(parsed, node.range![0], node.range![1]);
  const selectionRange = nameNode && hasRange(nameNode) ? nodeRange(parsed, nameNode) : range;
  return make(name, kind, range, selectionRange, detail);
}

function make(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // Editors reject a symbol whose name is blank or whose selection lies outside its range.
  const s: DocumentSymbol = { name: oneLine(name) || '?', kind, range, selectionRange: within(selectionRange, range) ? selectionRange : range };
  if (detail !== undefined && detail !== '') s.detail = oneLine(detail);
  if (children) s.children = children;
  return s;
}

function pairRangeOf(parsed: ParsedDocument, pair: Pair<unknown, unknown>): Range {
  const key = pair.key as YamlNode;
  const value = nodeOf(pair.value);
  const start = key.range![0];
  let end = key.range![1];
  if (value && hasRange(value) && value.range![1] > end) end = value.range![1];
  return trimmedRange(parsed, start, end);
}

/** A YAML range (block collections and scalars end at the start of the next line) without its trailing line breaks. */
function trimmedRange(parsed: ParsedDocument, start: number, end: number): Range {
  while (end > start && /[\r\n]/.test(parsed.text.charAt(parsed.yamlOffset + end - 1))) end--;
  return parsed.lines.rangeOf(parsed.yamlOffset + start, parsed.yamlOffset + end);
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function seqItems(seq: YamlNode): { node: YamlNode; index: number }[] {
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((item, index) => (hasRange(item) ? [{ node: item as YamlNode, index }] : []));
}

function fieldOf(node: unknown, name: string): YamlNode | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => keyName(p.key) === name);
  return pair ? nodeOf(pair.value) : undefined;
}

function nodeOf(v: unknown): YamlNode | undefined {
  return hasRange(v) ? (v as YamlNode) : undefined;
}

function hasRange(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Array.isArray((v as YamlNode).range);
}

function scalarText(node: YamlNode | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A value in a few words: a scalar as written, a flat list joined by commas. */
function valueText(node: YamlNode | undefined): string | undefined {
  if (isScalar(node)) return scalarText(node);
  if (isSeq(node)) {
    const items = node.items.map((i) => scalarText(nodeOf(i)) ?? '…');
    return `[${items.join(', ')}]`;
  }
  return undefined;
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
}

/** ATX headings of the notes ("# …" to "###### …"), nested by level; fenced code is skipped. */
function markdownHeadings(parsed: ParsedDocument, offset: number): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const open: { level: number; sym: DocumentSymbol }[] = [];
  const startLine = parsed.lines.positionAt(offset).line;
  const lastLine = parsed.lines.lineCount - 1;
  let fence: string | undefined;
  const close = (level: number, endLine: number): void => {
    while (open.length && open[open.length - 1].level >= level) {
      const done = open.pop()!;
      done.sym.range = { start: done.sym.range.start, end: lineEndPosition(parsed, Math.max(done.sym.range.start.line, endLine)) };
    }
  };
  for (let line = startLine; line <= lastLine; line++) {
    const text = parsed.lines.lineText(line);
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const m = /^\s{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(text);
    if (!m || m[2].trim() === '') continue;
    const level = m[1].length;
    close(level, previousContentLine(parsed, line));
    const lineRange = { start: { line, character: 0 }, end: lineEndPosition(parsed, line) };
    const sym = make(m[2], SymbolKind.String, lineRange, lineRange, undefined, []);
    (open.length ? open[open.length - 1].sym.children! : roots).push(sym);
    open.push({ level, sym });
  }
  close(0, previousContentLine(parsed, lastLine + 1));
  const prune = (s: DocumentSymbol): void => {
    if (s.children && s.children.length === 0) delete s.children;
    else s.children?.forEach(prune);
  };
  roots.forEach(prune);
  return roots;
}

function previousContentLine(parsed: ParsedDocument, line: number): number {
  let l = line - 1;
  while (l > 0 && parsed.lines.lineText(l).trim() === '') l--;
  return l;
}

function lineEndPosition(parsed: ParsedDocument, line: number): Range['start'] {
  return { line, character: parsed.lines.lineText(line).length };
}
