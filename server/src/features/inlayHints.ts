// The verdict on each fact line: at the end of every prospect fact line, its worst outcome (an
// unmet dealbreaker, another unmet criterion, an unknown one, a met one) in a few words — what the
// criterion wants, since the line shows the value — and every criterion on the fact in full in
// the tooltip; after a phrase in the notes that suggests a value, that option's label.
import { InlayHintKind, type InlayHint, MarkupKind } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import type { Range, Verdict, CriterionResult } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair, isMap, keyName } from '../parser/astNavigation';
import type { Node as YamlNode } from 'yaml';
import { escapeMarkdown } from './completion/factInfo';
import { outcomeMark, worstFirst } from './outcomeMarks';

/**
 * VS Code cuts an inlay hint's label after 43 characters (`editor.inlayHints.maximumLength`,
 * default 43 in VS Code 1.139): the label is kept within that, the target never cut off by it.
 */
export const INLAY_MAX = 43;

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
      const ordered = worstFirst(results);
      hints.push({
        position: { line, character },
        label: lineLabel(ordered),
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: ordered.map(tooltipLine).join('\n\n') },
      });
    }
  }
  for (const h of verdict.hints) {
    if (h.line < range.start.line || h.line > range.end.line) continue;
    hints.push({
      position: { line: h.line, character: h.character + h.phrase.length },
      label: hintLabel(h.valueLabel),
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: l10n.t('The notes suggest {0}: "{1}". Use the quick fix to set it.', h.factLabel, h.valueLabel),
    });
  }
  return hints;
}

/**
 * After the phrase, the option it suggests: `→ „erwartet Antworten zu jeder Stunde“?` — the
 * option's label alone (the fact's is in the tooltip), cut to fit INLAY_MAX.
 */
function hintLabel(option: string): string {
  const whole = l10n.t('→ "{0}"?', option);
  if (whole.length <= INLAY_MAX) return whole;
  const room = Math.max(1, option.length - (whole.length - INLAY_MAX) - 1);
  return l10n.t('→ "{0}"?', `${option.slice(0, room).trimEnd()}…`);
}

/**
 * The worst outcome's mark and brief; "+1" when more criteria are on the fact and it still fits
 * (the target comes first: every criterion is in the tooltip).
 */
function lineLabel(ordered: readonly CriterionResult[]): string {
  const worst = ordered[0];
  const mark = outcomeMark(worst);
  const brief = worst.brief ?? worst.reason;
  const more = ordered.length > 1 ? ` +${ordered.length - 1}` : '';
  const room = INLAY_MAX - mark.length - 1;
  if (brief.length + more.length <= room) return `${mark} ${brief}${more}`;
  return `${mark} ${brief.length <= room ? brief : `${brief.slice(0, room - 1).trimEnd()}…`}`;
}

/** One criterion in the tooltip: its mark and whole reason, its weight, the consultant's own why. */
function tooltipLine(r: CriterionResult): string {
  const lines = [`${outcomeMark(r)} ${escapeMarkdown(r.reason)}`];
  if (!r.dealbreaker && r.weight !== undefined) lines.push(`_${l10n.t('weight {0}', r.weight)}_`);
  if (r.why && r.outcome !== 'unmet') lines.push(`_${l10n.t('Your reason: {0}', escapeMarkdown(r.why))}_`);
  return lines.join('  \n');
}
