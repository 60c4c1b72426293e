// Small helpers shared by the checks of profiles and prospects (the schema's and the meaning
// checks): where a path of the YAML stands in the file, and the "did you mean …" / "known
// facts: …" parts of messages.
import * as l10n from '@vscode/l10n';
import { isNode, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { Range } from '../../../../shared/src/types';
import { nodeRange, type ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath, type PathSegment } from '../../parser/astNavigation';
import { entries, isObject } from '../../model/profileModel';
import type { Problem, ProblemCode, Severity } from '../../model/problem';
import { closest } from './didYouMean';

/** How many names a message lists before it says "…". */
const MAX_LISTED = 15;

export type NodePart = 'value' | 'key';

/**
 * The range of the node at a path: at the path itself `part` of it (the value, or the key). A
 * value with nothing in it ("key:" and no more) gives way to its key, and where it has no key
 * (an empty "- " item), to its parent. Where the document does not have the whole path (an alias,
 * a merge key), the nearest ancestor it has: `above` of it — the key, which is short, or the whole
 * value (what a schema error about the value speaks of). Nothing at all: the first line.
 */
export function rangeAtPath(parsed: ParsedDocument, path: readonly PathSegment[], part: NodePart = 'value', above: NodePart = 'key'): Range {
  for (let n = path.length; n >= 0; n--) {
    const at = findAtPath(parsed.yaml, path.slice(0, n));
    if (!at) continue;
    const order = (n === path.length ? part : above) === 'value' ? [at.value, at.key] : [at.key, at.value];
    const node = order.find((x) => hasRange(x) && !isEmptyNull(x)) ?? at.key;
    if (hasRange(node)) return nodeRange(parsed, node);
  }
  return firstLine(parsed);
}

/** The first line of the YAML (from its first node to the end of that line). */
export function firstLine(parsed: ParsedDocument): Range {
  const contents = parsed.yaml?.contents as YamlNode | null | undefined;
  const start = parsed.yamlOffset + (hasRange(contents) ? contents.range![0] : 0);
  const pos = parsed.lines.positionAt(start);
  const end = parsed.lines.lineText(pos.line).length;
  return { start: pos, end: { line: pos.line, character: Math.max(pos.character, end) } };
}

/** The range of a whole mapping pair: from its key to the end of its value. */
export function pairRange(parsed: ParsedDocument, pair: Pair<unknown, unknown>): Range {
  const key = pair.key as YamlNode | null;
  const value = pair.value as YamlNode | null;
  const start = hasRange(key) ? key.range![0] : hasRange(value) ? value.range![0] : 0;
  const end = hasRange(value) && !isEmptyNull(value) ? value.range![1] : hasRange(key) ? key.range![1] : start;
  return parsed.lines.rangeOf(parsed.yamlOffset + start, parsed.yamlOffset + Math.max(start, end));
}

export function hasRange(node: unknown): node is YamlNode {
  return isNode(node) && Array.isArray(node.range);
}

/** "key:" with nothing after it: yaml gives a null scalar whose range is the end of the line. */
export function isEmptyNull(node: YamlNode): boolean {
  const r = node.range;
  return !!r && r[0] === r[1];
}

export function problem(range: Range, severity: Severity, message: string, code: ProblemCode, replacement?: string): Problem {
  const p: Problem = { range, severity, message, code };
  if (replacement !== undefined) p.data = { replacement };
  return p;
}

/** The names under a profile's `facts:` as written, typed or not (a fact with a bad type is still known). */
export function factNamesOf(profileValue: unknown): string[] {
  if (!isObject(profileValue) || !isObject(profileValue.facts)) return [];
  return entries(profileValue.facts).map(([k]) => k.normalize('NFC'));
}

/** "a, b, c" — at most a screenful, then "…". */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `${shown}, …` : shown;
}

export interface Suggestion {
  /** ` Did you mean "x"?`, or '' */
  text: string;
  replacement?: string;
}

/**
 * How many names one document may look up for "did you mean": each lookup compares against
 * every candidate, and a file with thousands of unknown names is not being typed by hand.
 */
const MAX_LOOKUPS = 200;

/** `Did you mean "x"?` and the replacement for the quick fix, when a candidate is close. */
export function suggester(): (name: string, candidates: readonly string[]) => Suggestion {
  let lookups = 0;
  return (name, candidates) => {
    if (++lookups > MAX_LOOKUPS) return { text: '' };
    const replacement = closest(name, candidates);
    return replacement === undefined ? { text: '' } : { text: ' ' + l10n.t('Did you mean "{0}"?', replacement), replacement };
  };
}

/** A value as written, shortened for a message. */
export function shown(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) s = String(value);
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The option values of a choice or tags fact, as the engine compares them. */
export function optionValues(options: readonly { value: string }[]): string[] {
  return options.map((o) => o.value.normalize('NFC'));
}

/** A scalar as the text it stands for in an option list; undefined for a list or mapping. */
export function scalarText(v: unknown): string | undefined {
  // NFC, as names and options are compared.
  if (typeof v === 'string') return v.normalize('NFC');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** "is, isNot or between" */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return l10n.t('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1]);
}

/**
 * Any text YAML could read as a number not plainly written: hex or octal (`0x1F`, `0o17`), an
 * exponent (`1e3`), a leading or trailing point (`.5`, `5.`). A superset, as a cheap first look.
 */
const ODD_NUMBER_FORM = /0[xXoO][0-9a-fA-F]|\d[eE][-+]?\d|(?:^|[\s:[{,])[-+]?\.\d|\d\.(?=\s|$|[,\]}#])/m;

/** Per parsed version (one look at the text, not one per number: a profile has thousands). */
const oddNumberTexts = new WeakMap<ParsedDocument, boolean>();

function mayHoldOddNumber(parsed: ParsedDocument): boolean {
  let odd = oddNumberTexts.get(parsed);
  if (odd === undefined) oddNumberTexts.set(parsed, (odd = ODD_NUMBER_FORM.test(parsed.text)));
  return odd;
}

/** How a number is plainly written: digits, with a decimal point and digits after it. */
const PLAIN_NUMBER = /^[-+]?[0-9]+(?:\.[0-9]+)?$/;

/**
 * A warning where YAML read a number from a form nobody means as a number on a number or money
 * fact (`0x1F` is 31, `1e3` 1000, `.5` 0.5, `0o17` 15): never a silent reading. Undefined for a
 * plainly written number, and for anything that is not a number to YAML (`8.000`, `8,000`, `8000
 * EUR` are read by the value readers, as documented).
 */
export function oddNumberWarning(parsed: ParsedDocument, path: readonly PathSegment[]): Problem | undefined {
  // Only a text holding such a form can have one: the others need no YAML document (a prospect
  // read by the fast reader would otherwise be parsed in full for every number fact it has).
  if (!mayHoldOddNumber(parsed)) return undefined;
  const node = findAtPath(parsed.yaml, path)?.value;
  if (!isScalar(node) || typeof node.value !== 'number' || typeof node.source !== 'string') return undefined;
  if (PLAIN_NUMBER.test(node.source) || !Number.isFinite(node.value)) return undefined;
  return problem(nodeRange(parsed, node), 'warning',
    l10n.t('{0} is read as the number {1}. Write {1} if that is meant, or put the text in quotes.', node.source, String(node.value)), 'odd-number');
}
