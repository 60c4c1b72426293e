// Builds the engine's Prospect from a parsed prospect (YAML, or Markdown with front matter), with
// where its notes stand in the file so that hints can point at the phrase.
import type { NotesSource, Prospect } from '../types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findAtPath } from '../parser/astNavigation';
import { entries, isObject } from './profileModel';

export function buildProspect(parsed: ParsedDocument): Prospect | undefined {
  const value = parsed.value;
  if (!isObject(value)) return undefined;
  const facts: Record<string, unknown> = Object.create(null);
  if (isObject(value.facts)) for (const [k, v] of entries(value.facts)) facts[k] = v;

  let notes = typeof value.notes === 'string' ? value.notes : undefined;
  let notesSource: NotesSource | undefined;
  if (parsed.format === 'markdown' && parsed.body) {
    // The Markdown body is the notes; a `notes:` key in the front matter comes first.
    notes = notes ? `${notes}\n${parsed.body.text}` : parsed.body.text;
    notesSource = { text: parsed.body.text, start: parsed.lines.positionAt(parsed.body.offset) };
  } else if (notes !== undefined) {
    // Read without the full parse when the fast reader knows where the notes stand.
    const range = parsed.topLevelRanges ? parsed.topLevelRanges.get('notes') : findAtPath(parsed.yaml, ['notes'])?.value?.range;
    if (range) {
      const start = parsed.yamlOffset + range[0];
      const end = parsed.yamlOffset + range[1];
      notesSource = { text: parsed.text.slice(start, end), start: parsed.lines.positionAt(start) };
    }
  }
  return {
    prospect: typeof value.prospect === 'string' ? value.prospect : String(value.prospect ?? '(unnamed prospect)'),
    profile: typeof value.profile === 'string' ? value.profile : undefined,
    contact: isObject(value.contact) ? value.contact : undefined,
    met: typeof value.met === 'string' ? value.met : undefined,
    facts: { ...facts },
    notes,
    notesSource,
  };
}
