// The one reader of samples/EXPECTED.md (test/helpers/expected.mjs), which every suite uses: it
// finds the rows of the real file, and throws, naming file and line, when there is no table to
// read or a row does not read, so that a changed table never lets a suite test nothing.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseExpected, readExpected } from '../helpers/expected.mjs';

const SAMPLES = path.resolve(__dirname, '../../samples');
const HEAD = '| file | verdict | score | known |\n|---|---|---|---|\n';

describe('the EXPECTED.md reader', () => {
  it('reads every row of samples/EXPECTED.md', () => {
    const rows = readExpected(path.join(SAMPLES, 'EXPECTED.md'));
    assert.equal(rows.length, 21);
    assert.deepEqual(rows[0], { file: 'prospects/2026-11-20-acme.prospect.yaml', verdict: 'no-fit', score: 29, known: 70 });
    assert.deepEqual(rows.at(-1), { file: 'freelance-dev/prospects/2026-11-23-bloomshop.prospect.md', verdict: 'no-fit', score: 11, known: 75 });
  });

  it('reads a table among prose, CRLF line ends and a null score; stops at the first line after it', () => {
    const text = '# Title\r\n\r\nprose\r\n\r\n' + HEAD.replace(/\n/g, '\r\n')
      + '| a/x.prospect.md | undetermined | null | 0 |\r\n|  b.prospect.yml  |  fit  |  100  |  100  |\r\n\r\n| c.prospect.yaml | fit | 1 | 1 |\r\n';
    assert.deepEqual(parseExpected(text), [
      { file: 'a/x.prospect.md', verdict: 'undetermined', score: null, known: 0 },
      { file: 'b.prospect.yml', verdict: 'fit', score: 100, known: 100 },
    ]);
  });

  it('throws when no table has the heading (a renamed column)', () => {
    assert.throws(() => parseExpected('# Expected\n\n| prospect | verdict | score | known |\n|---|---|---|---|\n| a.prospect.yaml | fit | 1 | 1 |\n', 'X.md'),
      { message: 'X.md: no table with the heading "| file | verdict | score | known |" (renamed or moved columns?)' });
    assert.throws(() => parseExpected('no table at all\n'), { message: /^EXPECTED\.md: no table with the heading/ });
  });

  it('throws when the table has no rows', () => {
    assert.throws(() => parseExpected('intro\n\n' + HEAD + '\nmore prose\n', 'X.md'),
      { message: 'X.md:3: the table "| file | verdict | score | known |" has no rows' });
  });

  it('throws on a malformed row, naming the line', () => {
    const bad: [string, string][] = [
      ['| a.prospect.yaml | fit | 1 |', 'X.md:3: a row has 4 cells (file, verdict, score, known), this one 3: | a.prospect.yaml | fit | 1 |'],
      ['| a.profile.yaml | fit | 1 | 1 |', 'X.md:3: the file "a.profile.yaml" is not a path to a *.prospect.{yaml,yml,md}: | a.profile.yaml | fit | 1 | 1 |'],
      ['| a.prospect.yaml | no fit | 1 | 1 |', 'X.md:3: the verdict "no fit" is not one of fit, borderline, no-fit, undetermined: | a.prospect.yaml | no fit | 1 | 1 |'],
      ['| a.prospect.yaml | fit | 29% | 1 |', 'X.md:3: the score "29%" is not a whole number 0–100 or null: | a.prospect.yaml | fit | 29% | 1 |'],
      ['| a.prospect.yaml | fit | 1 | 101 |', 'X.md:3: the known share "101" is not a whole number 0–100: | a.prospect.yaml | fit | 1 | 101 |'],
    ];
    for (const [row, message] of bad) assert.throws(() => parseExpected(HEAD + row + '\n', 'X.md'), { message }, row);
    assert.throws(() => parseExpected(HEAD + '| a.prospect.yaml | fit | 1 | 1 |\n| a.prospect.yaml | fit | 1 | 1 |\n', 'X.md'),
      { message: 'X.md:4: a.prospect.yaml is listed twice: | a.prospect.yaml | fit | 1 | 1 |' });
    assert.throws(() => parseExpected('| file | verdict | score | known |\n| a.prospect.yaml | fit | 1 | 1 |\n', 'X.md'),
      { message: 'X.md:2: the heading is not followed by a separator row of 4 cells: | a.prospect.yaml | fit | 1 | 1 |' });
  });

  it('throws naming the path when the file is missing', () => {
    assert.throws(() => readExpected(path.join(SAMPLES, 'NOPE.md')), { code: 'ENOENT' });
  });
});
