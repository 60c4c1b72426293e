// The verdicts a change of files changed, as a Markdown table ready for a pull-request comment
// (and for the editor's report, with links to the files). Every string that comes from a file or
// the command line is escaped: it can neither break the table nor bring in HTML or a link.
import * as l10n from '@vscode/l10n';
import type { CriterionChange, VerdictChange } from '../../../shared/src/types';
import { sideText } from './diffReport';

/**
 * Text safe inside a Markdown table cell or heading: one line; \ ` * _ ~ [ ] < > | escaped (no
 * emphasis, code, link, HTML tag or cell break can start); & as an entity (no entity of the
 * user's); a leading # escaped (no heading).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_~[\]<>|]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)#/, '$1\\#');
}

/** A link target that cannot end the link early: spaces and parentheses percent-encoded. */
function linkTarget(href: string): string {
  return href.replace(/[ ()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function outcomeText(o: CriterionChange['before']): string {
  return o === null ? '–' : o === 'met' ? l10n.t('met') : o === 'unmet' ? l10n.t('unmet') : l10n.t('unknown');
}

export interface DiffMarkdownOptions {
  /** The revision compared with, as the user named it. */
  rev: string;
  /** A link for a prospect's path (the editor's report links to the files); none: plain text. */
  link?: (path: string) => string;
  /** The heading's level (1 for a report of its own, 3 inside a pull-request comment). */
  level?: number;
}

export function changesAsMarkdown(changes: readonly VerdictChange[], o: DiffMarkdownOptions): string {
  const rev = escapeMarkdown(o.rev);
  const out = [`${'#'.repeat(o.level ?? 3)} ${l10n.t('Ideal Client: verdicts changed against {0}', rev)}`, ''];
  if (changes.length === 0) {
    out.push(l10n.t('No verdict changed.'));
    return out.join('\n') + '\n';
  }
  out.push(changes.length === 1 ? l10n.t('1 verdict changed.') : l10n.t('{0} verdicts changed.', changes.length), '');
  out.push(l10n.t('| Prospect | File | Before | After | Criteria changed |'), '|---|---|---|---|---|');
  for (const c of changes) {
    const file = o.link ? `[${escapeMarkdown(c.path)}](${linkTarget(o.link(c.path))})` : escapeMarkdown(c.path);
    const where = c.lessonOf === undefined ? file : `${file} (${escapeMarkdown(l10n.t('lesson of {0}', c.lessonOf))})`;
    const criteria = c.criteria.map((k) => `${escapeMarkdown(k.id)}: ${outcomeText(k.before)} → ${outcomeText(k.after)}`).join('<br>');
    out.push(`| ${escapeMarkdown(c.prospect)} | ${where} | ${escapeMarkdown(sideText(c.before, c.beforeProblem, o.rev, 'before'))} | ${escapeMarkdown(sideText(c.after, c.afterProblem, o.rev, 'after'))} | ${criteria} |`);
  }
  return out.join('\n') + '\n';
}
