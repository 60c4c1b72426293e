// Which profile judges a prospect (its `profile:` key, else the setting, else the nearest profile)
// and the path rule: never outside the workspace.
import { strict as assert } from 'node:assert';
import { memoryFs } from './helpers/memoryFs';
import { resolveProfile } from '../../server/src/workspace/profileResolution';
import { resolveInside } from '../../server/src/workspace/pathRules';

const PROFILE = 'profile: P\nfacts: {}\ncriteria: []\n';

describe('profile resolution', () => {
  const fs = memoryFs({
    '/w/main.profile.yaml': PROFILE,
    '/w/prospects/a.prospect.yaml': 'prospect: A\n',
    '/w/two/x.profile.yaml': PROFILE,
    '/w/two/y.profile.yml': PROFILE,
    '/w/two/deep/c.prospect.yaml': 'prospect: C\n',
    '/w/other/own.profile.yaml': PROFILE,
    '/w/other/b.prospect.yaml': 'prospect: B\n',
    '/outside/evil.profile.yaml': PROFILE,
  });
  const base = { fs, root: '/w' };

  it('uses the prospect\'s profile: key first', () => {
    const r = resolveProfile({ ...base, prospectPath: '/w/other/b.prospect.yaml', written: '../main.profile.yaml', setting: 'two/x.profile.yaml' });
    assert.deepEqual(r, { ok: true, fsPath: '/w/main.profile.yaml', how: 'key' });
  });

  it('then the setting, relative to the workspace folder', () => {
    const r = resolveProfile({ ...base, prospectPath: '/w/other/b.prospect.yaml', setting: 'two/x.profile.yaml' });
    assert.deepEqual(r, { ok: true, fsPath: '/w/two/x.profile.yaml', how: 'setting' });
  });

  it('then the nearest profile in the folder or a parent', () => {
    assert.deepEqual(resolveProfile({ ...base, prospectPath: '/w/prospects/a.prospect.yaml' }), { ok: true, fsPath: '/w/main.profile.yaml', how: 'nearest' });
    assert.deepEqual(resolveProfile({ ...base, prospectPath: '/w/other/b.prospect.yaml' }), { ok: true, fsPath: '/w/other/own.profile.yaml', how: 'nearest' });
  });

  it('names both candidates when two profiles stand at the same level', () => {
    const r = resolveProfile({ ...base, prospectPath: '/w/two/deep/c.prospect.yaml' });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.reason === 'ambiguous');
    assert.match(!r.ok ? r.message : '', /x\.profile\.yaml, y\.profile\.yml/);
  });

  it('refuses a profile: path that leaves the workspace folder, and does not read it', () => {
    let read = false;
    const spy = { ...fs, readFile: (p: string) => { read = true; return fs.readFile(p); } };
    const r = resolveProfile({ fs: spy, root: '/w', prospectPath: '/w/prospects/a.prospect.yaml', written: '../../outside/evil.profile.yaml' });
    assert.ok(!r.ok && r.reason === 'outside', JSON.stringify(r));
    assert.equal(read, false);
  });

  it('stops at the workspace folder when looking for the nearest profile', () => {
    const r = resolveProfile({ fs, root: '/w/prospects', prospectPath: '/w/prospects/a.prospect.yaml' });
    assert.ok(!r.ok && r.reason === 'missing');
  });
});

describe('path rule', () => {
  const fs = memoryFs({ '/w/a.prospect.yaml': 'x', '/outside/secret.prospect.yaml': 'x', '/w/ok.prospect.yaml': 'y' });
  fs.link('/w/link.prospect.yaml', '/outside/secret.prospect.yaml');
  const cases: [string, RegExp][] = [
    ['../outside/secret.prospect.yaml', /leaves the workspace folder/],
    ['/outside/secret.prospect.yaml', /absolute path/],
    ['https://example.org/x.profile.yaml', /absolute path or URL/],
    ['link.prospect.yaml', /link that points outside/],
    ['missing.prospect.yaml', /does not exist/],
  ];
  for (const [written, re] of cases) {
    it(`refuses ${written}`, () => {
      const r = resolveInside(fs, '/w', '/w/a.prospect.yaml', written);
      assert.ok(!r.ok);
      assert.match(!r.ok ? r.message : '', re);
    });
  }
  it('accepts a path inside', () => {
    assert.deepEqual(resolveInside(fs, '/w', '/w/a.prospect.yaml', './ok.prospect.yaml'), { ok: true, fsPath: '/w/ok.prospect.yaml' });
  });
});
