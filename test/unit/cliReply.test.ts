// `ideal-client reply`: the drafts of samples/EXPECTED.md letter for letter, and what it refuses
// — a kind that does not apply, a colleague not suggested (usage errors, exit 2), a prospect that
// cannot be judged or a template of the profile's own with a mistake (exit 1, naming the line).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { parseExpectedDrafts, readExpectedDrafts } from '../helpers/expected.mjs';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';

function cli(args: string[], cwd = SAMPLES): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env: {} });
  return { code, out, err };
}

describe('CLI reply', () => {
  const drafts = readExpectedDrafts(path.join(SAMPLES, 'EXPECTED.md'));

  it('EXPECTED.md shows drafts for two prospects, in German and English', () => {
    const prospects = new Set(drafts.map((d) => d.args[1]));
    assert.equal(prospects.size, 2);
    assert.ok(drafts.some((d) => d.args.includes('--lang') && d.args.includes('en')));
    assert.ok(drafts.some((d) => !d.args.includes('--lang')));
  });

  for (const d of drafts) {
    it(`prints what EXPECTED.md shows for: ideal-client ${d.args.join(' ')} (line ${d.line})`, () => {
      const r = cli(d.args);
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      assert.equal(r.out, `${d.text}\n`);
    });
  }

  it('the reader of the drafts throws on a heading without its letter, and on a section without drafts', () => {
    assert.throws(() => parseExpectedDrafts('## Replies drafted for two prospects\n\n### `ideal-client reply a.prospect.yaml`\n\nno block\n', 'X.md'),
      { message: 'X.md:3: the heading is not followed by a ```text block' });
    assert.throws(() => parseExpectedDrafts('## Replies drafted for two prospects\n\nnothing\n', 'X.md'), /has no drafts/);
    assert.deepEqual(parseExpectedDrafts('## Replies drafted for two prospects\n### `ideal-client reply a.prospect.yaml --to "Anna Schmidt"`\n```text\nHi\n\nBye\n```\n'),
      [{ args: ['reply', 'a.prospect.yaml', '--to', 'Anna Schmidt'], text: 'Hi\n\nBye', line: 2 }]);
  });

  it('--to picks a suggested colleague; with --kind decline the letter names none', () => {
    const r = cli(['reply', ACME, '--to', 'Anna Schmidt']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Anna Schmidt/);
    const decline = cli(['reply', ACME, '--kind', 'decline']);
    assert.equal(decline.code, 0, decline.err);
    assert.doesNotMatch(decline.out, /Anna|Schmidt|anna@/);
  });

  it('usage errors (exit 2), one clear line each: a fit, a kind that does not apply, a colleague not suggested, a wrong kind', () => {
    const cases: [string[], string][] = [
      [['reply', 'prospects/2026-11-24-baumann.prospect.md'], 'ideal-client: Baumann Naturkosmetik fits: there is no decline, referral or open question to write.\n'],
      [['reply', 'prospects/2026-12-01-lindner.prospect.md', '--kind', 'refer'], 'ideal-client: No colleague is suggested for Lindner & Söhne, so there is no referral to draft. Replies that apply: ask.\n'],
      [['reply', 'prospects/2026-12-01-lindner.prospect.md', '--kind', 'decline'], 'ideal-client: A decline reply does not apply to Lindner & Söhne. Replies that apply: ask.\n'],
      [['reply', ACME, '--to', 'Jonas Weber'], 'ideal-client: "Jonas Weber" is not a colleague suggested for ACME GmbH. Suggested: Anna Schmidt.\n'],
      [['reply', ACME, '--kind', 'decline', '--to', 'Anna Schmidt'], 'ideal-client: A colleague is named only in a referral (refer), not in a decline reply.\n'],
      [['reply', 'prospects/2026-12-01-lindner.prospect.md', '--to', 'Anna Schmidt'], 'ideal-client: No colleague is suggested for Lindner & Söhne.\n'],
    ];
    for (const [args, err] of cases) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err, err);
    }
    const wrongKind = cli(['reply', ACME, '--kind', 'thanks']);
    assert.equal(wrongKind.code, 2);
    assert.match(wrongKind.err, /^ideal-client: --kind must be one of decline, refer, ask, not "thanks"\n/);
    assert.equal(cli(['reply']).code, 2);
    assert.equal(cli(['reply', ACME, ACME]).code, 2);
    assert.equal(cli(['reply', ACME, '--format', 'json']).code, 2);
  });

  it('German usage errors with --lang de', () => {
    const r = cli(['reply', 'prospects/2026-12-01-lindner.prospect.md', '--kind', 'refer', '--lang', 'de']);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'ideal-client: Für Lindner & Söhne wird kein Kontakt vorgeschlagen, also gibt es keine Empfehlung zu entwerfen. Möglich sind: ask.\n');
  });

  it('no letter for a current client or a past prospect, even when it no longer fits (the letters answer a first call)', () => {
    // Falkenberg: a client who no longer fits, with a colleague suggested; Hansen: ended, no fit.
    const client = cli(['reply', 'prospects/2026-10-05-falkenberg.prospect.yaml']);
    assert.deepEqual([client.code, client.out], [2, '']);
    assert.equal(client.err, 'ideal-client: Falkenberg Verlag is a current client: a reply here answers a first call (a decline, a referral or open questions).\n');
    const past = cli(['reply', 'prospects/archive/2026-02-10-hansen.prospect.yaml', '--kind', 'decline', '--lang', 'de']);
    assert.deepEqual([past.code, past.out], [2, '']);
    assert.equal(past.err, 'ideal-client: Hansen Logistik ist kein offener Interessent mehr (beendet): Eine Antwort hier beantwortet ein Erstgespräch (eine Absage, eine Empfehlung oder offene Fragen).\n');
  });

  it('a prospect that cannot be judged: exit 1 with file:line:column', () => {
    const r = cli(['reply', 'prospects/nowhere.prospect.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^prospects\/nowhere\.prospect\.yaml:1:1: error: /);
  });

  it('a prospect judged in spite of errors: the draft, and its errors by line and column (exit 1), as evaluate does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-reply-'));
    try {
      fs.cpSync(SAMPLES, dir, { recursive: true });
      const file = path.join(dir, 'prospects', '2026-12-01-lindner.prospect.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\nfacts:\n', '\nfacts:\n  advise: wants-to-be-right\n'));
      const r = cli(['reply', 'prospects/2026-12-01-lindner.prospect.md'], dir);
      assert.equal(r.code, 1);
      assert.match(r.out, /^Guten Tag Tobias Lindner,\n/);
      assert.match(r.err, /^prospects\/2026-12-01-lindner\.prospect\.md:\d+:3: error: The profile does not know the fact "advise"\. Did you mean "advice"\?/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads and judges the prospect once: the draft and the errors come from the same version', () => {
    // Node's own fs module, which the CLI's file system reads through.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require('node:fs') as typeof fs;
    const open = nodeFs.openSync;
    let opened = 0;
    nodeFs.openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
      if (String(p).endsWith('acme.prospect.yaml')) opened++;
      return (open as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync;
    try {
      assert.equal(cli(['reply', ACME, '--kind', 'decline']).code, 0);
    } finally {
      nodeFs.openSync = open;
    }
    assert.equal(opened, 1);
  });

  describe('a template of the profile\'s own with a mistake', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-reply-'));
      fs.cpSync(SAMPLES, dir, { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('an unknown placeholder: refused (exit 1), naming the template\'s line and column, with did you mean', () => {
      const file = path.join(dir, 'wunschkunde.profile.yaml');
      const text = fs.readFileSync(file, 'utf8').replace('passt {colleague} deutlich', 'passt {colleage} deutlich');
      fs.writeFileSync(file, text);
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('{colleage}'));
      const r = cli(['reply', ACME], dir);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.equal(r.err, `wunschkunde.profile.yaml:${line + 1}:${lines[line].indexOf('{colleage}') + 2}: error: The refer template of wunschkunde.profile.yaml has a mistake on line ${line + 1}: "{colleage}" is not a placeholder. Did you mean "colleague"? Placeholders: {prospect}, {contact}, {owner}, {reasons}, {colleague}, {colleagueContact}, {colleagueNote}, {questions}.\n`);
      // The built-in decline is not the template with the mistake: it is drafted.
      assert.equal(cli(['reply', ACME, '--kind', 'decline'], dir).code, 0);
    });

    it('an unclosed "{": refused, never a broken letter', () => {
      const file = path.join(dir, 'wunschkunde.profile.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Guten Tag {contact},\n\n    herzlichen', 'Guten Tag {contact,\n\n    herzlichen'));
      const r = cli(['reply', ACME], dir);
      assert.equal(r.code, 1);
      assert.match(r.err, /: error: The refer template of wunschkunde\.profile\.yaml has a mistake on line \d+: This "\{" is not closed/);
    });
  });
});
