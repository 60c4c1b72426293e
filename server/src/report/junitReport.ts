// Verdicts as JUnit XML, for CI systems that show test reports: one test case per prospect. A
// verdict is a result, whatever it says: fit, borderline and no fit pass with the verdict as their
// output, an undetermined one is skipped (its questions are still open). The failures are what the
// exit code fails for: a prospect that could not be evaluated, or one judged despite errors.
// The messages' fixed words follow l10n (the CLI's --lang); the XML itself is the same in any language.
import * as l10n from '@vscode/l10n';
import { scoreLine } from '../../../shared/src/report/verdictWords';
import type { ReportEntry } from './markdownReport';
import { cautionWords, verdictName } from '../features/verdictWords';

/**
 * What XML 1.0 cannot carry, even escaped (outside its Char production): the control characters
 * but tab, LF and CR, U+FFFE and U+FFFF, and a surrogate without its pair.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for an XML attribute or element: markup escaped, what XML forbids replaced by U+FFFD. */
function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(NOT_XML, '\uFFFD');
}

/** An entry with the errors of a prospect that was judged despite them (the CLI's). */
export type JunitEntry = ReportEntry & { problems?: string[] };

export function verdictsAsJunit(entries: JunitEntry[]): string {
  const failed = (e: JunitEntry): boolean => !e.verdict || (e.problems?.length ?? 0) > 0;
  const failures = entries.filter(failed).length;
  const skipped = entries.filter((e) => !failed(e) && e.verdict?.verdict === 'undetermined').length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="ideal-client" tests="${entries.length}" failures="${failures}" errors="0" skipped="${skipped}">`];
  for (const e of entries) {
    const v = e.verdict;
    const name = xml(v?.prospect ?? e.file);
    out.push(`  <testcase classname="${xml(e.file)}" name="${name}">`);
    if (!v) out.push(`    <failure message="${xml(e.error ?? l10n.t('not evaluated'))}"/>`);
    else if (e.problems?.length) {
      out.push(`    <failure message="${xml(e.problems.length === 1 ? l10n.t('1 error in the prospect') : l10n.t('{0} errors in the prospect', e.problems.length))}">${xml(e.problems.join('\n'))}</failure>`);
    } else if (v.verdict === 'undetermined') {
      out.push(`    <skipped message="${xml(l10n.t('{0}: ask {1}', verdictName('undetermined'), v.ask.map((q) => q.question).join(' / ')))}"/>`);
    } else {
      out.push(`    <system-out>${xml(`${verdictName(v.verdict)}${cautionWords(v)} · ${scoreLine(v, l10n.t)}`)}</system-out>`);
    }
    out.push('  </testcase>');
  }
  out.push('</testsuite>');
  return out.join('\n') + '\n';
}
