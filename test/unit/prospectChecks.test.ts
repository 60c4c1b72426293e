// The meaning checks of a prospect: how its profile was (not) found, facts the profile does not
// know, and values that do not fit — on the key, the value or the list item, YAML and Markdown.
import { strict as assert } from 'node:assert';
import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { buildProspect } from '../../server/src/model/prospectModel';
import { checkProspect } from '../../server/src/features/validation/prospectChecks';
import type { ProfileInfo, ProfileResolution } from '../../server/src/model/featureContext';
import type { Problem } from '../../server/src/model/problem';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';

const PROFILE = `profile: P
facts:
  workingStyle:
    type: choice
    options: [intuitive, structured, detail-planner]
  budget:
    type: money
    currency: EUR
  responseTime:
    type: duration
  met:
    type: date
  signals:
    type: tags
    options: [wants-to-be-right, always-on, open-to-advice]
  goal:
    type: yesno
criteria:
  - id: b
    fact: budget
    atLeast: 5000 EUR
`;

const OK: ProfileResolution = { ok: true, uri: 'file:///w/p.profile.yaml', how: 'nearest' };

function profileInfo(): ProfileInfo {
  const parsed = parseText('file:///w/p.profile.yaml', 1, PROFILE);
  return { uri: parsed.uri, parsed, profile: buildProfile(parsed.value)! };
}

function check(text: string, resolution: ProfileResolution = OK, uri = 'file:///w/a.prospect.yaml'): Problem[] {
  const parsed = parseText(uri, 1, text);
  const prospect = buildProspect(parsed);
  assert.ok(prospect);
  return checkProspect(parsed, prospect, resolution.ok ? profileInfo() : undefined, resolution);
}

function at(line: number, start: number, end: number) {
  return { start: { line, character: start }, end: { line, character: end } };
}

