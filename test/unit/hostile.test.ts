// Hostile documents (issue 6): each gets a clear diagnostic within a second and bounded memory,
// through the language service as the editor sees it and through the CLI as one line. The exact
// words are pinned, so that a case fails when its diagnostic changes or goes. Invalid UTF-8 is no
// error: the decoder leaves U+FFFD in the text, which is read as any other.
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

/**
 * A hostile document and every problem the language service gives for it, as "line:column:
 * message" (one-based, as the CLI prints them); the CLI prints the first one.
 */
interface Case { name: string; file: string; text: string; problems: string[] }

/** A problem as the CLI places it: one-based line and column, then the message. */
const located = (p: { range: { start: { line: number; character: number } }; message: string }): string => `${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`;
const UNKNOWN_FACT = (name: string) => `The profile does not know the fact "${name}". Known facts: workingStyle, expectedResponseTime, budget, outcomeExpectation, advice, availability, goalAgreed, gutFeeling.`;

const CASES: Case[] = [
  { name: 'an alias bomb ("billion laughs")', file: 'bomb.prospect.yaml', text: bomb(), problems: ['1:1: This file uses too many YAML aliases (an "alias bomb"); it is not read.'] },
  { name: 'a 10 MB file', file: 'huge.prospect.yaml', text: 'prospect: Huge\nnotes: |\n' + '  lorem ipsum dolor sit amet\n'.repeat(400_000),
    problems: ['1:1: This file is 11.1 MB, larger than the limit of 2.0 MB (setting idealClient.maxFileSize); it is not checked.'] },
  { name: 'nesting 10,000 levels deep', file: 'deep.prospect.yaml', text: 'prospect: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
    problems: ['1:211: This YAML is nested more than 200 levels deep; it is not read.'] },
  { name: 'binary content', file: 'bin.prospect.yaml', text: 'prospect: X\n\u0000\u0001\u0002\u00ff\u00fe',
    problems: ['1:1: This file contains binary data (NUL bytes); it is not a YAML profile or prospect.'] },
  // The tab breaks `facts:`: what the schema would then say about it (an empty `facts`, a
  // top-level `budget`) only echoes the tab, and is left out while the syntax error stands.
  { name: 'tabs for indentation', file: 'tabs.prospect.yaml', text: 'prospect: T\nfacts:\n\tbudget: 1\n', problems: [
    '3:1: Tabs are not allowed for indentation in YAML; indent with spaces.',
  ] },
  { name: 'several YAML documents', file: 'multi.prospect.yaml', text: 'prospect: A\n---\nprospect: B\n',
    problems: ['2:1: This file holds more than one YAML document ("---"); a profile or prospect is one document.'] },
  { name: 'duplicate keys', file: 'dup.prospect.yaml', text: 'prospect: A\nprospect: B\n',
    problems: ['2:1: Duplicate key: each key may appear only once in a mapping.'] },
  // A sequence and a mapping as keys: the YAML reader's complaint about the second line; what the
  // checks say about the `facts` it breaks waits until the syntax is fixed.
  { name: 'non-string keys', file: 'keys.prospect.yaml', text: 'prospect: K\nfacts:\n  [a, b]: 1\n  {x: 1}: 2\n', problems: [
    '4:3: This YAML cannot be read here: check the indentation, the quotes and the brackets on this line.',
  ] },
  { name: 'a Markdown prospect with unterminated front matter', file: 'open.prospect.md', text: '---\nprospect: Open\nfacts:\n  budget: 1\n# notes without a closing line\n',
    problems: ['1:1: The front matter that starts here is never closed: add a line "---" after the last key.'] },
];

