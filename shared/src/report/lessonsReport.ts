// The lessons of every profile as a Markdown report (the editor's Check Lessons): per profile a
// table of its past clients with the verdict each lesson expects and the verdict given now.
// The fixed words follow `t`; whatever the files say is escaped (markdownText).
import type { ProfileLessons } from '../protocol';
import { markdownLink, markdownText as text } from './markdownText';
import type { ReportOptions } from './reportOptions';
import { verdictName } from './verdictWords';

export function lessonsReport(results: readonly ProfileLessons[], o: ReportOptions): string {
  const { t } = o;
  const out: string[] = [`# ${t('Lessons')}`, ''];
  if (o.when !== undefined) out.push(`_${t('Checked {0}', text(o.when))}_`, '');
  for (const p of results) {
    out.push(`## ${text(p.profile)} (${markdownLink(p.relativePath, o.link(p.relativePath, p.profileUri))})`, '');
    out.push(`| | ${t('Past client')} | ${t('Expected')} | ${t('Now')} | ${t('Learned')} |`, '|---|---|---|---|---|');
    for (const l of p.lessons) {
      // A lesson whose file did not resolve has no path to link: its path as the profile wrote it.
      const who = l.relativePath !== undefined ? markdownLink(l.name ?? l.relativePath, o.link(l.relativePath, l.uri)) : text(l.prospect);
      const score = l.score !== undefined && l.score !== null ? ` (${l.score}%)` : '';
      const now = l.actual ? `${verdictName(l.actual, t)}${score}` : text(l.message ?? t('not evaluated'));
      out.push(`| ${l.ok ? '✓' : '✗'} | ${who} | ${verdictName(l.expect, t)} | ${now} | ${text(l.learned ?? '')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
