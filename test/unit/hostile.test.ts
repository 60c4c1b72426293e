// Hostile documents (issue 6): each gets a clear diagnostic within a second and bounded memory,
// through the language service as the editor sees it and through the CLI as one line.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { runCli } from '../../server/src/cli/run';
import { memoryFs } from './helpers/memoryFs';

const SAMPLES = path.resolve(__dirname, '../../samples');
const PROFILE = fs.readFileSync(path.join(SAMPLES, 'wunschkunde.profile.yaml'), 'utf8');
const ACME = fs.readFileSync(path.join(SAMPLES, 'prospects/2026-11-20-acme.prospect.yaml'), 'utf8').replace('profile: ../wunschkunde.profile.yaml\n', '');

const bomb = (): string => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  return 'prospect: Bomb\n' + lines.join('\n') + '\n';
};

interface Case { name: string; file: string; text: string; expect: RegExp; evaluates?: boolean }

const CASES: Case[] = [
  { name: 'an alias bomb ("billion laughs")', file: 'bomb.prospect.yaml', text: bomb(), expect: /alias/ },
  { name: 'a 10 MB file', file: 'huge.prospect.yaml', text: 'prospect: Huge\nnotes: |\n' + '  lorem ipsum dolor sit amet\n'.repeat(400_000), expect: /larger than the limit of 2\.0 MB \(setting idealClient\.maxFileSize\)/ },
  { name: 'nesting 10,000 levels deep', file: 'deep.prospect.yaml', text: 'prospect: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', expect: /nested more than 200 levels deep/ },
  { name: 'binary content', file: 'bin.prospect.yaml', text: 'prospect: X\n\u0000\u0001\u0002\u00ff\u00fe', expect: /binary data/ },
  { name: 'tabs for indentation', file: 'tabs.prospect.yaml', text: 'prospect: T\nfacts:\n\tbudget: 1\n', expect: /Tabs are not allowed/ },
  { name: 'several YAML documents', file: 'multi.prospect.yaml', text: 'prospect: A\n---\nprospect: B\n', expect: /more than one YAML document/ },
  { name: 'duplicate keys', file: 'dup.prospect.yaml', text: 'prospect: A\nprospect: B\n', expect: /Duplicate key/ },
  { name: 'non-string keys', file: 'keys.prospect.yaml', text: 'prospect: K\nfacts:\n  [a, b]: 1\n  {x: 1}: 2\n', expect: /fact|propert|key/i },
  { name: 'a Markdown prospect with unterminated front matter', file: 'open.prospect.md', text: '---\nprospect: Open\nfacts:\n  budget: 1\n# notes without a closing line\n', expect: /never closed/ },
  { name: 'invalid UTF-8 (as the decoder leaves it)', file: 'utf.prospect.yaml', text: Buffer.from([0x70, 0x72, 0x6f, 0x73, 0x70, 0x65, 0x63, 0x74, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0x0a]).toString('utf8') + 'facts:\n  budget: 1\n', expect: /./, evaluates: true },
];

describe('hostile documents', function () {
  this.timeout(20_000);

  for (const c of CASES) {
    it(`${c.name}: a clear diagnostic within a second`, () => {
      const files = memoryFs({ '/w/p.profile.yaml': PROFILE, [`/w/${c.file}`]: c.text });
      const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
      const uri = service.uriOf(`/w/${c.file}`);
      service.openDocument(uri, 1, c.text);
      const heapBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const problems = service.problems(uri, DEFAULT_SETTINGS);
      service.evaluate(uri);
      service.complete(uri, { line: 1, character: 2 });
      service.hover(uri, { line: 0, character: 2 });
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 200 * 1024 * 1024, 'bounded memory');
      if (!c.evaluates) assert.ok(problems.some((p) => c.expect.test(p.message)), problems.map((p) => p.message).join(' | '));
      for (const p of problems) assert.doesNotMatch(p.message, /must match|\[object|undefined/);
    });
  }

  it('__proto__ and constructor keys pollute nothing and are reported as unknown', () => {
    const text = 'prospect: P\n__proto__:\n  polluted: yes\nconstructor: 1\nfacts:\n  __proto__: intuitive\n';
    const files = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/proto.prospect.yaml': text });
    const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/proto.prospect.yaml');
    const problems = service.problems(uri);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(problems.some((p) => /__proto__/.test(p.message)), problems.map((p) => p.message).join(' | '));
    assert.ok(service.evaluate(uri).ok);
  });

  it('a BOM and CRLF line ends change nothing: same verdict, no problems', () => {
    const crlf = '\ufeff' + ACME.replace(/\n/g, '\r\n');
    const files = memoryFs({ '/w/p.profile.yaml': PROFILE.replace(/\n/g, '\r\n'), '/w/a.prospect.yaml': crlf });
    const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/a.prospect.yaml');
    service.openDocument(uri, 1, crlf);
    const ev = service.evaluate(uri);
    assert.ok(ev.ok, !ev.ok ? ev.message : '');
    assert.equal(ev.ok && ev.verdict.score, 29);
    assert.deepEqual(service.problems(uri).filter((p) => p.severity === 'error'), []);
  });

  describe('through the CLI: one line with file:line:column, exit 1, no stack trace', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-hostile-'));
      fs.writeFileSync(path.join(dir, 'p.profile.yaml'), PROFILE);
      for (const c of CASES) if (!c.evaluates) fs.writeFileSync(path.join(dir, c.file), c.text);
      fs.writeFileSync(path.join(dir, 'utf.prospect.yaml'), Buffer.from('prospect: \xc3\x28\xff\nfacts: [\n', 'latin1'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const c of [...CASES.filter((x) => !x.evaluates), { name: 'invalid UTF-8 bytes', file: 'utf.prospect.yaml', text: '', expect: /./ }]) {
      it(c.name, () => {
        let err = '';
        const t0 = performance.now();
        const code = runCli(['evaluate', c.file], { out: () => undefined, err: (t) => { err += t + '\n'; }, cwd: dir });
        assert.ok(performance.now() - t0 < 2000);
        assert.equal(code, 1);
        const lines = err.trim().split('\n');
        assert.equal(lines.length, 1, err);
        assert.match(lines[0], new RegExp(`^${c.file.replace(/\./g, '\\.')}:\\d+:\\d+: error: `));
        assert.doesNotMatch(err, /\n\s+at /);
      });
    }
  });
});
