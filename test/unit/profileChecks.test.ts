// The meaning checks of a profile: each problem on the exact node, in plain words, with a stable
// code and a "did you mean" replacement where a name is close.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { checkProfile, type LessonOutcome } from '../../server/src/features/validation/profileChecks';
import type { Problem } from '../../server/src/model/problem';
import { judgeLesson } from '../../server/src/engine';
import type { Verdict } from '../../shared/src/types';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';

const FACTS = `profile: P
facts:
  workingStyle:
    type: choice
    options: [intuitive, structured, detail-planner]
  budget:
    type: money
    currency: EUR
  responseTime:
    type: duration
  signals:
    type: tags
    options: [wants-to-be-right, always-on]
`;
// Line numbers below count from here: FACTS has 13 lines (0–12), "criteria:" is line 13.
const CRITERIA_LINE = 13;

function check(text: string, lessons: LessonOutcome[] = []): Problem[] {
  const parsed = parseText('file:///w/x.profile.yaml', 1, text);
  const profile = buildProfile(parsed.value);
  assert.ok(profile, 'fixture builds a profile');
  return checkProfile(parsed, profile, lessons);
}

function withCriteria(criteria: string): string {
  return `${FACTS}criteria:\n${criteria}`;
}

function at(line: number, start: number, end: number, endLine = line) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

