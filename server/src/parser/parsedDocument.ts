// Parses a profile or prospect once per document version: the YAML (or a Markdown prospect's
// front matter) with positions, its plain value, and the syntax problems. Every feature works
// from this object; nothing else calls the YAML parser.
import { Document, isMap, isNode, isPair, isScalar, isSeq, parseDocument, YAMLParseError, type Node as YamlNode } from 'yaml';
import type { Range } from '../../../shared/src/types';
import type { Problem } from '../model/problem';
import { kindOf, type DocumentFormat, type DocumentKind } from '../../../shared/src/fileKinds';
import { entriesBeyondLimit, MAX_ENTRIES, MAX_ENTRIES_PER_COLLECTION } from './entryCount';
import { splitFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';
import { parseSimpleYaml } from './simpleYaml';
import { readBlockYaml } from './blockYamlReader';
import { hasPitfallValue, mergeConflict, yamlPitfalls } from './yamlPitfalls';
import { YAML_OPTIONS } from './yamlOptions';
import * as l10n from '@vscode/l10n';
import { uiLanguage } from '../model/uiLanguage';

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
  /**
   * Always yaml's own parse, never a fast reader (simpleYaml.ts, blockYamlReader.ts): the
   * differential tests compare what the readers give against it.
   */
  yamlOnly?: boolean;
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
      l10n.t('This file is {0}, larger than the limit of {1} (setting idealClient.maxFileSize); it is not checked.', formatSize(size), formatSize(maxBytes)),
      // A warning: the file is not wrong, only not checked (the limit is a setting).
      'too-large', 'warning');
    return result;
  }
  if (text.indexOf('\u0000') >= 0) {
    problem(lines.rangeOf(0, 0), l10n.t('This file contains binary data (NUL bytes); it is not a YAML profile or prospect.'));
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
      problem(lines.rangeOf(0, 0), l10n.t('A Markdown prospect starts with YAML front matter between two "---" lines (prospect: Name, facts: …).'), 'front-matter');
      result.body = { text, offset: 0 };
      return result;
    }
    if (fm.kind === 'unterminated') {
      problem(lines.rangeOf(fm.openStart, fm.openEnd), l10n.t('The front matter that starts here is never closed: add a line "---" after the last key.'), 'front-matter');
      return result;
    }
    yamlText = text.slice(fm.yamlStart, fm.yamlEnd);
    result.yamlOffset = fm.yamlStart;
    result.body = { text: text.slice(fm.bodyStart), offset: fm.bodyStart };
  }

  const depth = nestingBeyondLimit(yamlText);
  if (depth !== undefined) {
    problem(lines.rangeOf(result.yamlOffset + depth, result.yamlOffset + depth + 1),
      l10n.t('This YAML is nested more than {0} levels deep; it is not read.', MAX_DEPTH));
    return result;
  }

  const crowded = entriesBeyondLimit(yamlText);
  if (crowded !== undefined) {
    const at = result.yamlOffset + crowded.offset;
    problem(lines.rangeOf(at, at), crowded.cap === 'file'
      ? l10n.t('This file has more than {0} keys and list items (a profile or prospect has a few hundred); it is not checked.', bigNumber(MAX_ENTRIES))
      : l10n.t('This mapping or list has more than {0} entries (a profile or prospect has a few hundred); the file is not checked.', bigNumber(MAX_ENTRIES_PER_COLLECTION)),
    'too-large');
    return result;
  }

  // Most prospects have a plain shape that a fast reader gives the same value for; the YAML
  // document (positions, for the editor) is then parsed only if a feature asks for it.
  const simple = kf.kind === 'prospect' && !options.yamlOnly ? parseSimpleYaml(yamlText) : undefined;
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

  // The block shape of nearly every profile: yaml's own nodes, built without yaml's parser.
  const block = options.yamlOnly ? undefined : readBlockYaml(yamlText);
  if (block) {
    parseCounter.count++;
    result.yaml = block.doc;
    result.value = block.value;
    return result;
  }

  const doc = parseYaml(result, yamlText);
  if (!doc) return result;
  result.yaml = doc;
  const off = result.yamlOffset;
  try {
    result.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e instanceof Error && /unresolved alias/i.test(e.message)
      ? l10n.t('This YAML alias (*name) is not valid: write the value out.')
      : e instanceof Error && /alias/i.test(e.message)
      ? l10n.t('This file uses too many YAML aliases (an "alias bomb"); it is not read.')
      : l10n.t('This YAML could not be read.');
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
    result.problems.push({ range: lines.rangeOf(0, 0), severity: 'error', message: l10n.t('This YAML is nested too deeply to be read.'), code: 'yaml-syntax' });
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
  duplicateKeys(doc.contents, found);
  if (found.length === 0) return;
  const all = [...doc.errors, ...found];
  all.sort((a, b) => a.pos[0] - b.pos[0]);
  doc.errors.splice(0, doc.errors.length, ...all);
}