describe('prospect checks', () => {
  it('finds nothing wrong in a prospect that fits its profile', () => {
    const text = 'prospect: A\nfacts:\n  workingStyle: intuitive\n  budget: 8.000 €\n  responseTime: 2 Tage\n  met: 2026-11-20\n  signals: []\n  goal: ja\n';
    assert.deepEqual(check(text), []);
  });

  it('reports a missing profile as a warning on the first line', () => {
    const problems = check('prospect: ACME GmbH\nfacts: {}\n', { ok: false, reason: 'missing', message: 'No profile found for this prospect.' });
    assert.deepEqual(problems, [{ range: at(0, 0, 19), severity: 'warning', message: 'No profile found for this prospect.', code: 'profile-missing' }]);
  });

  it('reports a refused or ambiguous profile as an error on the profile: value', () => {
    const text = 'prospect: A\nprofile: ../../outside.profile.yaml\n';
    const [p] = check(text, { ok: false, reason: 'outside', message: '"../../outside.profile.yaml" leaves the workspace folder /w; it is not read.' });
    assert.equal(p.code, 'path-outside');
    assert.equal(p.severity, 'error');
    assert.deepEqual(p.range, at(1, 9, 35));
    const [q] = check('prospect: A\n', { ok: false, reason: 'ambiguous', message: 'More than one profile could judge this prospect: a.profile.yaml, b.profile.yaml in /w.' });
    assert.equal(q.code, 'profile-ambiguous');
    assert.equal(q.severity, 'error');
    assert.deepEqual(q.range, at(0, 0, 11));
    const [r] = check(text.replace('../../outside', 'nope'), { ok: false, reason: 'not-found', message: '"nope.profile.yaml" does not exist.' });
    assert.deepEqual([r.code, r.severity], ['profile-missing', 'error']);
  });

  it('reports a fact the profile does not know on its key, with did you mean', () => {
    const problems = check('prospect: A\nfacts:\n  budgt: 8000\n');
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.code, 'unknown-prospect-fact');
    assert.equal(p.severity, 'error');
    assert.deepEqual(p.range, at(2, 2, 7));
    assert.equal(p.message, 'The profile does not know the fact "budgt". Did you mean "budget"? Known facts: workingStyle, budget, responseTime, met, signals, goal.');
    assert.deepEqual(p.data, { replacement: 'budget' });
  });

  it('reports a choice value not among the options on the value, with did you mean', () => {
    const [p] = check('prospect: A\nfacts:\n  workingStyle: detail-planer\n');
    assert.equal(p.code, 'not-an-option');
    assert.deepEqual(p.range, at(2, 16, 29));
    assert.equal(p.message, '"detail-planer" is not an option of workingStyle. Did you mean "detail-planner"? Options: intuitive, structured, detail-planner.');
    assert.deepEqual(p.data, { replacement: 'detail-planner' });
  });

  it('reports each tag not among the options on its list item', () => {
    const problems = check('prospect: A\nfacts:\n  signals: [always-on, wants-to-be-rigth, nonsense]\n');
    assert.deepEqual(problems.map((p) => [p.code, p.range, p.data]), [
      ['not-an-option', at(2, 23, 40), { replacement: 'wants-to-be-right' }],
      ['not-an-option', at(2, 42, 50), undefined],
    ]);
  });

  it('reports values of the wrong type with the engine\'s words, on the value', () => {
    const problems = check([
      'prospect: A', 'facts:', '  budget: 8000 USD', '  responseTime: soon', '  met: 2026-02-30', '  goal: maybe', '  workingStyle: [intuitive]', '  signals: always-on', '',
    ].join('\n'));
    assert.deepEqual(problems.map((p) => [p.code, p.range.start.line, p.range.start.character, p.message]), [
      ['bad-value', 2, 10, '"8000 USD" is in USD, but budget is counted in EUR.'],
      ['bad-value', 3, 16, '"soon" is not a duration: write e.g. 30m, 2h, 1d, 2w, "3 days", "1 working day", "2 business days", "immediately", or a range such as "2-4 weeks".'],
      ['bad-value', 4, 7, '"2026-02-30" is not a date that exists: check the month and the day.'],
      ['bad-value', 5, 8, '"maybe" is not yes or no: write true or false (also yes/no, ja/nein).'],
      ['bad-value', 6, 16, 'workingStyle takes one value, not a list: choose one of intuitive, structured, detail-planner.'],
      ['bad-value', 7, 11, 'signals takes a list, not a single value: write [always-on].'],
    ]);
  });

  it('skips unknown values (missing, null, empty) — they are questions, not errors', () => {
    assert.deepEqual(check('prospect: A\nfacts:\n  budget:\n  responseTime: ""\n  met: ~\n'), []);
  });

  it('works on a Markdown prospect\'s front matter', () => {
    const text = '---\nprospect: A\nfacts:\n  budgt: 8000\n  workingStyle: intuitiv\n---\n# Notes\n\nbudgt is a word here\n';
    const problems = check(text, OK, 'file:///w/a.prospect.md');
    assert.deepEqual(problems.map((p) => [p.code, p.range]), [
      ['unknown-prospect-fact', at(3, 2, 7)],
      ['not-an-option', at(4, 16, 24)],
    ]);
  });

  it('never throws on garbage', () => {
    for (const text of ['prospect: A\nfacts: [1, 2]\n', 'prospect: A\nfacts:\n  budget: {a: 1}\n  signals: [{x: 1}, [2]]\n  met: [1]\n', 'prospect: A\nfacts:\n  ? [a]\n  : 1\n']) {
      assert.doesNotThrow(() => check(text));
    }
  });

  it('is wired into the language service', () => {
    const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': 'prospect: A\nfacts:\n  budgt: 8000\n' });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const problems = service.problems(service.uriOf('/w/a.prospect.yaml')).filter((p) => p.code === 'unknown-prospect-fact');
    assert.deepEqual(problems.map((p) => p.range), [at(2, 2, 7)]);
  });

  describe('met: the day of the first call, ISO or German', () => {
    const service = (met: string) => {
      const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': `prospect: A\nmet: ${met}\nfacts:\n  budget: 8000\n` });
      const s = new LanguageService({ fs, workspaceFolders: ['/w'] });
      return s.problems(s.uriOf('/w/a.prospect.yaml')).filter((p) => p.severity === 'error').map((p) => [p.range.start.line, p.range.start.character, p.message]);
    };
    for (const met of ['2026-11-20', '20.11.2026', '1.2.2027', '01.02.2027']) {
      it(`takes ${met}`, () => assert.deepEqual(service(met), []));
    }
    it('refuses a day that does not exist, in either form', () => {
      assert.deepEqual(service('31.02.2026'), [[1, 5, '"31.02.2026" is not a day that exists: check the month and the day.']]);
      assert.deepEqual(service('2026-02-30'), [[1, 5, '"2026-02-30" is not a day that exists: check the month and the day.']]);
    });
    for (const met of ['20.11.26', '2026/11/20', 'November 2026', '20. November 2026']) {
      it(`refuses ${met}, naming both forms`, () => {
        assert.deepEqual(service(met), [[1, 5, `Expected a date written 2026-11-20 or 20.11.2026, found "${met}".`]]);
      });
    }
    it('is checked without a profile too', () => {
      const problems = check('prospect: A\nmet: 20.13.2026\n', { ok: false, reason: 'missing', message: 'no profile' });
      assert.deepEqual(problems.map((p) => [p.code, p.range.start.line, p.message]), [
        ['bad-value', 1, '"20.13.2026" is not a day that exists: check the month and the day.'],
        ['profile-missing', 0, 'no profile'],
      ]);
    });
  });
});
