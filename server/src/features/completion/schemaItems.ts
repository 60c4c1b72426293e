// Completion items read from the JSON Schema, generically: the properties an object may still
// get, the enum values and booleans of a value, and the schema's defaultSnippets — each with the
// schema's description. Nothing here names a key of our formats.
import {
  CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind,
  type CompletionItem, type MarkupContent, type Range,
} from 'vscode-languageserver-types';
import {
  enumValuesOf, expand, propertiesOf, resolveRef, snippetsOf, typesOf,
  type DefaultSnippet, type JsonSchema, type PropertyInfo, type SchemaObject,
} from '../../schema/schemaWalker';
import { valueWords } from '../../schema/schemaWords';
import { keyDescription, keyTitle, schemaText, snippetWords } from '../../schema/keyWords';

export interface KeyPlace {
  range: Range;
  /** Keys already present: neither offered again nor filled in by a snippet. */
  existing: ReadonlySet<string>;
  /** Insert the name alone: the line already has ": …". */
  hasColon: boolean;
  /** Spaces that continuation lines of a snippet need beyond the line's own indentation. */
  extraIndent: number;
  /** Put "- " before the key: it starts an item of a list. */
  dashPrefix: boolean;
  /** Keys the caller knows do not fit here (a matcher of another fact type). */
  hidden?: ReadonlySet<string>;
}

export interface ValuePlace {
  range: Range;
  existing: ReadonlySet<string>;
  inList: boolean;
  extraIndent: number;
  /** Also offer true/false when the schema allows booleans (off where the profile knows better). */
  booleans: boolean;
  /** Offer defaultSnippets (only on an empty value). */
  snippets: boolean;
}

/** Whether a value at this place may be a mapping (then keys are completed). */
export function allowsObject(schemas: readonly SchemaObject[]): boolean {
  if (schemas.length === 0) return false;
  const types = typesOf(schemas);
  if (types.has('object')) return true;
  return types.size === 0 && schemas.some((s) => s.properties !== undefined || s.additionalProperties !== undefined);
}

/** Whether a value at this place may be a plain scalar. */
export function allowsScalar(schemas: readonly SchemaObject[]): boolean {
  if (schemas.length === 0) return true;
  const types = typesOf(schemas);
  if (types.size === 0) return !allowsObject(schemas);
  return ['string', 'number', 'integer', 'boolean', 'null'].some((t) => types.has(t));
}

export function allowsListOnly(schemas: readonly SchemaObject[]): boolean {
  const types = typesOf(schemas);
  return types.size === 1 && types.has('array');
}

export function keyItems(root: JsonSchema, schemas: readonly SchemaObject[], place: KeyPlace): CompletionItem[] {
  const items: CompletionItem[] = [];
  const prefix = place.dashPrefix ? '- ' : '';
  const extra = place.extraIndent + (place.dashPrefix ? 2 : 0);
  const excluded = exclusiveKeys(root, schemas, place.existing);
  const props = propertiesOf(root, schemas)
    .filter((p) => !place.existing.has(p.name) && !excluded.has(p.name) && !place.hidden?.has(p.name));
  props.forEach((p, i) => {
    items.push({
      label: p.name,
      kind: CompletionItemKind.Property,
      detail: titleOf(p.schemas),
      documentation: documentation(p.schemas),
      sortText: `${p.required ? '0' : '1'}_${String(i).padStart(4, '0')}`,
      filterText: p.name,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: place.range, newText: prefix + keyInsert(root, p, place.hasColon, extra) },
    });
  });
  for (const s of snippetsOf(schemas)) {
    if (place.hasColon) break;
    const body = snippetText(s, extra);
    if (body === undefined || touchesExisting(s, place.existing)) continue;
    items.push(snippetItem(s, prefix + body, place.range, '2'));
  }
  return items;
}

