// The Prospects view's order, filter and "Not evaluated" text (client/src/prospectsOrder.ts).
import { strict as assert } from 'node:assert';
import type { ProspectEvaluation } from '../../shared/src/protocol';
import type { Verdict } from '../../shared/src/types';
import { fileDate, matchesFilter, notEvaluatedText, profilesOf, sortProspects } from '../../client/src/prospectsOrder';

function row(relativePath: string, prospect: string, score: number | null, profile = 'Wunschkunde', profileUri = 'file:///w/p.profile.yaml'): ProspectEvaluation {
  const verdict: Verdict = { prospect, profile, status: 'prospect', verdict: 'fit', score, known: 100, criteria: [], dealbreakers: [], ask: [], referrals: [], hints: [], cautions: [], selfCheck: [] };
  return { uri: `file:///w/${relativePath}`, relativePath, evaluation: { ok: true, verdict, profileUri } };
}

const ROWS = [
  row('prospects/2026-11-20-acme.prospect.yaml', 'ACME GmbH', 29),
  row('prospects/2026-12-03-sonnenhof.prospect.yaml', 'Sonnenhof', 88),
  row('prospects/notes.prospect.yaml', 'Baumann', null),
  row('agency/2026-12-01-lindner.prospect.md', 'Lindner', 50, 'Agentur', 'file:///w/agency/bant.profile.yaml'),
];
const names = (rows: ProspectEvaluation[]): string[] => rows.map((r) => (r.evaluation.ok ? r.evaluation.verdict.prospect : r.relativePath));

describe('Prospects view: order, filter, not evaluated', () => {
  it('sorts by the date of the file name, newest first, undated last', () => {
    assert.equal(fileDate('prospects/2026-11-20-acme.prospect.yaml'), '2026-11-20');
    assert.deepEqual(names(sortProspects(ROWS, 'date')), ['Sonnenhof', 'Lindner', 'ACME GmbH', 'Baumann']);
  });

  it('sorts by score, best first, no score last; and by name', () => {
    assert.deepEqual(names(sortProspects(ROWS, 'score')), ['Sonnenhof', 'Lindner', 'ACME GmbH', 'Baumann']);
    assert.deepEqual(names(sortProspects(ROWS, 'name')), ['ACME GmbH', 'Baumann', 'Lindner', 'Sonnenhof']);
  });

  it('filters by text in the name, the file or the profile, or by one profile', () => {
    assert.deepEqual(names(ROWS.filter((r) => matchesFilter(r, { text: 'sonnen' }))), ['Sonnenhof']);
    assert.deepEqual(names(ROWS.filter((r) => matchesFilter(r, { text: 'agentur' }))), ['Lindner']);
    assert.deepEqual(names(ROWS.filter((r) => matchesFilter(r, { profileUri: 'file:///w/agency/bant.profile.yaml' }))), ['Lindner']);
    assert.deepEqual([...profilesOf(ROWS).values()], ['Wunschkunde', 'Agentur']);
  });

  it('"Not evaluated": without the path the row shows, absolute paths made relative', () => {
    assert.equal(notEvaluatedText('prospects/x.prospect.yaml:3:1: Tabs are not allowed', 'prospects/x.prospect.yaml', ['/home/u/w']), '3:1: Tabs are not allowed');
    assert.equal(notEvaluatedText('prospects/x.prospect.yaml: The profile /home/u/w/p.profile.yaml could not be read.', 'prospects/x.prospect.yaml', ['/home/u/w']),
      'The profile p.profile.yaml could not be read.');
  });
});
