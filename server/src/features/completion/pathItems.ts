// Completion of the paths a profile or prospect writes: a prospect's `profile:` offers the
// workspace's profiles, a lesson's `prospect:` its prospects — relative to the document, within
// its workspace folder, the nearest first.
import * as l10n from '@vscode/l10n';
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { PathSegment } from '../../parser/astNavigation';
import type { FeatureContext } from '../../model/featureContext';

/** More than this many files are not offered at once: the typed text narrows them down. */
const MAX_ITEMS = 500;

/** The kind of file the value at `path` names, if it is a path. */
export function pathKindAt(parsed: ParsedDocument, path: readonly PathSegment[]): 'profile' | 'prospect' | undefined {
  if (parsed.kind === 'prospect' && path.length === 1 && path[0] === 'profile') return 'profile';
  if (parsed.kind === 'profile' && path.length === 3 && path[0] === 'lessons' && typeof path[1] === 'number' && path[2] === 'prospect') return 'prospect';
  return undefined;
}

export function pathItems(kind: 'profile' | 'prospect', word: string, range: Range, ctx: FeatureContext): CompletionItem[] {
  const paths = ctx.pathsFromHere?.(kind) ?? [];
  const typed = word.toLowerCase();
  // The nearest first (fewest "../", then fewest folders), then by name.
  const depth = (p: string): number => p.split('/').length + 10 * (p.match(/\.\.\//g)?.length ?? 0);
  const sorted = paths
    .filter((p) => typed === '' || p.toLowerCase().includes(typed.replace(/^\.\//, '')))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))
    .slice(0, MAX_ITEMS);
  return sorted.map((p, i): CompletionItem => ({
    label: p,
    kind: CompletionItemKind.File,
    detail: kind === 'profile' ? l10n.t('Profile') : l10n.t('Prospect'),
    sortText: String(i).padStart(4, '0'),
    filterText: p,
    textEdit: { range, newText: p },
  }));
}