export function valueItems(schemas: readonly SchemaObject[], place: ValuePlace): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, kind: CompletionItemKind, doc?: MarkupContent): void => {
    if (seen.has(label) || place.existing.has(label)) return;
    seen.add(label);
    items.push({
      label, kind, documentation: doc, sortText: `0_${String(items.length).padStart(4, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: place.range, newText: escapeSnippet(label) },
    });
  };
  const doc = documentation(schemas);
  for (const v of enumValuesOf(schemas)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') add(valueWords(v), CompletionItemKind.EnumMember, doc);
  }
  if (place.booleans && typesOf(schemas).has('boolean')) {
    add('true', CompletionItemKind.Value, doc);
    add('false', CompletionItemKind.Value, doc);
  }
  if (place.snippets && !place.inList) {
    for (const s of snippetsOf(schemas)) {
      const body = snippetText(s, place.extraIndent + 2);
      if (body === undefined) continue;
      const block = isObjectOrList(s.body) ? `\n${' '.repeat(place.extraIndent + 2)}${body}` : body;
      items.push(snippetItem(s, block, place.range, '2'));
    }
  }
  return items;
}

/**
 * Keys that exclude each other: a oneOf whose branches each only require some key ("exactly one
 * matcher"). Once one of them is present, the others are not offered.
 */
function exclusiveKeys(root: JsonSchema, schemas: readonly SchemaObject[], existing: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of schemas) {
    if (!Array.isArray(s.oneOf)) continue;
    const keySets = s.oneOf.map((b) => {
      const r = resolveRef(root, b);
      return r && Object.keys(r).every((k) => k === 'required' || k === 'title' || k === 'description') && Array.isArray(r.required) ? r.required : undefined;
    });
    if (keySets.some((k) => k === undefined)) continue;
    const keys = (keySets as string[][]).flat();
    if (keys.some((k) => existing.has(k))) for (const k of keys) if (!existing.has(k)) out.add(k);
  }
  return out;
}

/** What to insert for a key: "type: ${1|choice,tags|}", "options:\n  - $1", "label: $1". */
function keyInsert(root: JsonSchema, p: PropertyInfo, hasColon: boolean, extra: number): string {
  const name = escapeSnippet(p.name);
  if (hasColon) return name;
  const types = typesOf(p.schemas);
  const enums = enumValuesOf(p.schemas).filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  const indent = ' '.repeat(extra + 2);
  if (enums.length > 0) return `${name}: \${1|${enums.map((v) => escapeChoice(valueWords(v))).join(',')}|}`;
  if (types.size === 1 && types.has('boolean')) return `${name}: \${1|true,false|}`;
  if (allowsObject(p.schemas) && !allowsScalar(p.schemas) && !types.has('array')) return `${name}:\n${indent}$1`;
  if (allowsListOnly(p.schemas)) {
    return allowsObject(itemSchemas(root, p.schemas)) ? `${name}:\n${indent}- $1` : `${name}: [$1]`;
  }
  return `${name}: $1`;
}

/** The schemas of one item of a list described by `schemas`. */
function itemSchemas(root: JsonSchema, schemas: readonly SchemaObject[]): SchemaObject[] {
  const out: SchemaObject[] = [];
  for (const s of schemas) {
    const items = Array.isArray(s.items) ? s.items[0] : s.items;
    if (items !== undefined) out.push(...expand(root, items));
  }
  return out;
}

function titleOf(schemas: readonly SchemaObject[]): string | undefined {
  return keyTitle(schemas);
}

export function documentation(schemas: readonly SchemaObject[]): MarkupContent | undefined {
  const d = keyDescription(schemas);
  if (!d) return undefined;
  return { kind: d.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: d.text };
}

function snippetItem(s: DefaultSnippet, newText: string, range: Range, sort: string): CompletionItem {
  const label = typeof s.label === 'string' && s.label ? schemaText(s.label) : newText.split('\n')[0];
  const doc = typeof s.markdownDescription === 'string'
    ? { kind: MarkupKind.Markdown, value: schemaText(s.markdownDescription) }
    : typeof s.description === 'string' ? { kind: MarkupKind.PlainText, value: schemaText(s.description) } : undefined;
  return {
    label, kind: CompletionItemKind.Snippet, documentation: doc, sortText: `${sort}_${label}`, filterText: label,
    insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range, newText },
  };
}

/** A snippet that would write a key the mapping already has is not offered. */
function touchesExisting(s: DefaultSnippet, existing: ReadonlySet<string>): boolean {
  const body = s.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  return Object.keys(body).some((k) => existing.has(k));
}

function isObjectOrList(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/**
 * A defaultSnippets body as YAML snippet text. Strings are snippet text already ("${1:name}");
 * a leading "^" means "insert unquoted" in VS Code's convention, which YAML does anyway.
 * Continuation lines carry `extra` spaces beyond the line's own indentation.
 */
export function snippetText(s: DefaultSnippet, extra: number): string | undefined {
  if (typeof s.bodyText === 'string') return snippetWords(s.bodyText);
  if (s.body === undefined) return undefined;
  const lines = toYamlLines(s.body, 0);
  if (!lines || lines.length === 0) return undefined;
  const pad = ' '.repeat(extra);
  return snippetWords(lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n'));
}

const MAX_SNIPPET_DEPTH = 16;

function toYamlLines(v: unknown, depth: number): string[] | undefined {
  if (depth > MAX_SNIPPET_DEPTH) return undefined;
  if (isScalarBody(v)) return [scalarText(v)];
  if (Array.isArray(v)) {
    if (v.length === 0) return ['[]'];
    if (v.every(isScalarBody)) return [`[${v.map(scalarText).join(', ')}]`];
    const out: string[] = [];
    for (const item of v) {
      const inner = toYamlLines(item, depth + 1);
      if (!inner) return undefined;
      inner.forEach((l, i) => out.push(i === 0 ? `- ${l}` : `  ${l}`));
    }
    return out;
  }
  if (typeof v === 'object' && v !== null) {
    const out: string[] = [];
    for (const [k, value] of Object.entries(v)) {
      if (isScalarBody(value)) {
        out.push(`${k}: ${scalarText(value)}`);
        continue;
      }
      if (Array.isArray(value) && (value.length === 0 || value.every(isScalarBody))) {
        out.push(`${k}: ${toYamlLines(value, depth + 1)![0]}`);
        continue;
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) {
        out.push(`${k}: {}`);
        continue;
      }
      const inner = toYamlLines(value, depth + 1);
      if (!inner) return undefined;
      out.push(`${k}:`);
      for (const l of inner) out.push(`  ${l}`);
    }
    return out;
  }
  return undefined;
}

function isScalarBody(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function scalarText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.startsWith('^') ? v.slice(1) : v;
  return String(v);
}

/** Text inserted literally into a snippet. */
export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Text inside a snippet choice ${1|a,b|}. */
export function escapeChoice(s: string): string {
  return s.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}
