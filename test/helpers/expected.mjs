// @ts-check
// The one reader of samples/EXPECTED.md, for every suite: unit and CLI (mocha + tsx), LSP, the
// extension-host suite (bundled by esbuild, test/e2e/buildSuite.mjs) and the UI suite (plain
// node, test/e2e/ui.test.mjs). Plain ESM JavaScript so that node runs it as it is; the types are
// in expected.d.mts. No import.meta: the host suite bundles it into CommonJS.
//
// It also reads the replies drafted for sample prospects (parseExpectedDrafts), which the CLI
// tests run and compare letter for letter.
//
// It throws, naming the file and the line, rather than return fewer rows: when the heading of
// the table is renamed, a column is added or moved, or a row does not read, a suite must fail,
// never test nothing.
import * as fs from 'node:fs';

/** The verdicts a row may name. */
export const VERDICTS = Object.freeze(['fit', 'borderline', 'no-fit', 'undetermined']);

/** The table's heading, cell by cell. */
export const EXPECTED_COLUMNS = Object.freeze(['file', 'verdict', 'score', 'known']);

const HEADING = `| ${EXPECTED_COLUMNS.join(' | ')} |`;

/** @param {string} line */
const cellsOf = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/**
 * The rows of the verdict table in the text of an EXPECTED.md.
 * @param {string} text
 * @param {string} [source] names the file in the messages
 * @returns {import('./expected.d.mts').ExpectedRow[]}
 */
export function parseExpected(text, source = 'EXPECTED.md') {
  const lines = text.split(/\r?\n/);
  const head = lines.findIndex((l) => l.trim().startsWith('|') && cellsOf(l).map((c) => c.toLowerCase()).join('|') === EXPECTED_COLUMNS.join('|'));
  if (head < 0) throw new Error(`${source}: no table with the heading "${HEADING}" (renamed or moved columns?)`);
  const fail = (/** @type {number} */ i, /** @type {string} */ why) => new Error(`${source}:${i + 1}: ${why}: ${lines[i]}`);
  const rule = lines[head + 1] ?? '';
  if (!rule.trim().startsWith('|') || !cellsOf(rule).every((c) => /^:?-+:?$/.test(c)) || cellsOf(rule).length !== EXPECTED_COLUMNS.length) {
    throw fail(head + 1, 'the heading is not followed by a separator row of 4 cells');
  }
  /** @type {import('./expected.d.mts').ExpectedRow[]} */
  const rows = [];
  for (let i = head + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
    const c = cellsOf(lines[i]);
    if (c.length !== EXPECTED_COLUMNS.length) throw fail(i, `a row has ${EXPECTED_COLUMNS.length} cells (${EXPECTED_COLUMNS.join(', ')}), this one ${c.length}`);
    const [file, verdict, score, known] = c;
    if (!/^[\w./-]+\.prospect\.(ya?ml|md)$/.test(file)) throw fail(i, `the file "${file}" is not a path to a *.prospect.{yaml,yml,md}`);
    if (!VERDICTS.includes(verdict)) throw fail(i, `the verdict "${verdict}" is not one of ${VERDICTS.join(', ')}`);
    if (!/^(\d{1,3}|null)$/.test(score) || Number(score) > 100) throw fail(i, `the score "${score}" is not a whole number 0–100 or null`);
    if (!/^\d{1,3}$/.test(known) || Number(known) > 100) throw fail(i, `the known share "${known}" is not a whole number 0–100`);
    if (rows.some((r) => r.file === file)) throw fail(i, `${file} is listed twice`);
    rows.push({ file, verdict: /** @type {import('./expected.d.mts').ExpectedVerdict} */ (verdict), score: score === 'null' ? null : Number(score), known: Number(known) });
  }
  if (rows.length === 0) throw new Error(`${source}:${head + 1}: the table "${HEADING}" has no rows`);
  return rows;
}

/**
 * The rows of the verdict table of an EXPECTED.md on disk (samples/EXPECTED.md, or the copy in a
 * test workspace).
 * @param {string} file
 * @returns {import('./expected.d.mts').ExpectedRow[]}
 */
export function readExpected(file) {
  return parseExpected(fs.readFileSync(file, 'utf8'), file);
}

/** The heading of the section with the drafted replies. */
export const DRAFTS_HEADING = '## Replies drafted for two prospects';

/** The words of a command line: spaces separate, "double quotes" keep a name with spaces together. */
const wordsOf = (/** @type {string} */ line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

/**
 * The drafted replies of an EXPECTED.md: under the heading DRAFTS_HEADING, each a heading
 * "### `ideal-client reply <prospect> [options]`" followed by the letter in a ```text block —
 * exactly what that command prints, run in the samples folder.
 * @param {string} text
 * @param {string} [source] names the file in the messages
 * @returns {import('./expected.d.mts').ExpectedDraft[]}
 */
export function parseExpectedDrafts(text, source = 'EXPECTED.md') {
  const lines = text.split(/\r?\n/);
  const head = lines.findIndex((l) => l.trim() === DRAFTS_HEADING);
  if (head < 0) throw new Error(`${source}: no section "${DRAFTS_HEADING}"`);
  /** @type {import('./expected.d.mts').ExpectedDraft[]} */
  const drafts = [];
  for (let i = head + 1; i < lines.length && !/^## /.test(lines[i]); i++) {
    if (!lines[i].startsWith('### ')) continue;
    const command = /^### `ideal-client (reply [^`]+)`$/.exec(lines[i].trim());
    if (!command) throw new Error(`${source}:${i + 1}: a draft's heading is "### \`ideal-client reply <prospect> [options]\`": ${lines[i]}`);
    const open = lines.findIndex((l, j) => j > i && l.trim() !== '');
    if (open < 0 || lines[open].trim() !== '```text') throw new Error(`${source}:${i + 1}: the heading is not followed by a \`\`\`text block`);
    const close = lines.findIndex((l, j) => j > open && l.trim() === '```');
    if (close < 0) throw new Error(`${source}:${open + 1}: the \`\`\`text block is not closed`);
    drafts.push({ args: wordsOf(command[1]), text: lines.slice(open + 1, close).join('\n'), line: i + 1 });
    i = close;
  }
  if (drafts.length === 0) throw new Error(`${source}:${head + 1}: the section "${DRAFTS_HEADING}" has no drafts`);
  return drafts;
}

/**
 * The drafted replies of an EXPECTED.md on disk.
 * @param {string} file
 * @returns {import('./expected.d.mts').ExpectedDraft[]}
 */
export function readExpectedDrafts(file) {
  return parseExpectedDrafts(fs.readFileSync(file, 'utf8'), file);
}
