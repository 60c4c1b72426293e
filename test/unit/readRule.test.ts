// The one read rule: whatever a path came from — a folder listing (the workspace walk, check),
// the nearest profile, a path written in a file, the CLI's arguments — its real path (links
// resolved) stays inside the workspace folder, and a written path names a file of the kind it
// should, or the file is refused with a message and never opened.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryFs, type MemoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';
import { LanguageService } from '../../server/src/service/languageService';
import { runCli } from '../../server/src/cli/run';

const SECRET = 'db_password: hunter2\napi_key: sk-live-1234\n';

/** The memory file system, with every readFile recorded. */
function spied(files: Record<string, string>): { fs: MemoryFs; reads: string[] } {
  const mem = memoryFs(files);
  const reads: string[] = [];
  const readFile = mem.readFile.bind(mem);
  mem.readFile = (p: string) => { reads.push(p); return readFile(p); };
  return { fs: mem, reads };
}

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env: {} });
  return { code, out, err };
}

describe('the read rule (in memory)', () => {
  it('a prospect found by listing a folder that links outside is refused unread, with a problem', () => {
    const { fs: mem, reads } = spied({ '/w/ideal.profile.yaml': SMALL_PROFILE, '/w/a/ok.prospect.yaml': 'prospect: OK\n', '/outside/secret.txt': SECRET });
    mem.link('/w/a/leak.prospect.yaml', '/outside/secret.txt');
    const service = new LanguageService({ fs: mem, workspaceFolders: ['/w'] });
    const found = service.findFiles();
    const uri = found.prospects.find((u) => u.endsWith('leak.prospect.yaml'));
    assert.ok(uri, JSON.stringify(found));
    const problems = service.problems(uri);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /link that points outside the workspace folder/);
    assert.doesNotMatch(JSON.stringify(problems), /db_password|api_key/);
    const ev = service.evaluate(uri);
    assert.ok(!ev.ok && /outside the workspace folder/.test(ev.message), JSON.stringify(ev));
    assert.ok(!reads.some((p) => p.includes('leak') || p.includes('outside')), reads.join());
    assert.equal(service.hover(uri, { line: 0, character: 1 }), null);
  });

  it('a nearest profile that links outside does not judge, and is not read', () => {
    const { fs: mem, reads } = spied({ '/outside/evil.profile.yaml': SMALL_PROFILE, '/w/p/x.prospect.yaml': 'prospect: X\nfacts:\n  budget: 9000 EUR\n' });
    mem.link('/w/p/near.profile.yaml', '/outside/evil.profile.yaml');
    const service = new LanguageService({ fs: mem, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/p/x.prospect.yaml');
    const ev = service.evaluate(uri);
    assert.ok(!ev.ok, JSON.stringify(ev));
    assert.match(ev.message, /near\.profile\.yaml.*outside the workspace folder/);
    assert.ok(!reads.some((p) => p.includes('near') || p.includes('outside')), reads.join());
    assert.ok(service.problems(uri).some((p) => /outside the workspace folder/.test(p.message)));
  });

  it('a lesson\'s prospect: or a prospect\'s profile: naming a file of another kind is refused unread', () => {
    const { fs: mem, reads } = spied({
      '/w/.env': 'DB_PASSWORD=hunter2\n',
      '/w/.git/config': '[remote "origin"]\n  url = https://token@example.org\n',
      '/w/creds.yml': SECRET,
      '/w/x.prospect.yaml': 'prospect: X\nprofile: creds.yml\n',
      '/w/g.prospect.yaml': 'prospect: G\nprofile: .git/config\n',
      '/w/p.profile.yaml': SMALL_PROFILE + 'lessons:\n  - prospect: .env\n    expect: fit\n',
    });
    const service = new LanguageService({ fs: mem, workspaceFolders: ['/w'] });
    for (const name of ['x', 'g']) {
      const ev = service.evaluate(service.uriOf(`/w/${name}.prospect.yaml`));
      assert.ok(!ev.ok, JSON.stringify(ev));
      assert.match(ev.message, /not a profile \(\*\.profile\.yaml/);
    }
    const lessons = service.lessons(service.uriOf('/w/p.profile.yaml'));
    assert.equal(lessons.length, 1);
    assert.ok(!lessons[0].result.ok && /not a prospect \(\*\.prospect\.yaml/.test(lessons[0].result.message), JSON.stringify(lessons));
    assert.ok(!reads.some((p) => /\.env|\.git|creds/.test(p)), reads.join());
    assert.equal(service.resolvePath(service.uriOf('/w/p.profile.yaml'), '.env').ok, false);
  });

  it('a NUL byte in a written path is refused, and never echoed', () => {
    const { fs: mem } = spied({ '/w/x.prospect.yaml': 'prospect: X\nprofile: "ok\\0.profile.yaml"\n', '/w/ok.profile.yaml': SMALL_PROFILE });
    const service = new LanguageService({ fs: mem, workspaceFolders: ['/w'] });
    const ev = service.evaluate(service.uriOf('/w/x.prospect.yaml'));
    assert.ok(!ev.ok);
    assert.match(ev.message, /NUL/);
    assert.ok(!ev.message.includes('\0'), JSON.stringify(ev.message));
    const problems = service.problems(service.uriOf('/w/x.prospect.yaml'));
    assert.ok(!JSON.stringify(problems).includes('\\u0000'), JSON.stringify(problems));
  });
});

describe('the read rule (on disk, real links)', () => {
  let tmp: string;
  let ws: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-readrule-'));
    ws = path.join(tmp, 'ws');
    const outside = path.join(tmp, 'outside');
    fs.mkdirSync(path.join(ws, 'a'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'b'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.txt'), SECRET);
    fs.writeFileSync(path.join(outside, 'evil.profile.yaml'), SMALL_PROFILE);
    fs.writeFileSync(path.join(ws, 'a', 'ok.profile.yaml'), SMALL_PROFILE);
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'a', 'leak.prospect.yaml'));
    fs.symlinkSync(path.join(outside, 'evil.profile.yaml'), path.join(ws, 'b', 'near.profile.yaml'));
    fs.writeFileSync(path.join(ws, 'b', 'x.prospect.yaml'), 'prospect: X\nfacts:\n  budget: 9000 EUR\n  style: calm\n');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('check on the folder names the link as outside and prints none of its keys', () => {
    const r = cli(['check', '.'], ws);
    assert.doesNotMatch(r.out + r.err, /db_password|api_key|hunter2/);
    assert.match(r.out, /a\/leak\.prospect\.yaml:1:1: error: .*outside the workspace folder/);
    assert.equal(r.code, 1);
  });

  it('check on a folder that is a link outside lists nothing in it', () => {
    fs.symlinkSync(path.join(tmp, 'outside'), path.join(ws, 'c'));
    try {
      const r = cli(['check', 'c'], ws);
      assert.equal(r.code, 1);
      assert.match(r.err, /^c:1:1: error: a link that points outside the workspace folder .* \(the current folder, or --root\)/);
      assert.doesNotMatch(r.out + r.err, /evil|secret/);
    } finally {
      fs.unlinkSync(path.join(ws, 'c'));
    }
  });

  it('check and evaluate given the link as an argument refuse it too', () => {
    for (const cmd of ['check', 'evaluate']) {
      const r = cli([cmd, 'a/leak.prospect.yaml'], ws);
      assert.doesNotMatch(r.out + r.err, /db_password|api_key|hunter2/, cmd);
      assert.match(r.err, /outside the workspace folder/, `${cmd}: ${r.err}`);
      assert.equal(r.code, 1, cmd);
    }
  });

  it('a near.profile.yaml linked outside does not judge (evaluate, and the service the server runs)', () => {
    const r = cli(['evaluate', 'b/x.prospect.yaml'], ws);
    assert.equal(r.code, 1, r.out);
    assert.match(r.err, /near\.profile\.yaml.*outside the workspace folder/);
    const service = new LanguageService({ workspaceFolders: [ws] });
    const uri = service.uriOf(path.join(ws, 'b', 'x.prospect.yaml'));
    assert.equal(service.evaluate(uri).ok, false);
    const leak = service.uriOf(path.join(ws, 'a', 'leak.prospect.yaml'));
    assert.ok(service.findFiles().prospects.includes(leak));
    assert.ok(!service.evaluate(leak).ok);
    assert.equal(service.hover(leak, { line: 0, character: 2 }), null);
    assert.doesNotMatch(JSON.stringify(service.problems(leak)), /db_password/);
  });

  it('--profile names a profile file inside the workspace folder, worded as the flag and the path typed', () => {
    const passwd = cli(['evaluate', 'b/x.prospect.yaml', '--profile', '/etc/passwd'], ws);
    assert.equal(passwd.code, 2);
    assert.match(passwd.err, /--profile \/etc\/passwd: not a profile file \(\*\.profile\.yaml/);
    assert.doesNotMatch(passwd.err, /idealClient\.profile|root:/);
    const outside = cli(['evaluate', 'b/x.prospect.yaml', '--profile', '../outside/evil.profile.yaml'], ws);
    assert.equal(outside.code, 2);
    assert.match(outside.err, /--profile \.\.\/outside\/evil\.profile\.yaml: outside the workspace folder .* \(the current folder, or --root\)/);
    const linked = cli(['evaluate', 'b/x.prospect.yaml', '--profile', 'b/near.profile.yaml'], ws);
    assert.equal(linked.code, 2);
    assert.match(linked.err, /--profile b\/near\.profile\.yaml: .*outside the workspace folder/);
  });

  it('evaluate of a prospect outside the workspace folder says what the workspace folder is', () => {
    const other = path.join(tmp, 'outside', 'o.prospect.yaml');
    fs.writeFileSync(other, 'prospect: O\n');
    const r = cli(['evaluate', other], ws);
    assert.equal(r.code, 1);
    assert.match(r.err, /outside the workspace folder .*ws \(the current folder, or --root\)/);
  });
});
