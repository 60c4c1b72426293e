// Code actions, all as undoable WorkspaceEdits: replace a misspelt name with the one
// a diagnostic suggests ("did you mean"); add the facts a prospect has no line for yet, each with
// its question as a comment; set a fact to the value a phrase in the notes suggests, or add the
// tag the notes hint at to a list that lacks it; and pick a profile for a prospect whose profile
// is not found (profileFixes.ts).
import {
  CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit,
} from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { FactSpec, Language } from '../../../shared/src/types';
import { labelOf, optionLabel, questionFor } from '../engine';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair, keyName } from '../parser/astNavigation';
import type { FeatureContext } from '../model/featureContext';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/ids';
import { profileFixes } from './profileFixes';

export function getCodeActions(parsed: ParsedDocument, range: Range, diagnostics: Diagnostic[], ctx: FeatureContext): CodeAction[] {
  void range; // every action here follows from the diagnostics or the whole document
  const actions: CodeAction[] = [];
  const ours = diagnostics.filter((d) => d && (d.source === undefined || d.source === DIAGNOSTIC_SOURCE));
  const replacements = ours.filter((d) => typeof dataOf(d).replacement === 'string');
  for (const d of replacements) actions.push(replaceAction(parsed, d, dataOf(d).replacement as string));
  if (parsed.kind === 'prospect') {
    for (const d of ours) {
      const { fact, value } = dataOf(d);
      if (d.code === 'note-hint' && typeof fact === 'string' && typeof value === 'string') {
        const a = setFactAction(parsed, d, fact, value, ctx);
        if (a) actions.push(a);
      }
      if (d.code === 'note-contradiction' && typeof fact === 'string' && typeof value === 'string') {
        const a = dataOf(d).add === true ? addTagAction(parsed, d, fact, value, ctx) : setFactAction(parsed, d, fact, value, ctx);
        if (a) actions.push(a);
      }
      if (d.code === 'profile-missing' || d.code === 'profile-ambiguous' || d.code === 'path-outside') actions.push(...profileFixes(parsed, d, ctx));
    }
    const add = addUnknownFactsAction(parsed, ctx);
    if (add) actions.push(add);
  }
  return actions;
}

function dataOf(d: Diagnostic): Record<string, unknown> {
  return typeof d.data === 'object' && d.data !== null ? (d.data as Record<string, unknown>) : {};
}

function edit(parsed: ParsedDocument, edits: TextEdit[]): CodeAction['edit'] {
  return { changes: { [parsed.uri]: edits } };
}

// ----- "did you mean" ------------------------------------------------------------------------

function replaceAction(parsed: ParsedDocument, d: Diagnostic, replacement: string): CodeAction {
  // Keep the quoting the author chose; quote a bare word only when YAML would misread it.
  const start = parsed.lines.offsetAt(d.range.start);
  const quote = parsed.text.charAt(start);
  const text = quote === '"' ? JSON.stringify(replacement)
    : quote === "'" ? `'${replacement.replace(/'/g, "''")}'`
      : yamlScalar(replacement);
  return {
    title: l10n.t('Change to "{0}"', replacement),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: edit(parsed, [{ range: d.range, newText: text }]),
  };
}

// ----- set a fact from a hint in the notes -----------------------------------------------------

function setFactAction(parsed: ParsedDocument, d: Diagnostic, fact: string, value: string, ctx: FeatureContext): CodeAction | undefined {
  const spec = ctx.profile?.profile.facts.find((f) => f.name === fact);
  const written = spec?.type === 'tags' ? `[${yamlScalar(value, true)}]` : yamlScalar(value);
  const e = setFactEdit(parsed, fact, written);
  if (!e) return undefined;
  return {
    // In words: the fact's and the option's labels (what is written is the option's value).
    title: l10n.t('Set {0} to "{1}"', labelOf(undefined, spec, fact), optionLabel(spec, value)),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: edit(parsed, [e]),
  };
}

