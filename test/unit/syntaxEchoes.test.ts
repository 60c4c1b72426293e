// One slip, one problem: while a prospect has a YAML syntax error, the schema and meaning problems
// that only echo it (a valid line marked because the parser's recovery read something else) are
// left out; entries before the broken one are still checked.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';
import { SAMPLES_DIR } from './helpers/samples';

const PROFILE = fs.readFileSync(path.join(SAMPLES_DIR, 'wunschkunde.profile.yaml'), 'utf8');
const ACME = fs.readFileSync(path.join(SAMPLES_DIR, 'prospects/2026-11-20-acme.prospect.yaml'), 'utf8');

function problemsOf(text: string): string[] {
  const fsys = memoryFs({ '/w/wunschkunde.profile.yaml': PROFILE, '/w/prospects/a.prospect.yaml': text });
  const service = new LanguageService({ fs: fsys, workspaceFolders: ['/w'] });
  const uri = service.uriOf('/w/prospects/a.prospect.yaml');
  service.openDocument(uri, 1, text);
  return service.problems(uri).map((p) => `${p.range.start.line + 1}:${p.code}`);
}

describe('syntax errors and their echoes', () => {
  // The slip a user made: a list begun on advice and its `]` forgotten, and `budget: : 9000` added.
  const slip = ACME
    .replace('advice: wants-to-be-right', 'advice: [wants-to-be-right')
    .replace('  budget: 8000 EUR\n', '  budget: 8000 EUR\n  budget: : 9000\n');

  it('the valid line `budget: 8000 EUR` is not marked; the syntax errors are', () => {
    assert.ok(slip.includes('budget: : 9000') && slip.includes('[wants-to-be-right\n'), 'the example is built');
    const budgetLine = slip.split('\n').indexOf('  budget: 8000 EUR') + 1;
    const problems = problemsOf(slip);
    assert.deepEqual(problems.filter((p) => p.startsWith(`${budgetLine}:`)), [], problems.join(' | '));
    assert.ok(problems.length >= 1 && problems.every((p) => p.endsWith(':yaml-syntax')), problems.join(' | '));
  });

  it('an entry before the broken one is still checked', () => {
    const text = slip.replace('met: 2026-11-20', 'met: someday');
    const metLine = text.split('\n').indexOf('met: someday') + 1;
    const problems = problemsOf(text);
    assert.ok(problems.some((p) => p.startsWith(`${metLine}:`) && !p.endsWith('yaml-syntax')), problems.join(' | '));
  });

  it('without a syntax error every problem is shown', () => {
    const text = ACME.replace('  budget: 8000 EUR\n', '  budget: lots\n');
    const line = text.split('\n').indexOf('  budget: lots') + 1;
    assert.ok(problemsOf(text).some((p) => p.startsWith(`${line}:`)));
  });

  it('a tab before a key: the entry it cut short is not checked either, only the tab is reported', () => {
    assert.deepEqual(problemsOf('prospect: T\nfacts:\n\tbudget: 1\n'), ['3:yaml-syntax']);
  });

  it('non-string keys: with a syntax error only that; without, "not a valid name" and "unknown fact" at facts', () => {
    assert.deepEqual(problemsOf('prospect: K\nfacts:\n  [a, b]: 1\n  {x: 1}: 2\n'), ['4:yaml-syntax']);
    assert.deepEqual(problemsOf('prospect: K\nfacts:\n  [a, b]: 1\n'), ['2:schema', '2:unknown-prospect-fact']);
  });
});