describe('profile checks', () => {
  it('finds nothing wrong in the sample profile', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../samples/wunschkunde.profile.yaml'), 'utf8');
    assert.deepEqual(check(text), []);
  });

  it('reports a criterion naming an unknown fact on its fact: value, with did you mean', () => {
    const problems = check(withCriteria('  - id: b\n    fact: budgt\n    atLeast: 5000 EUR\n'));
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.code, 'unknown-fact');
    assert.equal(p.severity, 'error');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 2, 10, 15));
    assert.equal(p.message, 'Unknown fact "budgt". Did you mean "budget"? Known facts: workingStyle, budget, responseTime, signals.');
    assert.deepEqual(p.data, { replacement: 'budget' });
  });

  it('lists the known facts without a suggestion when no name is close', () => {
    const [p] = check(withCriteria('  - id: b\n    fact: colour\n    is: red\n'));
    assert.equal(p.message, 'Unknown fact "colour". Known facts: workingStyle, budget, responseTime, signals.');
    assert.equal(p.data, undefined);
  });

  it('reports a matcher that does not fit the fact type on the matcher key', () => {
    const problems = check(withCriteria('  - id: b\n    fact: budget\n    is: 5000\n'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'matcher-type');
    assert.deepEqual(problems[0].range, at(CRITERIA_LINE + 3, 4, 6));
    assert.equal(problems[0].message, 'A money fact is compared with atLeast, atMost or between, not "is".');
  });

  it('reports an argument that is not a value of the fact type on the value', () => {
    const [p] = check(withCriteria('  - id: r\n    fact: responseTime\n    atLeast: soon\n'));
    assert.equal(p.code, 'bad-argument');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 3, 13, 17));
    assert.equal(p.message, '"soon" is not a duration: write e.g. 30m, 2h, 1d, 2w, "3 days", "1 working day", "2 business days" or "immediately".');
  });

  it('reports money in another currency than the fact\'s', () => {
    const [p] = check(withCriteria('  - id: b\n    fact: budget\n    atLeast: 5000 USD\n'));
    assert.equal(p.code, 'bad-argument');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 3, 13, 21));
    assert.equal(p.message, '"5000 USD" is in USD, but budget is counted in EUR.');
  });

  it('points at the bound of between that cannot be read', () => {
    const [p] = check(withCriteria('  - id: b\n    fact: budget\n    between: [3000 EUR, lots]\n'));
    assert.equal(p.code, 'bad-argument');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 3, 24, 28));
    assert.match(p.message, /^"lots" is not an amount of money/);
  });

  it('reports a value not among the options on that list item, with did you mean', () => {
    const problems = check(withCriteria('  - id: w\n    fact: workingStyle\n    is: [intuitive, structurd]\n'));
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.code, 'not-an-option');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 3, 20, 29));
    assert.equal(p.message, '"structurd" is not an option of workingStyle. Did you mean "structured"? Options: intuitive, structured, detail-planner.');
    assert.deepEqual(p.data, { replacement: 'structured' });
  });

  it('checks tags matchers item by item too', () => {
    const [p] = check(withCriteria('  - id: s\n    fact: signals\n    excludes: [alwayson]\n    dealbreaker: true\n'));
    assert.equal(p.code, 'not-an-option');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 3, 15, 23));
    assert.deepEqual(p.data, { replacement: 'always-on' });
  });

  it('reports duplicate ids on the second and later ids, naming the first one\'s line', () => {
    const problems = check(withCriteria([
      '  - id: money', '    fact: budget', '    atLeast: 1000',
      '  - id: money', '    fact: budget', '    atMost: 9000',
      '  - id: money', '    fact: responseTime', '    atLeast: 1d', '',
    ].join('\n')));
    assert.deepEqual(problems.map((p) => [p.code, p.range.start.line, p.message]), [
      ['duplicate-id', CRITERIA_LINE + 4, 'The id "money" is already used by the criterion on line 15; each criterion needs its own id.'],
      ['duplicate-id', CRITERIA_LINE + 7, 'The id "money" is already used by the criterion on line 15; each criterion needs its own id.'],
    ]);
    assert.deepEqual(problems[0].range, at(CRITERIA_LINE + 4, 8, 13));
  });

  it('reports borderline above fit on borderline', () => {
    const text = withCriteria('  - id: b\n    fact: budget\n    atLeast: 1000\n') + 'verdict:\n  fit: 60\n  borderline: 80\n';
    const problems = check(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'thresholds');
    assert.deepEqual(problems[0].range, at(CRITERIA_LINE + 6, 14, 16));
    assert.equal(problems[0].message, 'borderline (80) is above fit (60), so no prospect can ever be borderline. Set borderline to at most fit.');
  });

  it('reports a fit below the default borderline on fit', () => {
    const text = withCriteria('  - id: b\n    fact: budget\n    atLeast: 1000\n') + 'verdict:\n  fit: 40\n';
    const [p] = check(text);
    assert.equal(p.code, 'thresholds');
    assert.deepEqual(p.range, at(CRITERIA_LINE + 5, 7, 9));
  });

  it('reports a referral naming an unknown fact or a value not among its options', () => {
    const text = withCriteria('  - id: b\n    fact: budget\n    atLeast: 1000\n')
      + 'referrals:\n  - name: Anna\n    when: { workingStyle: [detail-planer], budgett: [x] }\n';
    const problems = check(text);
    assert.deepEqual(problems.map((p) => p.code), ['referral-fact', 'referral-fact']);
    const line = CRITERIA_LINE + 6;
    assert.deepEqual(problems[0].range, at(line, 27, 40));
    assert.equal(problems[0].message, '"detail-planer" is not an option of workingStyle. Did you mean "detail-planner"? Options: intuitive, structured, detail-planner.');
    assert.deepEqual(problems[1].range, at(line, 43, 50));
    assert.match(problems[1].message, /^Unknown fact "budgett"\. Did you mean "budget"\?/);
    assert.deepEqual(problems[1].data, { replacement: 'budget' });
  });

  it('reports an option listed twice on the second one', () => {
    const text = FACTS.replace('options: [intuitive, structured, detail-planner]', 'options:\n      - intuitive\n      - value: intuitive\n        label: again')
      + 'criteria:\n  - id: w\n    fact: workingStyle\n    is: intuitive\n';
    const problems = check(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'duplicate-id');
    assert.deepEqual(problems[0].range, at(6, 15, 24));
    assert.equal(problems[0].message, 'The option "intuitive" of workingStyle is listed twice (first on line 6); each option needs its own value.');
  });

  it('skips checks whose inputs are missing or broken, and never throws on garbage', () => {
    assert.deepEqual(check(withCriteria('  - id: x\n    fact: workingStyle\n')), []);
    assert.deepEqual(check(withCriteria('  - fact: [a, b]\n    is: 3\n  - 42\n  - null\n')), []);
    for (const text of ['profile: P\n', 'profile: P\nfacts: 3\ncriteria: {a: 1}\nverdict: []\nreferrals: 7\nlessons: x\n',
      'profile: P\nfacts:\n  f: { type: nope }\ncriteria:\n  - fact: f\n    is: 1\n', 'profile: P\ncriteria:\n  - fact: f\n    between: {a: 1}\n']) {
      const parsed = parseText('file:///w/x.profile.yaml', 1, text);
      const profile = buildProfile(parsed.value)!;
      assert.doesNotThrow(() => checkProfile(parsed, profile, []));
    }
  });

  describe('lessons', () => {
    const LESSONS = withCriteria('  - id: b\n    fact: budget\n    atLeast: 1000\n')
      + 'lessons:\n  - prospect: broken\n    expect: maybe\n  - prospect: archive/always-right.prospect.yaml\n    expect: no-fit\n    learned: Always wants to be right.\n'
      + '  - prospect: ../../outside.prospect.yaml\n    expect: fit\n';
    const verdict = (v: Verdict['verdict'], score: number | null): Verdict => ({
      prospect: 'Besserwisser AG', profile: 'P', status: 'ended', verdict: v, score, known: 100, criteria: [], dealbreakers: [], ask: [], referrals: [], hints: [], cautions: [], selfCheck: [],
    });

    const ran = (v: Verdict, uri: string) => ({ ok: true as const, verdict: v, uri, judgement: judgeLesson({ prospect: 'x', expect: 'no-fit' }, v) });

    it('reports a lesson the profile now misclassifies on its expect: value, naming both verdicts', () => {
      const problems = check(LESSONS, [{ index: 0, result: ran(verdict('borderline', 57), 'file:///w/archive/always-right.prospect.yaml') }]);
      assert.equal(problems.length, 1);
      const [p] = problems;
      assert.equal(p.code, 'lesson-verdict');
      assert.equal(p.severity, 'error');
      assert.deepEqual(p.range, at(CRITERIA_LINE + 8, 12, 18));
      assert.equal(p.message, 'This lesson expects no fit, but the profile now says borderline (score 57). Past client: Besserwisser AG. Learned: Always wants to be right.');
    });

    it('says nothing for a lesson classified as expected', () => {
      assert.deepEqual(check(LESSONS, [{ index: 0, result: ran(verdict('no-fit', 20), 'file:///w/a') }]), []);
    });

    it('reports a lesson file that cannot be read on its prospect: path', () => {
      const problems = check(LESSONS, [{ index: 1, result: { ok: false, message: '"../../outside.prospect.yaml" leaves the workspace folder /w; it is not read.' } }]);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].code, 'lesson-file');
      assert.deepEqual(problems[0].range, at(CRITERIA_LINE + 10, 14, 41));
      assert.equal(problems[0].message, '"../../outside.prospect.yaml" leaves the workspace folder /w; it is not read.');
    });

    it('runs real lessons through the language service: one misclassified, one refused', () => {
      const profile = `${FACTS}criteria:
  - id: b
    fact: budget
    atLeast: 5000 EUR
  - id: advice
    fact: signals
    excludes: [wants-to-be-right]
lessons:
  - prospect: archive/always-right.prospect.yaml
    expect: no-fit
    learned: Wanted to be right.
  - prospect: ../../outside.prospect.yaml
    expect: no-fit
`;
      const memFs = memoryFs({
        '/w/p.profile.yaml': profile,
        '/w/archive/always-right.prospect.yaml': 'prospect: Besserwisser AG\nfacts:\n  budget: 20000 EUR\n  signals: [wants-to-be-right]\n',
        '/outside.prospect.yaml': 'prospect: X\n',
      });
      const service = new LanguageService({ fs: memFs, workspaceFolders: ['/w'] });
      const problems = service.problems(service.uriOf('/w/p.profile.yaml')).filter((p) => p.code.startsWith('lesson'));
      assert.deepEqual(problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [
        ['lesson-verdict', 22, 12],
        ['lesson-file', 24, 14],
      ]);
      assert.equal(problems[0].message, 'This lesson expects no fit, but the profile now says borderline (score 50). Past client: Besserwisser AG. Learned: Wanted to be right.');
      assert.match(problems[1].message, /leaves the workspace folder/);
    });
  });
});
