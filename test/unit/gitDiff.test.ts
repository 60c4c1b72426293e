// `ideal-client diff` against real git repositories made for each test: the verdicts that a
// profile edit, a rename, a new or deleted prospect changes; the revision's files that cannot be
// read; the revisions that are refused before git runs; and a repository's fsmonitor command and
// hooks, which must never run.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCliAsync } from '../../server/src/cli/run';
import { git, profileText, prospectText, TempRepo } from '../helpers/gitRepo';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCliAsync(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env: {} });
  return { code, out, err };
}

/** A repository with a profile and three prospects, committed once. */
function sampleRepo(): TempRepo {
  const repo = new TempRepo();
  repo.write('ideal.profile.yaml', profileText(3));
  repo.write('prospects/acme.prospect.yaml', prospectText('ACME GmbH', 'detail-planner', '8000 EUR'));
  repo.write('prospects/kranich.prospect.yaml', prospectText('Kranich Reisen GmbH', 'structured', '4000 EUR'));
  repo.write('prospects/good.prospect.yaml', prospectText('Good AG', 'intuitive', '9000 EUR'));
  repo.commit('first');
  return repo;
}

describe('ideal-client diff (against real git repositories)', function () {
  this.timeout(30000);
  const repos: TempRepo[] = [];
  const make = (): TempRepo => {
    const r = sampleRepo();
    repos.push(r);
    return r;
  };
  after(() => repos.forEach((r) => r.cleanup()));

  it('lists every verdict a profile edit changes, sorted by path; exit 1 only with --exit-code', async () => {
    const repo = make();
    assert.deepEqual(await cli(['diff'], repo.dir), { code: 0, out: 'No verdict changed against HEAD.\n', err: '' });
    repo.write('ideal.profile.yaml', profileText(5));
    const r = await cli(['diff'], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, [
      'ACME GmbH (prospects/acme.prospect.yaml): no fit · 40% match → no fit · 29% match',
      'Kranich Reisen GmbH (prospects/kranich.prospect.yaml): borderline · 60% match → fit · 71% match',
      '2 verdicts changed against HEAD.',
      '',
    ].join('\n'));
    assert.equal((await cli(['diff', '--exit-code'], repo.dir)).code, 1);
    // Only the paths asked for.
    const one = await cli(['diff', 'HEAD', 'prospects/kranich.prospect.yaml', '--format', 'json'], repo.dir);
    assert.deepEqual(JSON.parse(one.out), [{
      path: 'prospects/kranich.prospect.yaml', prospect: 'Kranich Reisen GmbH',
      before: { verdict: 'borderline', score: 60, known: 100 }, after: { verdict: 'fit', score: 71, known: 100 },
    }]);
    // A folder as the first word is a path, compared with HEAD.
    const folder = await cli(['diff', 'prospects', '--format', 'json'], repo.dir);
    assert.equal(JSON.parse(folder.out).length, 2);
  });

  it('runs as the built program: the same lines, exit 1 with --exit-code', () => {
    const repo = make();
    repo.write('ideal.profile.yaml', profileText(5));
    const root = path.resolve(__dirname, '../..');
    if (!fs.existsSync(path.join(root, 'dist/cli.js'))) spawnSync('node', ['esbuild.mjs'], { cwd: root });
    const r = spawnSync('node', [path.join(root, 'dist/cli.js'), 'diff', '--exit-code'], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^Kranich Reisen GmbH \(prospects\/kranich\.prospect\.yaml\): borderline · 60% match → fit · 71% match$/m);
    assert.equal(r.stderr, '');
  });

  it('on two threads (IDEAL_CLIENT_WORKERS=2) lists exactly what one thread lists', () => {
    const repo = make();
    for (let i = 0; i < 40; i++) repo.write(`prospects/many/p${i}.prospect.yaml`, prospectText(`P${i}`, ['intuitive', 'structured', 'detail-planner'][i % 3], `${1000 * (i % 9)} EUR`, '../../ideal.profile.yaml'));
    repo.commit('many');
    repo.write('ideal.profile.yaml', `${profileText(5)}lessons:\n  - prospect: prospects/kranich.prospect.yaml\n    expect: borderline\n`);
    const root = path.resolve(__dirname, '../..');
    if (!fs.existsSync(path.join(root, 'dist/cli.js'))) spawnSync('node', ['esbuild.mjs'], { cwd: root });
    const run = (workers: string) => spawnSync('node', [path.join(root, 'dist/cli.js'), 'diff', '--format', 'json'], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', IDEAL_CLIENT_WORKERS: workers } });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.ok((JSON.parse(one.stdout) as unknown[]).length > 20);
    assert.equal(two.stdout, one.stdout);
  });

  it('compares with an older commit, and the Markdown table names the criteria whose outcome changed', async () => {
    const repo = make();
    const first = git(repo.dir, 'rev-parse', 'HEAD').trim();
    // Now: Kranich raised its budget (the criterion "budget" turns from unmet to met).
    repo.write('prospects/kranich.prospect.yaml', prospectText('Kranich Reisen GmbH', 'structured', '6000 EUR'));
    repo.commit('kranich budget');
    const r = await cli(['diff', first.slice(0, 12), '--format', 'markdown'], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^### Ideal Client: verdicts changed against [0-9a-f]{12}$/m);
    assert.match(r.out, /^\| Kranich Reisen GmbH \| prospects\/kranich\.prospect\.yaml \| borderline · 60% match \| fit · 100% match \| budget: unmet → met \|$/m);
    assert.equal((await cli(['diff'], repo.dir)).out, 'No verdict changed against HEAD.\n');
  });

  it('follows a renamed profile through each side\'s profile: key; a new prospect is new, a deleted one gone', async () => {
    const repo = make();
    repo.write('prospects/acme.prospect.yaml', prospectText('ACME GmbH', 'detail-planner', '8000 EUR', '../ideal.profile.yaml'));
    repo.commit('acme names its profile');
    // Renamed (same text) and the key changed with it: no verdict changes.
    git(repo.dir, 'mv', 'ideal.profile.yaml', 'renamed.profile.yaml');
    repo.write('prospects/acme.prospect.yaml', prospectText('ACME GmbH', 'detail-planner', '8000 EUR', '../renamed.profile.yaml'));
    assert.equal((await cli(['diff'], repo.dir)).out, 'No verdict changed against HEAD.\n');
    // Renamed with an edit: the change shows, judged by the old name before and the new one now.
    repo.write('renamed.profile.yaml', profileText(5));
    repo.remove('prospects/good.prospect.yaml');
    repo.write('prospects/new.prospect.yaml', prospectText('Neu GmbH', 'intuitive', '100 EUR'));
    const r = await cli(['diff', '--format', 'json', '--exit-code'], repo.dir);
    assert.equal(r.code, 1, r.err);
    const byPath = Object.fromEntries((JSON.parse(r.out) as { path: string; before: unknown; after: unknown }[]).map((c) => [c.path, c]));
    assert.deepEqual(Object.keys(byPath), ['prospects/acme.prospect.yaml', 'prospects/good.prospect.yaml', 'prospects/kranich.prospect.yaml', 'prospects/new.prospect.yaml']);
    assert.deepEqual(byPath['prospects/good.prospect.yaml'].after, null);
    assert.deepEqual(byPath['prospects/new.prospect.yaml'].before, null);
    assert.deepEqual(byPath['prospects/new.prospect.yaml'].after, { verdict: 'fit', score: 71, known: 100 });
    const text = await cli(['diff'], repo.dir);
    assert.match(text.out, /^Good AG \(prospects\/good\.prospect\.yaml\): fit · 100% match → \(gone\)$/m);
    assert.match(text.out, /^Neu GmbH \(prospects\/new\.prospect\.yaml\): \(new\) → fit · 71% match$/m);
  });

  it('lists the lessons whose verdict a profile edit changes', async () => {
    const repo = make();
    repo.write('ideal.profile.yaml', `${profileText(3)}lessons:\n  - prospect: prospects/kranich.prospect.yaml\n    expect: borderline\n`);
    repo.commit('a lesson');
    repo.write('ideal.profile.yaml', `${profileText(5)}lessons:\n  - prospect: prospects/kranich.prospect.yaml\n    expect: borderline\n`);
    const r = await cli(['diff', '--format', 'json'], repo.dir);
    const lesson = (JSON.parse(r.out) as { lessonOf?: string; path: string; after: { verdict: string } }[]).find((c) => c.lessonOf);
    assert.deepEqual(lesson && { lessonOf: lesson.lessonOf, path: lesson.path, after: lesson.after.verdict }, { lessonOf: 'ideal.profile.yaml', path: 'prospects/kranich.prospect.yaml', after: 'fit' });
  });

  it('says which prospects could not be evaluated at REV: a profile with a syntax error, a binary file, a file too large', async () => {
    const repo = make();
    repo.write('ideal.profile.yaml', 'profile: Broken\ncriteria: [\n');
    repo.write('prospects/binary.prospect.yaml', Buffer.from('prospect: Bin\u0000\n', 'utf8'));
    repo.write('prospects/huge.prospect.yaml', `prospect: Huge\nnotes: ${'x'.repeat(2 * 1024 * 1024 + 10)}\n`);
    repo.commit('broken');
    repo.write('ideal.profile.yaml', profileText(3));
    repo.write('prospects/binary.prospect.yaml', prospectText('Bin', 'intuitive', '9000 EUR'));
    repo.write('prospects/huge.prospect.yaml', prospectText('Huge', 'intuitive', '9000 EUR'));
    const r = await cli(['diff'], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^ACME GmbH \(prospects\/acme\.prospect\.yaml\): could not be evaluated at HEAD \(.*ideal\.profile\.yaml.*\) → no fit · 40% match$/m);
    assert.match(r.out, /^Bin \(prospects\/binary\.prospect\.yaml\): could not be evaluated at HEAD \(the file is binary there\) → fit · 100% match$/m);
    assert.match(r.out, /^Huge \(prospects\/huge\.prospect\.yaml\): could not be evaluated at HEAD \(the file is larger than 2097152 bytes there \(idealClient\.maxFileSize\)\) → fit · 100% match$/m);
  });

  it('escapes what files say in the Markdown table: no cell break, HTML or link from a prospect name', async () => {
    const repo = make();
    repo.write('prospects/evil.prospect.yaml', prospectText('"A|B <img src=x onerror=alert(1)> [x](http://e.invalid) **b**"', 'intuitive', '9000 EUR'));
    const r = await cli(['diff', '--format', 'markdown'], repo.dir);
    const row = r.out.split('\n').find((l) => l.includes('evil'))!;
    assert.equal(row, '| A\\|B \\<img src=x onerror=alert(1)\\> \\[x\\](http://e.invalid) \\*\\*b\\*\\* | prospects/evil.prospect.yaml | (new) | fit · 100% match |  |');
  });

  describe('bad input: exit 2 with one clear line', () => {
    it('a folder that is not in a git work tree', async () => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-nogit-')));
      try {
        const r = await cli(['diff'], dir);
        assert.deepEqual(r, { code: 2, out: '', err: `ideal-client: ${dir} is not inside a git work tree.\n` });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('options diff does not take, a format it does not write, a path outside the folder', async () => {
      const repo = make();
      let r = await cli(['diff', '--format', 'junit'], repo.dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /^ideal-client: --format must be one of text, markdown, json, not "junit"$/m);
      r = await cli(['diff', '--profile', 'ideal.profile.yaml'], repo.dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /^ideal-client: diff does not take --profile$/m);
      r = await cli(['evaluate', 'prospects/acme.prospect.yaml', '--exit-code'], repo.dir);
      assert.match(r.err, /^ideal-client: evaluate does not take --exit-code$/m);
      r = await cli(['diff', 'HEAD', os.tmpdir()], repo.dir);
      assert.deepEqual(r, { code: 2, out: '', err: `ideal-client: ${os.tmpdir()} is outside the folder ${repo.dir}\n` });
    });

    it('an unknown revision', async () => {
      const r = await cli(['diff', 'no-such-branch'], make().dir);
      assert.deepEqual(r, { code: 2, out: '', err: 'ideal-client: "no-such-branch" is not a commit of this repository.\n' });
    });

    it('a shallow clone that lacks the revision', async () => {
      const repo = make();
      repo.write('ideal.profile.yaml', profileText(5));
      repo.commit('second');
      const clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-shallow-')));
      try {
        git(clone, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, 'c');
        const r = await cli(['diff', 'HEAD~1'], path.join(clone, 'c'));
        assert.equal(r.code, 2);
        assert.equal(r.err, 'ideal-client: The revision "HEAD~1" is not in this shallow clone; fetch more history (git fetch --unshallow) and try again.\n');
        assert.equal((await cli(['diff'], path.join(clone, 'c'))).code, 0);
      } finally {
        fs.rmSync(clone, { recursive: true, force: true });
      }
    });

    it('a revision that looks like an option, or like a shell command: refused, nothing run', async () => {
      const repo = make();
      // Refused before git runs: nothing is written, not even by git's own --output.
      let r = await cli(['diff', '--', '--output=x.txt'], repo.dir);
      assert.equal(r.code, 2);
      assert.equal(r.err, 'ideal-client: "--output=x.txt" is not accepted as a revision: a revision may not start with "-" or hold control characters.\n');
      r = await cli(['diff', '--output=x.txt'], repo.dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /unknown option --output=x\.txt/);
      assert.equal(fs.existsSync(path.join(repo.dir, 'x.txt')), false);
      const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-home-')));
      fs.writeFileSync(path.join(home, 'keep'), 'x');
      try {
        r = await cli(['diff', `HEAD; rm -rf ${home}`], repo.dir);
        assert.equal(r.code, 2);
        assert.equal(r.err, `ideal-client: "HEAD; rm -rf ${home}" is not a commit of this repository.\n`);
        assert.ok(fs.existsSync(path.join(home, 'keep')), 'no shell ran the command');
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    });

    it('a repository whose fsmonitor and hooks would write a marker: they never run', async () => {
      const repo = make();
      const marker = path.join(repo.dir, 'MARKER');
      const script = `#!/bin/sh\necho ran >> "${marker}"\n`;
      const hooks = path.join(repo.dir, '.git', 'hooks');
      for (const hook of ['post-checkout', 'reference-transaction', 'post-index-change', 'pre-commit']) {
        fs.writeFileSync(path.join(hooks, hook), script, { mode: 0o755 });
      }
      fs.writeFileSync(path.join(repo.dir, 'fsmonitor.sh'), script, { mode: 0o755 });
      git(repo.dir, 'config', 'core.fsmonitor', path.join(repo.dir, 'fsmonitor.sh'));
      repo.write('ideal.profile.yaml', profileText(5));
      const r = await cli(['diff', '--exit-code'], repo.dir);
      assert.equal(r.code, 1, r.err);
      assert.equal(fs.existsSync(marker), false, 'no hook and no fsmonitor command ran');
      // The hooks are real: git itself runs them for a commit.
      git(repo.dir, '-c', 'core.fsmonitor=false', 'commit', '-qam', 'x');
      assert.equal(fs.existsSync(marker), true, 'the test\'s hooks work');
    });
  });
});
