// What the CLI is given to read: `check` never passes a file it could not read, walks without a
// silent limit, and `evaluate` takes folders and a list of paths from a file or standard input.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';

const PROFILE = 'profile: P\nfacts:\n  style:\n    type: choice\n    options: [calm, hectic]\ncriteria:\n  - id: s\n    fact: style\n    is: calm\n';
const PROSPECT = (style: string): string => `prospect: X\nprofile: ideal.profile.yaml\nfacts:\n  style: ${style}\n`;

function cli(args: string[], cwd: string, stdin?: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env: {}, readStdin: () => stdin ?? '' });
  return { code, out, err };
}

describe('CLI inputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-inputs-'));
    fs.writeFileSync(path.join(dir, 'ideal.profile.yaml'), PROFILE);
    fs.writeFileSync(path.join(dir, 'good.prospect.yaml'), PROSPECT('calm'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('check names what it could not read', () => {
    const cases: [string, (p: string) => void, RegExp][] = [
      ['a FIFO', (p) => execFileSync('mkfifo', [p]), /is a FIFO, not a file/],
      ['a dangling link', (p) => fs.symlinkSync(path.join(path.dirname(p), 'gone.prospect.yaml'), p), /dangling link/],
      ['a link loop', (p) => { fs.symlinkSync(p + '.b', p); fs.symlinkSync(p, p + '.b'); }, /link loop/],
      // Refused by the read rule before anything else: its real path is outside the folder.
      ['a link to /dev/zero', (p) => fs.symlinkSync('/dev/zero', p), /is a device, not a file|a link that points outside the workspace folder .*; it is not read/],
    ];
    for (const [what, make, reason] of cases) {
      it(`${what}: an error line naming the file and the reason, exit 1`, () => {
        make(path.join(dir, 'bad.prospect.yaml'));
        for (const args of [['check'], ['check', 'bad.prospect.yaml']]) {
          const r = cli(args, dir);
          assert.equal(r.code, 1, `${args.join(' ')}: ${r.out}${r.err}`);
          const line = (r.out + r.err).split('\n').find((l) => l.startsWith('bad.prospect.yaml:1:1: error: '));
          assert.ok(line, r.err);
          assert.match(line, reason);
        }
      });
    }
    it('a file it may not read: permission denied', function () {
      // Root reads any file whatever its mode; only another user sees the refusal.
      if (process.getuid?.() === 0) this.skip();
      const p = path.join(dir, 'bad.prospect.yaml');
      fs.writeFileSync(p, PROSPECT('calm'));
      fs.chmodSync(p, 0);
      const r = cli(['check'], dir);
      assert.equal(r.code, 1);
      assert.match(r.err, /bad\.prospect\.yaml:1:1: error: permission denied/);
    });
    it('evaluate says the same reasons', () => {
      const p = path.join(dir, 'bad.prospect.yaml');
      fs.symlinkSync(p + '.b', p);
      fs.symlinkSync(p, p + '.b');
      const r = cli(['evaluate', 'bad.prospect.yaml'], dir);
      assert.equal(r.code, 1);
      assert.match(r.err, /bad\.prospect\.yaml:1:1: error: link loop/);
    });
  });

  it('walks past 100,000 files (it stopped there, silently)', () => {
    const files: Record<string, string> = {};
    for (let d = 0; d < 3; d++) for (let f = 0; f < 50_000; f++) files[`/w/d${d}/p${f}.prospect.yaml`] = '';
    const s = new LanguageService({ fs: memoryFs(files), workspaceFolders: ['/w'] });
    assert.equal(s.findFiles(['/w']).prospects.length, 150_000);
  });

  describe('evaluate takes folders and lists of paths', () => {
    beforeEach(() => {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'hectic.prospect.yaml'), PROSPECT('hectic').replace('ideal.profile', '../ideal.profile'));
    });
    it('a folder: every prospect under it', () => {
      const r = cli(['evaluate', '.', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.err);
      const verdicts = JSON.parse(r.out) as { verdict: string }[];
      assert.deepEqual(verdicts.map((v) => v.verdict), ['fit', 'no-fit']);
    });
    it('--files-from FILE: one path per line', () => {
      fs.writeFileSync(path.join(dir, 'list.txt'), 'sub/hectic.prospect.yaml\r\n\ngood.prospect.yaml\n');
      const r = cli(['evaluate', '--files-from', 'list.txt', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual((JSON.parse(r.out) as { verdict: string }[]).map((v) => v.verdict), ['no-fit', 'fit']);
    });
    it('--files-from -: the paths from standard input', () => {
      const r = cli(['evaluate', '--files-from', '-', '--format', 'json'], dir, 'good.prospect.yaml\nsub/hectic.prospect.yaml\n');
      assert.equal(r.code, 0, r.err);
      assert.deepEqual((JSON.parse(r.out) as { verdict: string }[]).map((v) => v.verdict), ['fit', 'no-fit']);
    });
    it('--files-from a file that is not there: a usage error', () => {
      const r = cli(['evaluate', '--files-from', 'nope.txt'], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /--files-from nope\.txt/);
    });
  });
});