/**
 * Adds a tag to the fact's list as written: into a flow list before its "]" (`[a]` → `[a, b]`),
 * or as a new "- b" line after a block list's last item, indented like it. Nothing for a value
 * that is not a list in the file (the fact's value may then come from an observation).
 */
function addTagAction(parsed: ParsedDocument, d: Diagnostic, fact: string, value: string, ctx: FeatureContext): CodeAction | undefined {
  const root = parsed.yaml?.contents;
  const factsPair = isMap(root) ? findPair(root, 'facts') : undefined;
  const list = isMap(factsPair?.value) ? findPair(factsPair.value as YamlNode, fact)?.value : undefined;
  if (!isSeq(list) || !list.range) return undefined;
  let e: TextEdit | undefined;
  if (list.flow && list.items.length === 0) {
    // "[]" or "[ ]": the list written anew.
    e = { range: rangeOf(parsed, list.range[0], list.range[1]), newText: `[${yamlScalar(value, true)}]` };
  } else if (list.flow) {
    let close = list.range[1] - 1;
    while (close > list.range[0] && /\s/.test(parsed.text.charAt(parsed.yamlOffset + close))) close--;
    if (parsed.text.charAt(parsed.yamlOffset + close) !== ']') return undefined;
    const at = rangeOf(parsed, close, close);
    e = { range: at, newText: `, ${yamlScalar(value, true)}` };
  } else {
    const last = list.items[list.items.length - 1] as YamlNode | null;
    if (!last?.range) return undefined;
    const at = parsed.lines.positionAt(parsed.yamlOffset + last.range[0]);
    const dash = parsed.lines.lineText(at.line).lastIndexOf('-', at.character - 1);
    if (dash < 0) return undefined;
    const eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
    e = insertAfterLine(parsed, last.range[1], [`${' '.repeat(dash)}- ${yamlScalar(value)}`], eol);
  }
  const spec = ctx.profile?.profile.facts.find((f) => f.name === fact);
  return {
    title: l10n.t('Add "{0}" to {1}', optionLabel(spec, value), labelOf(undefined, spec, fact)),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: edit(parsed, [e]),
  };
}

function setFactEdit(parsed: ParsedDocument, fact: string, written: string): TextEdit | undefined {
  const root = parsed.yaml?.contents;
  const factsPair = isMap(root) ? findPair(root, 'facts') : undefined;
  const pair = isMap(factsPair?.value) ? findPair(factsPair.value as YamlNode, fact) : undefined;
  if (!pair) return insertFactLines(parsed, [`${yamlKey(fact)}: ${written}`]);
  const key = pair.key as YamlNode | null;
  const value = pair.value as YamlNode | null;
  if (value && value.range && value.range[0] !== value.range[1]) {
    return { range: rangeOf(parsed, value.range[0], value.range[1]), newText: written };
  }
  if (!key?.range) return undefined;
  // "fact:" with nothing after it (maybe a comment): write the value right after the colon.
  const keyEnd = parsed.yamlOffset + key.range[1];
  const rest = /^[ \t]*:[ \t]*/.exec(parsed.text.slice(keyEnd, keyEnd + 200));
  if (!rest) return undefined;
  const after = parsed.text.charAt(keyEnd + rest[0].length);
  const comment = after === '#' ? ' ' : '';
  return { range: rangeOfFile(parsed, keyEnd, keyEnd + rest[0].length), newText: `: ${written}${comment}` };
}

// ----- add the facts still unknown --------------------------------------------------------------

