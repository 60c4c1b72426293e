// Builds the engine's Prospect from a parsed prospect (YAML, or Markdown with front matter), with
// where its notes stand in the file so that hints can point at the phrase.
import * as l10n from '@vscode/l10n';
import type { NotesSource, Prospect } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findAtPath } from '../parser/astNavigation';
import { isObject, nfc } from './profileModel';
import { readStory } from './storyModel';

export function buildProspect(parsed: ParsedDocument): Prospect | undefined {
  const value = parsed.value;
  if (!isObject(value)) return undefined;
  // Copied key by key into a plain object; a "__proto__" key (hostile input) becomes an own
  // property like any other, never the prototype.
  const facts: Record<string, unknown> = {};
  if (isObject(value.facts)) {
    const from = value.facts;
    // Names in NFC, as the profile's are (a name typed on macOS is NFD).
    for (const written of Object.keys(from)) {
      const k = nfc(written);
      if (k === '__proto__') Object.defineProperty(facts, k, { value: from[written], enumerable: true, writable: true, configurable: true });
      else facts[k] = from[written];
    }
  }

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
    prospect: typeof value.prospect === 'string' ? value.prospect : String(value.prospect ?? l10n.t('(unnamed prospect)')),
    profile: typeof value.profile === 'string' ? value.profile : undefined,
    contact: isObject(value.contact) ? value.contact : undefined,
    met: typeof value.met === 'string' ? value.met : undefined,
    facts,
    notes,
    notesSource,
    ...readStory(value),
  };
}
