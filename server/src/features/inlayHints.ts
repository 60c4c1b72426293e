// The verdict on each fact line: at the end of every prospect fact line, met / unmet /
// unknown and why; after a phrase in the notes that suggests a value, that value.
import { InlayHintKind, type InlayHint, MarkupKind } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { Range, Verdict, CriterionResult } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair, isMap, keyName } from '../parser/astNavigation';
import type { Node as YamlNode } from 'yaml';
import { outcomeMark } from './outcomeMarks';

export function getInlayHints(parsed: ParsedDocument, range: Range, verdict: Verdict): InlayHint[] {
  const hints: InlayHint[] = [];
  const facts = findPair(parsed.yaml?.contents as YamlNode | undefined, 'facts')?.value;
  if (isMap(facts)) {
    const byFact = new Map<string, CriterionResult[]>();
    for (const c of verdict.criteria) {
      const list = byFact.get(c.fact) ?? [];
      list.push(c);
      byFact.set(c.fact, list);
    }
    for (const item of facts.items) {
      const name = keyName(item.key);
      const results = name === undefined ? undefined : byFact.get(name);
      const keyRange = (item.key as YamlNode | null)?.range;
      if (!results || !keyRange) continue;
      const line = parsed.lines.positionAt(parsed.yamlOffset + keyRange[0]).line;
      if (line < range.start.line || line > range.end.line) continue;
      const character = parsed.lines.lineEnd(line) - parsed.lines.offsetAt({ line, character: 0 });
      hints.push({
        position: { line, character },
        label: results.map((r) => `${outcomeMark(r)} ${r.reason}`).join('  ·  '),
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: results.map(tooltipLine).join('\n\n') },
      });
    }
  }
  for (const h of verdict.hints) {
    if (h.line < range.start.line || h.line > range.end.line) continue;
    hints.push({
      position: { line: h.line, character: h.character + h.phrase.length },
      label: l10n.t('→ {0}: {1}?', h.fact, h.value),
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: l10n.t('The notes suggest {0}: {1}. Use the quick fix to set it.', h.fact, h.value),
    });
  }
  return hints;
}

/** One criterion in the tooltip: "**budget** — unmet (weight 2)" in the UI language, then its reason line. */
function tooltipLine(r: CriterionResult): string {
  const outcome = r.outcome === 'met' ? l10n.t('met') : r.outcome === 'unmet' ? l10n.t('unmet') : l10n.t('unknown');
  const level = r.dealbreaker ? l10n.t('{0} (dealbreaker)', outcome)
    : r.weight === undefined ? outcome
    : r.caution ? l10n.t('{0} (caution, weight {1})', outcome, r.weight)
    : l10n.t('{0} (weight {1})', outcome, r.weight);
  // The reason line is in the profile's language and holds what was expected and why (the
  // criterion's `expected` is the JSON contract's English text, not for reading).
  return [`**${r.id}** — ${level}`, r.reason].join('  \n');
}