/**
 * The duplicate keys under `node`, in every mapping, also in keys and list items. A walk of its
 * own rather than yaml's `visit`, whose visitor calls cost ~10 ms of a 1,000-line profile's first
 * diagnostics.
 */
function duplicateKeys(node: unknown, found: YAMLParseError[]): void {
  if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key)) {
        if (Number.isNaN(key.value)) {
          // NaN equals no key, itself included (as in yaml's own check).
        } else if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(key.value);
      } else duplicateKeys(key, found);
      duplicateKeys(pair.value, found);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) duplicateKeys(item, found);
  } else if (isPair(node)) {
    duplicateKeys(node.key, found);
    duplicateKeys(node.value, found);
  }
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

/**
 * yaml's errors in plain words, one sentence per error code, in the UI language; the position is
 * the problem's range (the CLI prints it as file:line:col). yaml's own English wording is never
 * shown: a code this list does not know gets a general sentence.
 */
function yamlMessage(code: string, message: string): string {
  if (/call stack/i.test(message)) return l10n.t('This YAML is nested too deeply to be read.');
  const first = message.split('\n')[0];
  switch (code) {
    case 'DUPLICATE_KEY': return l10n.t('Duplicate key: each key may appear only once in a mapping.');
    case 'TAB_AS_INDENT': return l10n.t('Tabs are not allowed for indentation in YAML; indent with spaces.');
    case 'TAG_RESOLVE_FAILED': {
      const tag = /tag: (\S+)/.exec(first)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? '';
      return l10n.t('Unknown YAML tag {0}: profiles and prospects hold plain values; remove the tag.', tag);
    }
    case 'MULTIPLE_DOCS': return l10n.t('This file holds more than one YAML document ("---"); a profile or prospect is one document.');
    case 'BAD_INDENT':
      if (/end with an? ([\]}])/.test(first)) return l10n.t('A list or mapping in brackets is not closed: add "{0}".', /end with an? ([\]}])/.exec(first)![1]);
      return l10n.t('Wrong indentation: the keys of one mapping and the items of one list must start in the same column.');
    case 'MISSING_CHAR':
      if (/quote/i.test(first)) return l10n.t('A quoted text is not closed: add the closing quote.');
      if (/end with an? ([\]}])/.test(first)) return l10n.t('A list or mapping in brackets is not closed: add "{0}".', /end with an? ([\]}])/.exec(first)![1]);
      if (/followed by map values/.test(first)) return l10n.t('A key needs a ":" after it.');
      return l10n.t('Something is missing here: a ":" after a key, or a "," between items in brackets.');
    case 'BAD_DQ_ESCAPE': return l10n.t('A backslash in double quotes starts an escape this one is not: write "\\\\" for a backslash, or use single quotes.');
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact/.test(first)) return l10n.t('A value cannot hold another "key: value" on the same line: put the inner key on a line of its own, indented, or quote the value.');
      return l10n.t('Wrong indentation: the keys of one mapping and the items of one list must start in the same column.');
    case 'MULTILINE_IMPLICIT_KEY': return l10n.t('A key must fit on one line: end it with ":" on the same line.');
    case 'BLOCK_IN_FLOW': return l10n.t('Inside brackets ([…] or {…}) write values on one line; a block list or mapping is not allowed there.');
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS': return l10n.t('This YAML alias (*name) is not valid: write the value out.');
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER': return l10n.t('A value has more than one YAML anchor or tag here: remove the extra "&" or "!".');
    case 'BAD_SCALAR_START': return l10n.t('A value cannot start with this character: put the value in quotes.');
    case 'BAD_DIRECTIVE': return l10n.t('A line starting with "%" is a YAML directive, and this one is not valid: remove it, or quote the value.');
    case 'NON_STRING_KEY': return l10n.t('A key must be a plain word, not a list or mapping.');
    case 'KEY_OVER_1024_CHARS': return l10n.t('A key is longer than 1024 characters: shorten it.');
    case 'UNEXPECTED_TOKEN': return l10n.t('This is not where YAML expects it: check the indentation and the brackets on this line, or quote the value.');
    default: return l10n.t('This YAML cannot be read here: check the indentation, the quotes and the brackets on this line.');
  }
}

/** 16000 → "16,000" in English, "16.000" in German (the number words of the UI language). */
function bigNumber(n: number): string {
  return n.toLocaleString(uiLanguage());
}