function addUnknownFactsAction(parsed: ParsedDocument, ctx: FeatureContext): CodeAction | undefined {
  const profile = ctx.profile?.profile;
  if (!profile || !parsed.yaml) return undefined;
  const root = parsed.yaml.contents;
  const factsValue = isMap(root) ? findPair(root, 'facts')?.value : undefined;
  const present = new Set(isMap(factsValue) ? factsValue.items.map((p) => keyName(p.key)).filter((k): k is string => k !== undefined) : []);
  const missing = profile.facts.filter((f) => !present.has(f.name));
  if (missing.length === 0) return undefined;
  const lines = missing.flatMap((f) => [`# ${questionOf(f, profile.language)}`, `${yamlKey(f.name)}: `]);
  const e = insertFactLines(parsed, lines);
  if (!e) return undefined;
  return { title: l10n.t('Add the facts still unknown'), kind: CodeActionKind.QuickFix, edit: edit(parsed, [e]) };
}

/** The fact's own question, else the one the engine generates from its label or name. */
function questionOf(f: FactSpec, language: Language): string {
  return questionFor(f, language).replace(/\s+/g, ' ').trim();
}

// ----- editing the `facts:` block ----------------------------------------------------------------

/**
 * Inserts lines (given without indentation) as the last entries of `facts:`, indented like the
 * facts already there; creates `facts:` when the prospect has none, and turns a flow mapping
 * (`facts: { a: 1 }`) into a block so the comments can stand on their own lines.
 */
function insertFactLines(parsed: ParsedDocument, lines: string[]): TextEdit | undefined {
  const doc = parsed.yaml;
  if (!doc) return undefined;
  const eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const root = doc.contents as YamlNode | null;
  // An empty document (or one with only comments) has no contents at all.
  if (root === null || root === undefined) {
    return insertAfterLine(parsed, undefined, ['facts:', ...indent(lines, '  ')], eol);
  }
  // Lines can be added only to a block mapping with plain keys ("{ prospect: A }" or "? [a]" are left alone).
  if (!isMap(root) || root.flow || root.items.some((p) => !isScalar(p.key))) return undefined;
  const factsPair = findPair(root, 'facts');
  if (!factsPair) {
    const col = columnOf(parsed, (root.items[0]?.key as YamlNode | null)?.range?.[0]);
    const pad = ' '.repeat(col);
    const last = root.items[root.items.length - 1];
    return insertAfterLine(parsed, last ? endOfPair(last as Pair<unknown, unknown>) : undefined,
      [`${pad}facts:`, ...indent(lines, `${pad}  `)], eol);
  }
  const key = factsPair.key as YamlNode | null;
  if (!key?.range) return undefined;
  const keyCol = columnOf(parsed, key.range[0]);
  const value = factsPair.value as YamlNode | null;
  if (value === null || (isScalar(value) && (value.value === null || value.value === '') && value.range && value.range[0] === value.range[1])) {
    return insertAfterLine(parsed, key.range[1], indent(lines, ' '.repeat(keyCol + 2)), eol);
  }
  if (!isMap(value) || !value.range) return undefined;
  if (value.flow || value.items.length === 0) return flowToBlock(parsed, value, lines, ' '.repeat(keyCol + 2), eol);
  const first = value.items[0].key as YamlNode | null;
  const pad = ' '.repeat(first?.range ? columnOf(parsed, first.range[0]) : keyCol + 2);
  return insertAfterLine(parsed, endOfPair(value.items[value.items.length - 1] as Pair<unknown, unknown>), indent(lines, pad), eol);
}

/** `facts: { a: 1, b: [x] }` → a block with the same entries, then the new lines. */
function flowToBlock(parsed: ParsedDocument, map: YAMLMap, lines: string[], pad: string, eol: string): TextEdit | undefined {
  const src = (n: YamlNode | null | undefined): string | undefined =>
    n?.range ? parsed.text.slice(parsed.yamlOffset + n.range[0], parsed.yamlOffset + n.range[1]) : undefined;
  const existing: string[] = [];
  for (const p of map.items) {
    const k = src(p.key as YamlNode | null);
    if (k === undefined) return undefined;
    const v = p.value as YamlNode | null;
    const vs = v && v.range && v.range[0] !== v.range[1] ? src(v) : undefined;
    existing.push(vs === undefined ? `${k}:` : `${k}: ${vs}`);
  }
  const [start, end] = map.range!;
  // Replace from just after "facts:" so the block starts on its own line.
  let from = parsed.yamlOffset + start;
  while (from > 0 && /[ \t]/.test(parsed.text.charAt(from - 1))) from--;
  const block = [...existing, ...lines].map((l) => `${pad}${l}`).join(eol);
  return { range: rangeOfFile(parsed, from, parsed.yamlOffset + end), newText: `${eol}${block}` };
}

