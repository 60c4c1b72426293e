// Every text the schemas show a user — each key's title and description (hover, completion,
// the hints in validation messages), the defaultSnippets' labels, descriptions and the placeholder
// texts they insert — in the UI language. The schema's English text is the bundle key
// (l10n/bundle.l10n.de.json); test/unit/keyHover.test.ts holds every text of schemas/*.json and
// its German entry in step. A description's example (the ```yaml block after it) is kept as
// written: it is YAML, the same in every language.
import * as l10n from '@vscode/l10n';
import type { SchemaObject } from './schemaWalker';

/** A schema text in the UI language (itself when the bundle has no entry). */
export function schemaText(text: string): string {
  // The key is the schema's own text, not a literal: the unit test checks these keys instead.
  return l10n.t(text);
}

/** Where a Markdown description's example starts: its prose is before it. */
const EXAMPLE = /\n\n```/;

/** A Markdown description split into its prose (translated) and its example (kept). */
function markdownParts(markdown: string): { prose: string; example: string } {
  const m = EXAMPLE.exec(markdown);
  return m ? { prose: markdown.slice(0, m.index), example: markdown.slice(m.index) } : { prose: markdown, example: '' };
}

/** The description to show for a key, in the UI language: the first markdownDescription, else description. */
export function keyDescription(schemas: readonly SchemaObject[]): { markdown: boolean; text: string } | undefined {
  for (const s of schemas) {
    if (typeof s.markdownDescription === 'string' && s.markdownDescription) {
      const { prose, example } = markdownParts(s.markdownDescription);
      return { markdown: true, text: schemaText(prose) + example };
    }
  }
  for (const s of schemas) if (typeof s.description === 'string' && s.description) return { markdown: false, text: schemaText(s.description) };
  return undefined;
}

/** One schema's description in the UI language (its Markdown twin's prose is the bundle's key when it has one). */
export function schemaDescription(schema: SchemaObject): string | undefined {
  if (typeof schema.markdownDescription === 'string' && schema.markdownDescription) return schemaText(markdownParts(schema.markdownDescription).prose);
  return typeof schema.description === 'string' && schema.description ? schemaText(schema.description) : undefined;
}

/** The first title of `schemas`, in the UI language. */
export function keyTitle(schemas: readonly SchemaObject[]): string | undefined {
  const title = schemas.map((s) => s.title).find((t): t is string => typeof t === 'string' && t !== '');
  return title === undefined ? undefined : schemaText(title);
}

/** A placeholder's text worth translating: words ("Question to ask?"), not an id, a number or an address. */
export function isWordsPlaceholder(text: string): boolean {
  return /[a-zäöüß]/.test(text) && /^[A-ZÄÖÜ]|\s/.test(text) && !/@|\/|^\d/.test(text);
}

/** A snippet text with each `${n:words}` placeholder in the UI language. */
export function snippetWords(text: string): string {
  return text.replace(/\$\{(\d+):([^}|]*)\}/g, (all, n: string, words: string) => (isWordsPlaceholder(words) ? `\${${n}:${schemaText(words)}}` : all));
}

/** Every text of a schema that a user may read, for the test that holds the bundle in step. */
export function schemaTexts(schema: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (typeof v !== 'object' || v === null) return;
    const s = v as Record<string, unknown>;
    if (typeof s.title === 'string') out.add(s.title);
    if (typeof s.markdownDescription === 'string') out.add(markdownParts(s.markdownDescription).prose);
    else if (typeof s.description === 'string') out.add(s.description);
    if (Array.isArray(s.defaultSnippets)) {
      for (const d of s.defaultSnippets as Record<string, unknown>[]) {
        if (typeof d.label === 'string') out.add(d.label);
        if (typeof d.description === 'string') out.add(d.description);
        for (const m of JSON.stringify(d.body ?? d.bodyText ?? '').matchAll(/\$\{\d+:([^}|]*)\}/g)) if (isWordsPlaceholder(m[1])) out.add(m[1]);
      }
    }
    for (const [k, child] of Object.entries(s)) if (k !== 'defaultSnippets' && k !== 'examples' && k !== 'default' && k !== 'enum' && k !== 'const') walk(child);
  };
  walk(schema);
  return [...out];
}
