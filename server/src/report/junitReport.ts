// Verdicts as JUnit XML, for CI systems that show test reports: one test case per prospect;
// a no-fit is a failure, an undetermined one is skipped, a file that cannot be evaluated an error.
import type { ReportEntry } from './markdownReport';

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function verdictsAsJunit(entries: ReportEntry[]): string {
  const failures = entries.filter((e) => e.verdict?.verdict === 'no-fit').length;
  const errors = entries.filter((e) => !e.verdict).length;
  const skipped = entries.filter((e) => e.verdict?.verdict === 'undetermined').length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="ideal-client" tests="${entries.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`];
  for (const e of entries) {
    const v = e.verdict;
    const name = xml(v?.prospect ?? e.file);
    out.push(`  <testcase classname="${xml(e.file)}" name="${name}">`);
    if (!v) out.push(`    <error message="${xml(e.error ?? 'not evaluated')}"/>`);
    else if (v.verdict === 'no-fit') {
      const why = v.dealbreakers.length ? `dealbreaker: ${v.dealbreakers.join(', ')}` : `score ${v.score}%`;
      out.push(`    <failure message="no fit (${xml(why)})">${xml(v.criteria.filter((c) => c.outcome === 'unmet').map((c) => `${c.id}: ${c.reason}`).join('\n'))}</failure>`);
    } else if (v.verdict === 'undetermined') {
      out.push(`    <skipped message="undetermined: ask ${xml(v.ask.map((q) => q.question).join(' / '))}"/>`);
    } else {
      out.push(`    <system-out>${xml(`${v.verdict}, score ${v.score}%, known ${v.known}%`)}</system-out>`);
    }
    out.push('  </testcase>');
  }
  out.push('</testsuite>');
  return out.join('\n') + '\n';
}
