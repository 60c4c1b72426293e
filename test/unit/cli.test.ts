// The command line over the samples: verdicts, formats, check lines and exit codes. It runs the
// CLI in-process (runCli) with a captured output, and once as the built bundle.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');

function cli(args: string[], cwd = SAMPLES): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd });
  return { code, out, err };
}

describe('CLI', () => {
  it('evaluates the ACME prospect as DESIGN §4 says (json)', () => {
    const r = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const v = JSON.parse(r.out);
    assert.equal(v.verdict, 'no-fit');
    assert.equal(v.score, 29);
    assert.equal(v.known, 88);
    assert.deepEqual(v.dealbreakers, ['takes-advice']);
    assert.equal(v.referrals[0].name, 'Anna Schmidt');
  });

  it('gives an array for several prospects, and every verdict in EXPECTED.md', () => {
    const table = fs.readFileSync(path.join(SAMPLES, 'EXPECTED.md'), 'utf8');
    const rows = [...table.matchAll(/^\|\s*`?([^|`]+\.prospect\.(?:ya?ml|md))`?\s*\|\s*([a-z-]+)\s*\|\s*([0-9]+|null|–|-)\s*\|\s*([0-9]+)\s*\|/gm)];
    assert.ok(rows.length >= 6, `EXPECTED.md lists the sample prospects (${rows.length} found)`);
    const files = rows.map((m) => m[1].trim());
    const r = cli(['evaluate', ...files, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const verdicts = JSON.parse(r.out) as { verdict: string; score: number | null; known: number }[];
    assert.equal(verdicts.length, files.length);
    rows.forEach((m, i) => {
      assert.equal(verdicts[i].verdict, m[2], `${files[i]}: verdict`);
      const score = /^\d+$/.test(m[3]) ? Number(m[3]) : null;
      assert.equal(verdicts[i].score, score, `${files[i]}: score`);
      assert.equal(verdicts[i].known, Number(m[4]), `${files[i]}: known`);
    });
    assert.deepEqual(new Set(verdicts.map((v) => v.verdict)), new Set(['fit', 'borderline', 'no-fit', 'undetermined']));
  });

  it('prints a readable text verdict with the questions and the referral', () => {
    const r = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml']);
    assert.match(r.out, /ACME GmbH .*no fit · score 29% · known 88%/);
    assert.match(r.out, /ask next:/);
    assert.match(r.out, /Anna Schmidt <anna@example\.org>/);
  });

  it('writes markdown and junit reports', () => {
    const md = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'markdown']);
    assert.match(md.out, /^# Ideal Client/m);
    assert.match(md.out, /\| \[ACME GmbH\]/);
    const junit = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'junit']);
    assert.match(junit.out, /<testsuite name="ideal-client" tests="1" failures="1"/);
  });

  it('lists the questions still to ask', () => {
    const r = cli(['questions', 'prospects/2026-11-20-acme.prospect.yaml']);
    assert.equal(r.code, 0);
    assert.match(r.out, /goalAgreed/);
  });

  it('check passes on the valid samples and fails with file:line:column lines on the broken ones', () => {
    const ok = cli(['check', '.', '--root', '.'], SAMPLES);
    const bad = ok.err.split('\n').filter((l) => l && !l.startsWith('errors/'));
    assert.deepEqual(bad, [], 'only files under errors/ have errors');
    const broken = cli(['check', 'errors/broken.profile.yaml']);
    assert.equal(broken.code, 1);
    for (const line of broken.err.trim().split('\n')) assert.match(line, /^errors\/broken\.profile\.yaml:\d+:\d+: error: \S/);
  });

  describe('bad input: one line naming the file, non-zero exit, no stack trace', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cli-'));
      fs.writeFileSync(path.join(dir, 'p.profile.yaml'), 'profile: P\nfacts:\n  a: { type: yesno }\ncriteria:\n  - { id: a, fact: a, is: true }\n');
      fs.writeFileSync(path.join(dir, 'broken.prospect.yaml'), 'prospect: [unclosed\n');
      fs.writeFileSync(path.join(dir, 'bomb.prospect.yaml'), 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n');
      fs.writeFileSync(path.join(dir, 'outside.prospect.yaml'), 'prospect: O\nprofile: ../../etc/passwd.profile.yaml\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cases: [string, string[], RegExp][] = [
      ['broken YAML', ['evaluate', 'broken.prospect.yaml'], /^broken\.prospect\.yaml:\d+:\d+: error: /],
      ['a missing file', ['evaluate', 'nope.prospect.yaml'], /^nope\.prospect\.yaml:1:1: error: no such file/],
      ['an alias bomb', ['evaluate', 'bomb.prospect.yaml'], /^bomb\.prospect\.yaml:\d+:\d+: error: .*alias/],
      ['a profile outside the root', ['evaluate', 'outside.prospect.yaml'], /^outside\.prospect\.yaml:1:1: error: .*leaves the workspace folder/],
      ['an unknown profile', ['evaluate', 'broken.prospect.yaml', '--profile', 'none.profile.yaml'], /^broken\.prospect\.yaml:\d+:\d+: error: /],
    ];
    for (const [name, args, re] of cases) {
      it(name, () => {
        const r = cli(args, dir);
        assert.equal(r.code, 1);
        const lines = r.err.trim().split('\n');
        assert.equal(lines.length, 1, r.err);
        assert.match(lines[0], re);
        assert.doesNotMatch(r.err, /\n\s+at /);
      });
    }
    it('usage errors exit 2', () => {
      assert.equal(cli(['frobnicate']).code, 2);
      assert.equal(cli(['evaluate']).code, 2);
      assert.equal(cli(['evaluate', 'x', '--format', 'pdf']).code, 2);
    });
  });

  it('runs as the built bundle', function () {
    this.timeout(60000);
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) spawnSync('node', ['esbuild.mjs'], { cwd: ROOT });
    const r = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json'], { cwd: SAMPLES, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).verdict, 'no-fit');
  });
});
