// Clear words for what went wrong (issue: say what happened): a file saved as UTF-16 or in
// Latin-1, an unresolved merge conflict (also inside `notes: |`), YAML merge keys, .inf and .nan,
// `check --format json`; each said as such, not as "binary data" or a misleading fact error.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { runCli } from '../../server/src/cli/run';
import { SMALL_PROFILE } from './helpers/fixtures';
import { memoryFs } from './helpers/memoryFs';

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env: {} });
  return { code, out, err };
}

describe('clear words for files in the wrong encoding (on disk)', () => {
  let tmp: string;
  let service: LanguageService;
  const problemsOf = (name: string): string[] => service.problems(service.uriOf(path.join(tmp, name))).map((p) => `${p.range.start.line + 1}: ${p.message}`);
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-words-'));
    fs.writeFileSync(path.join(tmp, 'p.profile.yaml'), SMALL_PROFILE);
    const text = 'prospect: Müller GmbH\nfacts:\n  style: calm\n';
    fs.writeFileSync(path.join(tmp, 'le.prospect.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    fs.writeFileSync(path.join(tmp, 'be.prospect.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    fs.writeFileSync(path.join(tmp, 'nobom.prospect.yaml'), Buffer.from(text, 'utf16le'));
    fs.writeFileSync(path.join(tmp, 'latin.prospect.yaml'), Buffer.from(text, 'latin1'));
    service = new LanguageService({ workspaceFolders: [tmp] });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const name of ['le', 'be', 'nobom']) {
    it(`UTF-16 (${name}): "saved as UTF-16; save it as UTF-8"`, () => {
      assert.deepEqual(problemsOf(`${name}.prospect.yaml`), ['1: This file is saved as UTF-16; save it as UTF-8.']);
    });
  }

  it('Latin-1: "not UTF-8", naming the line', () => {
    assert.deepEqual(problemsOf('latin.prospect.yaml'), ['1: This file is not UTF-8 (line 1 holds a byte UTF-8 does not allow; perhaps it was saved as Latin-1 or Windows-1252); save it as UTF-8.']);
  });

  it('a UTF-8 file with "ü" and the replacement character itself is read as it is', () => {
    fs.writeFileSync(path.join(tmp, 'ok.prospect.yaml'), 'prospect: "Müller \uFFFD GmbH"\nfacts:\n  style: calm\n');
    assert.deepEqual(problemsOf('ok.prospect.yaml'), []);
  });
});

describe('clear words for YAML pitfalls', () => {
  const files = {
    '/w/p.profile.yaml': SMALL_PROFILE,
    '/w/conflict.prospect.yaml': 'prospect: X\nnotes: |\n  calm people\n<<<<<<< HEAD\n  they want calm\n=======\n  hectic\n>>>>>>> other\nfacts:\n  style: calm\n',
    '/w/innotes.prospect.yaml': 'prospect: X\nfacts:\n  style: calm\nnotes: |\n  <<<<<<< HEAD\n  they want calm\n  =======\n  hectic\n  >>>>>>> feature\n',
    '/w/merge.prospect.yaml': 'prospect: X\nfacts:\n  <<: {style: calm}\n',
    '/w/inf.prospect.yaml': 'prospect: X\nfacts:\n  budget: .inf\n  style: calm\n',
    '/w/nan.prospect.yaml': 'prospect: X\nfacts:\n  budget: .NaN\n  style: calm\n',
    '/w/quoted.prospect.yaml': 'prospect: ".inf"\nfacts:\n  style: calm\nnotes: "<<: not a key, and ======= neither"\n',
  };
  const service = new LanguageService({ fs: memoryFs(files), workspaceFolders: ['/w'] });
  const problems = (name: string): string[] => service.problems(service.uriOf(`/w/${name}`)).map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);

  it('an unresolved merge conflict is said with its line, and nothing is judged', () => {
    assert.deepEqual(problems('conflict.prospect.yaml'), ['4:1: Unresolved merge conflict at line 4 ("<<<<<<<"): keep one side, delete the markers, then the file is checked.']);
    const ev = service.evaluate(service.uriOf('/w/conflict.prospect.yaml'));
    assert.ok(!ev.ok && /merge conflict at line 4/.test(ev.message), JSON.stringify(ev));
  });

  it('also inside `notes: |`, where it would otherwise be read as notes', () => {
    assert.deepEqual(problems('innotes.prospect.yaml'), ['5:3: Unresolved merge conflict at line 5 ("<<<<<<<"): keep one side, delete the markers, then the file is checked.']);
    assert.equal(service.evaluate(service.uriOf('/w/innotes.prospect.yaml')).ok, false);
  });

  it('a YAML merge key "<<" is "not supported"', () => {
    const ps = problems('merge.prospect.yaml');
    assert.ok(ps.includes('3:3: YAML merge keys ("<<") are not supported: write the keys out.'), ps.join('\n'));
  });

  it('.inf and .nan are said as YAML reads them', () => {
    assert.ok(problems('inf.prospect.yaml').includes('3:11: YAML reads .inf as infinity, which is no value here: write a number, or quote it for text.'), problems('inf.prospect.yaml').join('\n'));
    assert.ok(problems('nan.prospect.yaml').includes('3:11: YAML reads .NaN as "not a number", which is no value here: write a number, or quote it for text.'), problems('nan.prospect.yaml').join('\n'));
    assert.equal(service.evaluate(service.uriOf('/w/inf.prospect.yaml')).ok, false);
  });

  it('the same characters quoted are text, and fine', () => {
    assert.deepEqual(problems('quoted.prospect.yaml'), []);
  });
});

describe('clear words on the command line', () => {
  it('check --format json is a usage error (exit 2), never ignored', () => {
    const r = cli(['check', '--format', 'json'], os.tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.err, /check does not take --format/);
  });
});