/**
 * Inserts whole lines after the line holding `yamlEnd` (an offset in the YAML, exclusive end of
 * a node), or at the end of the YAML when undefined.
 */
function insertAfterLine(parsed: ParsedDocument, yamlEnd: number | undefined, lines: string[], eol: string): TextEdit {
  const text = lines.join(eol);
  let end = yamlEnd === undefined ? yamlTextEnd(parsed) : parsed.yamlOffset + yamlEnd;
  // A node's range may end at the start of the next line (block scalars, nested blocks).
  while (end > parsed.yamlOffset && /[\r\n]/.test(parsed.text.charAt(end - 1))) end--;
  const line = parsed.lines.positionAt(end).line;
  if (yamlEnd === undefined && end === parsed.yamlOffset) {
    const at = parsed.lines.positionAt(end);
    return { range: { start: at, end: at }, newText: text + eol };
  }
  if (line + 1 < parsed.lines.lineCount) {
    const at = { line: line + 1, character: 0 };
    return { range: { start: at, end: at }, newText: text + eol };
  }
  const at = { line, character: parsed.lines.lineText(line).length };
  return { range: { start: at, end: at }, newText: eol + text };
}

/** Where the YAML text ends in the file: before a Markdown prospect's closing "---". */
function yamlTextEnd(parsed: ParsedDocument): number {
  if (parsed.format !== 'markdown' || !parsed.body) return parsed.text.length;
  const closing = parsed.lines.positionAt(parsed.body.offset).line - 1;
  return closing >= 0 ? parsed.lines.offsetAt({ line: closing, character: 0 }) : parsed.yamlOffset;
}

function endOfPair(pair: Pair<unknown, unknown>): number | undefined {
  const v = pair.value as YamlNode | null;
  const k = pair.key as YamlNode | null;
  const vEnd = v?.range && v.range[0] !== v.range[1] ? v.range[1] : undefined;
  return vEnd ?? k?.range?.[1];
}

/** The indentation of the line holding a node: its key's column, unless an anchor or tag comes first. */
function columnOf(parsed: ParsedDocument, yamlOffset: number | undefined): number {
  if (yamlOffset === undefined) return 0;
  const pos = parsed.lines.positionAt(parsed.yamlOffset + yamlOffset);
  const lead = /^[ ]*/.exec(parsed.lines.lineText(pos.line))![0].length;
  return Math.min(lead, pos.character);
}

function indent(lines: string[], pad: string): string[] {
  return lines.map((l) => pad + l);
}

function rangeOf(parsed: ParsedDocument, yamlStart: number, yamlEnd: number): Range {
  return rangeOfFile(parsed, parsed.yamlOffset + yamlStart, parsed.yamlOffset + yamlEnd);
}

function rangeOfFile(parsed: ParsedDocument, start: number, end: number): Range {
  return parsed.lines.rangeOf(start, end);
}

// ----- writing YAML scalars ------------------------------------------------------------------------

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|ja|nein)$/i;

/** A value as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted. */
function yamlScalar(value: string, inFlow = false): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\u00C0-\uFFFF\-. /]*$/.test(value)
    && !/\s$/.test(value) && !RESERVED.test(value) && !(inFlow && /[,[\]{}]/.test(value));
  return plain ? value : JSON.stringify(value);
}

/** A mapping key: the same rule (a fact name is almost always a plain word). */
function yamlKey(name: string): string {
  return yamlScalar(name);
}
