// `ideal-client evaluate` over many prospects runs in worker threads (server/src/cli/parallel.ts).
// What the user gets must not change: the same bytes on stdout, the same error lines on stderr in
// the same order, the same exit code as one thread gives — checked on the built bundle, over a
// workspace of a few hundred prospects made from the samples, with broken and missing files among them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from '../../server/src/cli/args';
import { PARALLEL_MIN, workersFor } from '../../server/src/cli/parallel';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const CLI = path.join(ROOT, 'dist/cli.js');
/** The prospects directly in samples/prospects/. */
const SAMPLE_COUNT = fs.readdirSync(path.join(SAMPLES, 'prospects')).filter((f) => /\.prospect\.(ya?ml|md)$/.test(f)).length;

function run(dir: string, files: string[], format: string, workers?: number): { code: number | null; out: string; err: string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' };
  if (workers !== undefined) env.IDEAL_CLIENT_WORKERS = String(workers);
  const r = spawnSync(process.execPath, [CLI, 'evaluate', ...files, '--format', format], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI over many prospects: worker threads write what one thread writes', function () {
  this.timeout(120000);
  let dir: string;
  let files: string[];

  before(() => {
    if (!fs.existsSync(CLI)) spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-parallel-'));
    fs.copyFileSync(path.join(SAMPLES, 'wunschkunde.profile.yaml'), path.join(dir, 'wunschkunde.profile.yaml'));
    fs.mkdirSync(path.join(dir, 'prospects'));
    const sources = fs.readdirSync(path.join(SAMPLES, 'prospects')).filter((f) => /\.prospect\.(ya?ml|md)$/.test(f)).sort();
    files = [];
    // The samples × 40 (11 × 40 = 440 prospects), each with its own name: many slices (see sliceSize).
    for (let i = 0; i < 40; i++) {
      for (const src of sources) {
        const text = fs.readFileSync(path.join(SAMPLES, 'prospects', src), 'utf8').replace(/^prospect: (.*)$/m, `prospect: $1 ${i}`);
        const name = `prospects/${String(i).padStart(2, '0')}-${src}`;
        fs.writeFileSync(path.join(dir, name), text);
        files.push(name);
      }
      // Now and then a file that cannot be judged, in the middle of the slices.
      if (i % 13 === 5) {
        fs.writeFileSync(path.join(dir, `prospects/broken-${i}.prospect.yaml`), 'prospect: [unclosed\n');
        files.push(`prospects/broken-${i}.prospect.yaml`, `prospects/missing-${i}.prospect.yaml`);
      }
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json']) {
    it(`${format}: 2 and 3 workers give the bytes of 1`, () => {
      const one = run(dir, files, format, 1);
      assert.equal(one.code, 1, 'some files cannot be judged');
      const errLines = one.err.trim().split('\n');
      assert.equal(errLines.length, 6, one.err);
      assert.match(errLines[0], /^prospects\/broken-5\.prospect\.yaml:\d+:\d+: error: /);
      assert.match(errLines[1], /^prospects\/missing-5\.prospect\.yaml:1:1: error: no such file/);
      if (format === 'json') {
        const verdicts = JSON.parse(one.out) as { prospect: string }[];
        assert.equal(verdicts.length, 40 * SAMPLE_COUNT);
        assert.equal(verdicts.at(-1)!.prospect, 'Lichtblick Optik 39', 'the last sample by name, copy 39');
      } else {
        assert.equal(one.out.match(/^\S.* — /gm)?.length, 40 * SAMPLE_COUNT);
      }
      for (const workers of [2, 3]) {
        const many = run(dir, files, format, workers);
        assert.equal(many.code, one.code);
        assert.equal(many.err, one.err);
        assert.ok(many.out === one.out, `stdout differs with ${workers} workers`);
      }
    });
  }

  for (const workers of [1, 2]) {
    it(`stops quietly when the reader goes away (| head), ${workers} thread(s)`, async () => {
      const child = spawn(process.execPath, [CLI, 'evaluate', ...files, '--format', 'json'], {
        cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', IDEAL_CLIENT_WORKERS: String(workers) }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => { err += d; });
      // Like `head -c`: take the first chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      // 1 if a broken file was judged before the pipe closed, else 0 (where it closes is a race).
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
      assert.doesNotMatch(err, /EPIPE|\n\s+at |internal error/, err);
      for (const line of err.split('\n').filter(Boolean)) assert.match(line, /^prospects\/(broken|missing)-\d+\.prospect\.yaml:\d+:\d+: error: /);
    });
  }

  it('json with no file judged is still a list: []', () => {
    const missing = Array.from({ length: 5 }, (_, i) => `prospects/none-${i}.prospect.yaml`);
    const r = run(dir, missing, 'json', 2);
    assert.equal(r.code, 1);
    assert.equal(r.out, '[]\n');
    assert.equal(r.err.trim().split('\n').length, 5);
  });

  it('uses workers only where they pay', () => {
    const many = Array.from({ length: PARALLEL_MIN }, (_, i) => `p${i}.prospect.yaml`);
    const args = (extra: string[]) => parseArgs(['evaluate', ...extra]);
    assert.equal(workersFor(args(many.slice(0, PARALLEL_MIN - 1)), {}), 1, 'a few files: none');
    assert.equal(workersFor(args([...many, '--format', 'markdown']), {}), 1, 'a table is gathered first');
    assert.equal(workersFor(args([...many, '--format', 'junit']), {}), 1);
    assert.equal(workersFor(parseArgs(['check', ...many]), {}), 1, 'only evaluate');
    assert.equal(workersFor(args(many), { IDEAL_CLIENT_WORKERS: '1' }), 1, 'turned off');
    assert.equal(workersFor(args(['a.prospect.yaml', 'b.prospect.yaml']), { IDEAL_CLIENT_WORKERS: '4' }), 2, 'never more workers than files');
    assert.equal(workersFor(args(many), {}), Math.min(os.availableParallelism(), 8), 'one per core');
  });
});