/** Invalid UTF-8 bytes as a UTF-8 decoder leaves them: "\xc3\x28\xff" becomes U+FFFD ( U+FFFD. */
const INVALID_UTF8 = Buffer.from('prospect: \xc3\x28\xff\nfacts:\n  budget: 1\n', 'latin1');

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
      const evaluation = service.evaluate(uri);
      service.complete(uri, { line: 1, character: 2 });
      service.hover(uri, { line: 0, character: 2 });
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 200 * 1024 * 1024, 'bounded memory');
      assert.deepEqual(problems.map(located), c.problems);
      // A file too large is not wrong, only not checked: a warning; everything else is an error.
      assert.ok(problems.every((p) => p.severity === (p.code === 'too-large' ? 'warning' : 'error')), problems.map((p) => p.severity).join(', '));
      assert.deepEqual(evaluation, { ok: false, message: `${c.file}:${c.problems[0]}` }, 'not evaluated: the first problem says why');
    });
  }

  it('invalid UTF-8 (as the decoder leaves it) is read as text: no diagnostic, U+FFFD in the name, evaluated', () => {
    const text = INVALID_UTF8.toString('utf8');
    assert.equal(text.split('\n')[0], 'prospect: \ufffd(\ufffd');
    const files = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/utf.prospect.yaml': text });
    const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/utf.prospect.yaml');
    service.openDocument(uri, 1, text);
    const t0 = performance.now();
    assert.deepEqual(service.problems(uri, DEFAULT_SETTINGS), []);
    const ev = service.evaluate(uri);
    assert.ok(performance.now() - t0 < 1000);
    assert.deepEqual(ev.ok && [ev.verdict.prospect, ev.verdict.verdict, ev.verdict.score, ev.verdict.known], ['\ufffd(\ufffd', 'undetermined', 0, 20], JSON.stringify(ev));
  });

  it('__proto__ and constructor keys pollute nothing and are reported as unknown', () => {
    const text = 'prospect: P\n__proto__:\n  polluted: yes\nconstructor: 1\nfacts:\n  __proto__: intuitive\n';
    const files = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/proto.prospect.yaml': text });
    const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/proto.prospect.yaml');
    const problems = service.problems(uri);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(problems.map(located), [
      '2:1: Unknown property "__proto__". Allowed here: profile, contact, met, notes, status, decision, engagement, observations, ended.',
      '4:1: Unknown property "constructor". Allowed here: profile, contact, met, notes, status, decision, engagement, observations, ended.',
      `6:3: ${UNKNOWN_FACT('__proto__')}`,
    ]);
    const ev = service.evaluate(uri);
    assert.deepEqual(ev.ok && [ev.verdict.prospect, ev.verdict.verdict, ev.verdict.score, ev.verdict.known], ['P', 'undetermined', null, 0], JSON.stringify(ev));
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
    const run = (args: string[]): { code: number; out: string; err: string } => {
      let out = '';
      let err = '';
      const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd: dir });
      return { code, out, err };
    };
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-hostile-'));
      fs.writeFileSync(path.join(dir, 'p.profile.yaml'), PROFILE);
      for (const c of CASES) fs.writeFileSync(path.join(dir, c.file), c.text);
      fs.writeFileSync(path.join(dir, 'utf.prospect.yaml'), INVALID_UTF8);
      fs.writeFileSync(path.join(dir, 'utf-open.prospect.yaml'), Buffer.from('prospect: \xc3\x28\xff\nfacts: [\n', 'latin1'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cases = [
      ...CASES.map((c) => ({ name: c.name, file: c.file, line: `${c.file}:${c.problems[0].replace(/^(\d+:\d+): /, '$1: error: ')}` })),
      // Bytes that are no UTF-8 are said first (see below): nothing after them is read.
      { name: 'invalid UTF-8 bytes before an unclosed "["', file: 'utf-open.prospect.yaml',
        line: 'utf-open.prospect.yaml:1:1: error: This file is not UTF-8 (line 1 holds a byte UTF-8 does not allow; perhaps it was saved as Latin-1 or Windows-1252); save it as UTF-8.' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const t0 = performance.now();
        const r = run(['evaluate', c.file]);
        assert.ok(performance.now() - t0 < 2000);
        assert.equal(r.code, 1);
        assert.equal(r.err, c.line + '\n');
        assert.equal(r.out, '');
      });
    }

    // Round 2: a file on disk that is not UTF-8 (Latin-1, Windows-1252) is said to be so, not
    // judged with U+FFFD in its names ("M\ufffdller" would never match "Müller").
    it('invalid UTF-8 bytes alone: "not UTF-8" with the line, exit 1, in evaluate and check', () => {
      const line = 'utf.prospect.yaml:1:1: error: This file is not UTF-8 (line 1 holds a byte UTF-8 does not allow; perhaps it was saved as Latin-1 or Windows-1252); save it as UTF-8.\n';
      const r = run(['evaluate', 'utf.prospect.yaml', '--format', 'json']);
      assert.equal(r.err, line);
      assert.equal(r.code, 1);
      assert.equal(r.out, 'null\n');
      // check writes its problems with its summary, on standard output.
      assert.deepEqual(run(['check', 'utf.prospect.yaml']), { code: 1, out: `${line}1 file checked: 1 error, 0 warnings.\n`, err: '' });
    });
  });
});
