// The placeholders of a reply template in the editor: completion after "{" inside a template of
// `replies:`, and a hover on a placeholder that says what it stands for. From the parsed document
// only; where the cursor is decided by the template's own node, so it works in a block scalar.
import * as l10n from '@vscode/l10n';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { isScalar } from 'yaml';
import { REPLY_KINDS, REPLY_PLACEHOLDERS, type Position, type Range, type ReplyKind, type ReplyPlaceholder } from '../../../shared/src/types';
import { findAtPath } from '../parser/astNavigation';
import type { ParsedDocument } from '../parser/parsedDocument';
import { scanTemplate } from '../engine/replyTemplate';

/** What a placeholder stands for, in the UI language. */
export function placeholderDescription(name: ReplyPlaceholder): string {
  switch (name) {
    case 'prospect': return l10n.t('The prospect\'s name (`prospect:`).');
    case 'contact': return l10n.t('The contact\'s name (`contact: { name: … }`). Without one, the greeting line becomes a neutral greeting.');
    case 'owner': return l10n.t('Your name (`owner:` of the profile). Without one, its line is left out.');
    case 'reasons': return l10n.t('The `tellClient` texts of the unmet criteria as a list: at most two, dealbreakers first. Without any, one neutral sentence.');
    case 'colleague': return l10n.t('The name of the colleague you refer to (referral only).');
    case 'colleagueContact': return l10n.t('How to reach the colleague (`contact:` of the referral; referral only).');
    case 'colleagueNote': return l10n.t('The colleague\'s `note:` (referral only).');
    case 'questions': return l10n.t('The questions still to ask, numbered (a fact\'s question, else its label). Without any, one neutral sentence.');
  }
}

/** The template of `replies:` the offset (into the YAML) stands in, with its start in the file. */
function templateAt(parsed: ParsedDocument, offset: number): { kind: ReplyKind; start: number; source: string } | undefined {
  if (parsed.kind !== 'profile' || !parsed.yaml) return undefined;
  for (const kind of REPLY_KINDS) {
    const node = findAtPath(parsed.yaml, ['replies', kind])?.value;
    if (!isScalar(node) || !node.range || offset < node.range[0] || offset > node.range[1]) continue;
    const start = parsed.yamlOffset + node.range[0];
    return { kind, start, source: parsed.text.slice(start, parsed.yamlOffset + node.range[1]) };
  }
  return undefined;
}

/**
 * Placeholders after an open "{" inside a template: every placeholder (those of a colleague only
 * in the referral's), replacing what is typed after the brace up to a closing one. Undefined when
 * the cursor is not in such a place (the other completions then apply).
 */
export function placeholderCompletions(parsed: ParsedDocument, position: Position): CompletionItem[] | undefined {
  const fileOffset = parsed.lines.offsetAt(position);
  const template = templateAt(parsed, fileOffset - parsed.yamlOffset);
  if (!template) return undefined;
  const line = parsed.lines.lineText(position.line);
  const before = line.slice(0, position.character);
  const typed = /\{([\p{L}\p{N}_]*)$/u.exec(before);
  if (!typed || before.endsWith('{{' + typed[1])) return [];
  const after = /^[\p{L}\p{N}_]*\}?/u.exec(line.slice(position.character))![0];
  const range: Range = {
    start: { line: position.line, character: position.character - typed[1].length },
    end: { line: position.line, character: position.character + after.length },
  };
  const colleagueOnly = (p: string): boolean => p.startsWith('colleague');
  return REPLY_PLACEHOLDERS
    .filter((p) => template.kind === 'refer' || !colleagueOnly(p))
    .map((p, i): CompletionItem => ({
      label: `{${p}}`,
      filterText: p,
      kind: CompletionItemKind.Variable,
      detail: l10n.t('placeholder'),
      documentation: { kind: MarkupKind.Markdown, value: placeholderDescription(p) },
      sortText: String(i).padStart(2, '0'),
      textEdit: { range, newText: `${p}}` },
    }));
}

/** On a placeholder inside a template: what it stands for. */
export function placeholderHover(parsed: ParsedDocument, position: Position): { markdown: string; range: Range } | undefined {
  const fileOffset = parsed.lines.offsetAt(position);
  const template = templateAt(parsed, fileOffset - parsed.yamlOffset);
  if (!template) return undefined;
  const at = fileOffset - template.start;
  for (const part of scanTemplate(template.source)) {
    if (part.kind !== 'placeholder' || at < part.start || at > part.end) continue;
    return {
      markdown: `**{${part.name}}** — ${placeholderDescription(part.name)}`,
      range: parsed.lines.rangeOf(template.start + part.start, template.start + part.end),
    };
  }
  return undefined;
}
