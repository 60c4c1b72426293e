// Quick fixes for a prospect whose profile is not found: no profile found, a `profile:` naming a
// file that is not there (renamed, moved) or outside the workspace — one fix per profile of the
// workspace folder; two profiles at the same level — one fix per candidate. Each writes the
// relative path into `profile:` (the scalar alone, in its quoting), or adds the key under
// `prospect:`.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair } from '../parser/astNavigation';
import type { FeatureContext } from '../model/featureContext';
import { replaceScalar } from './pathEdits';

/** More profiles than this are not offered one by one (the path completion lists them all). */
const MAX_FIXES = 20;

export function profileFixes(parsed: ParsedDocument, d: Diagnostic, ctx: FeatureContext): CodeAction[] {
  const choices = d.code === 'profile-ambiguous' ? ctx.profileCandidates ?? [] : ctx.pathsFromHere?.('profile') ?? [];
  const nearestFirst = [...choices].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b)).slice(0, MAX_FIXES);
  const actions: CodeAction[] = [];
  for (const rel of nearestFirst) {
    const e = setProfileEdit(parsed, rel);
    if (!e) continue;
    actions.push({
      title: l10n.t('Use the profile {0}', rel),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: nearestFirst.length === 1,
      edit: { changes: { [parsed.uri]: [e] } },
    });
  }
  return actions;
}

function depth(p: string): number {
  return p.split('/').length + 10 * (p.match(/\.\.\//g)?.length ?? 0);
}

function setProfileEdit(parsed: ParsedDocument, rel: string): TextEdit | undefined {
  const root = parsed.yaml?.contents as YamlNode | null | undefined;
  if (!isMap(root) || root.flow) return undefined;
  const pair = findPair(root, 'profile');
  if (pair && isScalar(pair.value) && pair.value.range && pair.value.range[0] !== pair.value.range[1]) return replaceScalar(parsed, pair.value, rel);
  if (pair) return undefined;
  // No `profile:` yet: a line of its own after `prospect:` (or first), indented like the keys.
  const anchor = findPair(root, 'prospect') ?? root.items[0];
  const key = anchor?.key as YamlNode | null | undefined;
  const value = anchor?.value as YamlNode | null | undefined;
  const end = value?.range?.[1] ?? key?.range?.[1];
  const eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  if (end === undefined || !key?.range) {
    const at = parsed.lines.positionAt(parsed.yamlOffset);
    return { range: { start: at, end: at }, newText: `profile: ${rel}${eol}` };
  }
  const keyPos = parsed.lines.positionAt(parsed.yamlOffset + key.range[0]);
  let endOffset = parsed.yamlOffset + end;
  while (endOffset > parsed.yamlOffset && /[\r\n]/.test(parsed.text.charAt(endOffset - 1))) endOffset--;
  const line = parsed.lines.positionAt(endOffset).line;
  const text = `${' '.repeat(keyPos.character)}profile: ${rel}`;
  if (line + 1 < parsed.lines.lineCount) {
    const at = { line: line + 1, character: 0 };
    return { range: { start: at, end: at }, newText: text + eol };
  }
  const at = { line, character: parsed.lines.lineText(line).length };
  return { range: { start: at, end: at }, newText: eol + text };
}
