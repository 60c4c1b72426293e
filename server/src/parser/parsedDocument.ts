// Parses a profile or prospect once per document version: the YAML (or a Markdown prospect's
// front matter) with positions, its plain value, and the syntax problems. Every feature works
// from this object; nothing else calls the YAML parser.
import { Document, isNode, isScalar, parseDocument, visit, YAMLParseError, type Node as YamlNode } from 'yaml';
import type { Range } from '../../../shared/src/types';
import type { Problem } from '../model/problem';
import { kindOf, type DocumentFormat, type DocumentKind } from '../../../shared/src/fileKinds';
import { entriesBeyondLimit, MAX_ENTRIES, MAX_ENTRIES_PER_COLLECTION } from './entryCount';
import { splitFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';
import { parseSimpleYaml } from './simpleYaml';
import { hasPitfallValue, mergeConflict, yamlPitfalls } from './yamlPitfalls';
import { YAML_OPTIONS } from './yamlOptions';

export interface ParseOptions {
  /** Documents larger than this many bytes are not parsed (hostile input: one problem instead). */
  maxBytes?: number;
  /** The size on disk of a file that was not read for being over `maxBytes` (text is then ''). */
  size?: number;
  /**
   * Why the file was not read or not decoded (the read rule, see pathRules.ts; an encoding other
   * than UTF-8): its one problem (text is then '').
   */
  notRead?: { message: string; code: Problem['code'] };
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** More aliases than this in one file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  uri: string;
  version: number;
  kind: DocumentKind;
  format: DocumentFormat;
  text: string;
  lines: LineIndex;
  /** The YAML document, or undefined when there is none to parse (too large, no front matter). */
  yaml: Document.Parsed | undefined;
  /** Offset of the YAML text in `text` (non-zero for a Markdown front matter). */
  yamlOffset: number;
  /** The plain value of the YAML, or undefined when it could not be built. */
  value: unknown;
  /** The Markdown body of a `.prospect.md` (its notes), with its offset in `text`. */
  body?: { text: string; offset: number };
  /** Syntax-level problems: YAML errors, size, front matter. */
  problems: Problem[];
  /**
   * Set when a prospect was read by the fast reader (simpleYaml.ts): where its top-level scalar
   * values stand in the YAML text, as the nodes' ranges would say, so that evaluating it needs no
   * full parse. `yaml` is then built on first use.
   */
  topLevelRanges?: ReadonlyMap<string, [number, number]>;
}

/** Counts parses, so tests can check that completion and hover never parse again. */
export const parseCounter = { count: 0 };

export function parseText(uri: string, version: number, text: string, options: ParseOptions = {}): ParsedDocument {
  const kf = kindOf(uri) ?? { kind: 'profile', format: 'yaml' };
  const lines = new LineIndex(text);
  const result: ParsedDocument = {
    uri, version, kind: kf.kind, format: kf.format, text, lines,
    yaml: undefined, yamlOffset: 0, value: undefined, problems: [],
  };
  const problem = (range: Range, message: string, code: Problem['code'] = 'yaml-syntax', severity: Problem['severity'] = 'error'): void => {
    result.problems.push({ range, severity, message, code });
  };

  if (options.notRead !== undefined) {
    problem(lines.rangeOf(0, 0), options.notRead.message, options.notRead.code);
    return result;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = options.size ?? text.length;
  if (size > maxBytes) {
    problem(lines.rangeOf(0, 0),
      `This file is ${formatSize(size)}, larger than the limit of ${formatSize(maxBytes)} (setting idealClient.maxFileSize); it is not checked.`,
      // A warning: the file is not wrong, only not checked (the limit is a setting).
      'too-large', 'warning');
    return result;
  }
  if (text.indexOf('\u0000') >= 0) {
    problem(lines.rangeOf(0, 0), 'This file contains binary data (NUL bytes); it is not a YAML profile or prospect.');
    return result;
  }

  // Before anything is read: the markers would be judged as notes, or break the YAML far away.
  const conflict = mergeConflict(text);
  if (conflict) {
    problem(lines.rangeOf(conflict.start, conflict.end), conflict.message);
    return result;
  }

  let yamlText = text;
  if (kf.format === 'markdown') {
    const fm = splitFrontMatter(text);
    if (fm.kind === 'none') {
      problem(lines.rangeOf(0, 0), 'A Markdown prospect starts with YAML front matter between two "---" lines (prospect: Name, facts: …).', 'front-matter');
      result.body = { text, offset: 0 };
      return result;
    }
    if (fm.kind === 'unterminated') {
      problem(lines.rangeOf(fm.openStart, fm.openEnd), 'The front matter that starts here is never closed: add a line "---" after the last key.', 'front-matter');
      return result;
    }
    yamlText = text.slice(fm.yamlStart, fm.yamlEnd);
    result.yamlOffset = fm.yamlStart;
    result.body = { text: text.slice(fm.bodyStart), offset: fm.bodyStart };
  }

  const depth = nestingBeyondLimit(yamlText);
  if (depth !== undefined) {
    problem(lines.rangeOf(result.yamlOffset + depth, result.yamlOffset + depth + 1),
      `This YAML is nested more than ${MAX_DEPTH} levels deep; it is not read.`);
    return result;
  }

  const crowded = entriesBeyondLimit(yamlText);
  if (crowded !== undefined) {
    const at = result.yamlOffset + crowded.offset;
    problem(lines.rangeOf(at, at), crowded.cap === 'file'
      ? `This file has more than ${MAX_ENTRIES.toLocaleString('en')} keys and list items (a profile or prospect has a few hundred); it is not checked.`
      : `This mapping or list has more than ${MAX_ENTRIES_PER_COLLECTION.toLocaleString('en')} entries (a profile or prospect has a few hundred); the file is not checked.`,
    'too-large');
    return result;
  }

  // Most prospects have a plain shape that a fast reader gives the same value for; the YAML
  // document (positions, for the editor) is then parsed only if a feature asks for it.
  const simple = kf.kind === 'prospect' ? parseSimpleYaml(yamlText) : undefined;
  // A value with a pitfall (a "<<" key, .inf) takes the full parse, which says where it is.
  if (simple && !hasPitfallValue(simple.value)) {
    result.value = simple.value;
    result.topLevelRanges = simple.ranges;
    let doc: Document.Parsed | undefined;
    let done = false;
    Object.defineProperty(result, 'yaml', {
      enumerable: true,
      configurable: true,
      get(): Document.Parsed | undefined {
        if (!done) {
          done = true;
          doc = parseYaml(result, yamlText);
        }
        return doc;
      },
    });
    return result;
  }

  const doc = parseYaml(result, yamlText);
  if (!doc) return result;
  result.yaml = doc;
  const off = result.yamlOffset;
  try {
    result.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e instanceof Error && /alias/i.test(e.message)
      ? 'This file uses too many YAML aliases (an "alias bomb"); it is not read.'
      : 'This YAML could not be read.';
    result.problems.push({ range: lines.rangeOf(off, off), severity: 'error', message: msg, code: 'yaml-syntax' });
    result.value = undefined;
  }
  return result;
}


/** The full parse: the YAML document with positions; its errors and warnings go to `problems`. */
function parseYaml(result: ParsedDocument, yamlText: string): Document.Parsed | undefined {
  const lines = result.lines;
  parseCounter.count++;
  let doc: Document.Parsed;
  try {
    // uniqueKeys is off (see YAML_OPTIONS): yaml compares each key with every key before it
    // (40,000 keys: over a minute); addDuplicateKeyErrors says the same, in one pass.
    doc = parseDocument(yamlText, YAML_OPTIONS);
    addDuplicateKeyErrors(doc);
  } catch {
    // The parser recurses on nesting; a pathological depth ends here instead of in the server.
    result.problems.push({ range: lines.rangeOf(0, 0), severity: 'error', message: 'This YAML is nested too deeply to be read.', code: 'yaml-syntax' });
    return undefined;
  }
  const off = result.yamlOffset;
  result.problems.push(...yamlProblems(doc, lines, off));
  for (const p of yamlPitfalls(doc, yamlText)) {
    result.problems.push({ range: lines.rangeOf(off + p.start, off + p.end), severity: 'error', message: p.message, code: 'yaml-syntax' });
  }
  return doc;
}

/** The YAML document's errors and warnings as problems (`off`: where the YAML starts in the text). */
export function yamlProblems(doc: Document.Parsed, lines: LineIndex, off: number): Problem[] {
  const out: Problem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [s, t] = e.pos ?? [0, 0];
    out.push({
      range: lines.rangeOf(off + s, off + Math.max(t, s)),
      severity: doc.errors.includes(e as never) ? 'error' : 'warning',
      message: yamlMessage(e.code, e.message),
      code: 'yaml-syntax',
    });
  }
  return out;
}

/**
 * yaml's duplicate-key error (uniqueKeys: a scalar key whose value equals an earlier key's), found
 * with one set per mapping, and merged among the parser's errors in the order of the text.
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(key.value);
      }
    },
  });
  if (found.length === 0) return;
  const all = [...doc.errors, ...found];
  all.sort((a, b) => a.pos[0] - b.pos[0]);
  doc.errors.splice(0, doc.errors.length, ...all);
}

/** The range of a YAML node in the whole file. */
export function nodeRange(parsed: ParsedDocument, node: YamlNode | null | undefined): Range {
  if (!node || !isNode(node) || !node.range) return parsed.lines.rangeOf(parsed.yamlOffset, parsed.yamlOffset);
  const [start, valueEnd] = node.range;
  return parsed.lines.rangeOf(parsed.yamlOffset + start, parsed.yamlOffset + valueEnd);
}

/** The offset in the YAML text for an offset in the file (front matter aware). */
export function toYamlOffset(parsed: ParsedDocument, fileOffset: number): number {
  return fileOffset - parsed.yamlOffset;
}

/** Deeper than this is no profile: it is an attack on the parser's recursion. */
const MAX_DEPTH = 200;
const MAX_INDENT = 2000;

/**
 * A linear pre-scan for absurd nesting, which would cost the recursive parser and every walker
 * after it seconds: flow brackets deeper than MAX_DEPTH, or a line indented past MAX_INDENT.
 * Returns the offset where the limit is crossed. Quotes and comments are skipped roughly — a
 * legitimate document never comes near either limit.
 */
export function nestingBeyondLimit(text: string): number | undefined {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { lineStart = true; indent = 0; quote = 0; continue; }
    if (lineStart) {
      if (c === 32) { if (++indent > MAX_INDENT) return i; continue; }
      lineStart = false;
    }
    if (quote) { if (c === quote) quote = 0; continue; }
    if (c === 34 || c === 39) { if (depth > 0) quote = c; continue; }
    if (c === 35 && depth === 0) { const nl = text.indexOf('\n', i); if (nl < 0) break; i = nl - 1; continue; }
    if (c === 91 || c === 123) { if (++depth > MAX_DEPTH) return i; }
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** yaml's messages are good, but say "YAML" and drop the parser's internal wording. */
function yamlMessage(code: string, message: string): string {
  if (/call stack/i.test(message)) return 'This YAML is nested too deeply to be read.';
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  switch (code) {
    case 'DUPLICATE_KEY': return `Duplicate key: each key may appear only once in a mapping. (${first})`;
    case 'TAB_AS_INDENT': return 'Tabs are not allowed for indentation in YAML; indent with spaces.';
    case 'TAG_RESOLVE_FAILED': {
      const tag = /tag: (\S+)/.exec(first)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? '';
      return `Unknown YAML tag ${tag}: profiles and prospects hold plain values; remove the tag.`;
    }
    case 'MULTIPLE_DOCS': return 'This file holds more than one YAML document ("---"); a profile or prospect is one document.';
    case 'BAD_INDENT': return `Wrong indentation: ${first}`;
    case 'IMPOSSIBLE':
      if (/call stack/i.test(first)) return 'This YAML is nested too deeply to be read.';
      return `YAML: ${first}`;
    default: return `YAML: ${first}`;
  }
}
