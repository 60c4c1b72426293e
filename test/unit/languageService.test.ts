// The facade: documents parsed once per version, validation memoised on what it read, and a
// prospect re-judged when its profile changes in an editor or on disk.
import { strict as assert } from 'node:assert';
import { LanguageService } from '../../server/src/service/languageService';
import { parseCounter } from '../../server/src/parser/parsedDocument';
import { memoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';

const PROFILE = SMALL_PROFILE;
const PROSPECT = 'prospect: A\nfacts:\n  budget: 6000 EUR\n  style: calm\n';

function setup() {
  const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': PROSPECT });
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  return { fs, service, profile: service.uriOf('/w/p.profile.yaml'), prospect: service.uriOf('/w/a.prospect.yaml') };
}

describe('language service', () => {
  it('evaluates a prospect against the nearest profile', () => {
    const { service, prospect } = setup();
    const ev = service.evaluate(prospect);
    assert.ok(ev.ok);
    assert.equal(ev.ok && ev.verdict.verdict, 'fit');
    assert.equal(ev.ok && ev.verdict.score, 100);
  });

  it('parses each version once and answers an unchanged document from the cache', () => {
    const { service, prospect } = setup();
    service.openDocument(prospect, 1, PROSPECT);
    service.problems(prospect);
    const before = parseCounter.count;
    assert.ok(service.isValidationCached(prospect));
    service.problems(prospect);
    service.evaluate(prospect);
    service.complete(prospect, { line: 2, character: 2 });
    service.hover(prospect, { line: 2, character: 4 });
    service.codeLenses(prospect);
    service.inlayHints(prospect, { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } });
    assert.equal(parseCounter.count, before, 'no parse for cached validation, completion, hover, lenses, hints');
    service.openDocument(prospect, 2, PROSPECT.replace('6000', '7000'));
    assert.equal(service.isValidationCached(prospect), false);
    service.problems(prospect);
    assert.equal(parseCounter.count, before + 1);
  });

  it('re-judges a prospect when its profile is edited in an editor', () => {
    const { service, profile, prospect } = setup();
    service.openDocument(prospect, 1, PROSPECT);
    const v1 = service.evaluate(prospect);
    assert.ok(v1.ok && v1.verdict.verdict === 'fit');
    assert.deepEqual(service.dependentsOf(profile), [prospect]);
    service.openDocument(profile, 1, PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 9000 EUR'));
    assert.equal(service.isValidationCached(prospect), false);
    const v2 = service.evaluate(prospect);
    assert.ok(v2.ok);
    assert.equal(v2.ok && v2.verdict.score, 33);
  });

  it('names as dependents only what still reads a document (a prospect that changed profiles leaves the old one)', () => {
    const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/q.profile.yaml': PROFILE.replace(/^profile: .*$/m, 'profile: Q'), '/w/a.prospect.yaml': `profile: p.profile.yaml\n${PROSPECT}` });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const [p, q, a] = ['/w/p.profile.yaml', '/w/q.profile.yaml', '/w/a.prospect.yaml'].map((f) => service.uriOf(f));
    service.openDocument(a, 1, `profile: p.profile.yaml\n${PROSPECT}`);
    service.problems(a);
    service.evaluate(a);
    assert.deepEqual(service.dependentsOf(p), [a]);
    assert.deepEqual(service.dependentsOf(q), []);
    service.openDocument(a, 2, `profile: q.profile.yaml\n${PROSPECT}`);
    service.problems(a);
    service.evaluate(a);
    assert.deepEqual(service.dependentsOf(p), [], 'no longer judged by p');
    assert.deepEqual(service.dependentsOf(q), [a]);
    service.release(a);
    assert.deepEqual(service.dependentsOf(q), [a], 'still open: release keeps it');
    service.closeDocument(a);
    service.release(a);
    assert.deepEqual(service.dependentsOf(q), [], 'released: nothing remembered reads q');
  });

  it('re-judges a prospect when its profile changes on disk, and says so when it is deleted', () => {
    const { fs, service, profile, prospect } = setup();
    service.openDocument(prospect, 1, PROSPECT);
    assert.ok(service.evaluate(prospect).ok);
    fs.remove('/w/p.profile.yaml');
    service.fileChanged(profile);
    const ev = service.evaluate(prospect);
    assert.equal(ev.ok, false);
    assert.match(!ev.ok ? ev.message : '', /No profile found/);
    const problems = service.problems(prospect);
    assert.ok(problems.some((p) => /No profile found/.test(p.message)), JSON.stringify(problems));
  });

  describe('one entry for a change: applyChange answers what to check again', () => {
    // Two folders, each with its own nearest profile, and a prospect that names a profile that
    // does not exist yet.
    function workspace() {
      const fs = memoryFs({
        '/w/a/p.profile.yaml': PROFILE,
        '/w/a/x.prospect.yaml': PROSPECT,
        '/w/b/q.profile.yaml': PROFILE.replace(/^profile: .*$/m, 'profile: Q'),
        '/w/b/y.prospect.yaml': PROSPECT,
        '/w/b/sub/z.prospect.yaml': PROSPECT,
        '/w/c/later.prospect.yaml': `profile: ../later.profile.yaml\n${PROSPECT}`,
      });
      const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
      const u = (p: string) => service.uriOf(p);
      const all = ['/w/a/x.prospect.yaml', '/w/b/y.prospect.yaml', '/w/b/sub/z.prospect.yaml', '/w/c/later.prospect.yaml'].map(u);
      for (const x of all) service.problems(x);
      return { fs, service, u, all };
    }

    it('a profile saved on disk touches only the prospects it judges (no memo of another profile is lost)', () => {
      const { fs, service, u } = workspace();
      fs.write('/w/a/p.profile.yaml', PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 9000 EUR'));
      assert.deepEqual(service.applyChange({ kind: 'changed', uri: u('/w/a/p.profile.yaml') }), [u('/w/a/x.prospect.yaml')]);
      assert.equal(service.isValidationCached(u('/w/a/x.prospect.yaml')), false);
      assert.ok(service.isValidationCached(u('/w/b/y.prospect.yaml')), 'judged by q: untouched');
      assert.ok(service.isValidationCached(u('/w/b/sub/z.prospect.yaml')));
      const ev = service.evaluate(u('/w/a/x.prospect.yaml'));
      assert.equal(ev.ok && ev.verdict.score, 33);
    });

    it('a profile created in a folder re-judges the prospects whose search for the nearest profile listed it', () => {
      const { fs, service, u } = workspace();
      fs.write('/w/b/sub/local.profile.yaml', PROFILE.replace(/^profile: .*$/m, 'profile: Local'));
      const recheck = service.applyChange({ kind: 'created', uri: u('/w/b/sub/local.profile.yaml') });
      assert.deepEqual(recheck, [u('/w/b/sub/z.prospect.yaml')], 'only the prospect in that folder');
      assert.ok(service.isValidationCached(u('/w/b/y.prospect.yaml')), 'its parent folder found q first');
      const ev = service.evaluate(u('/w/b/sub/z.prospect.yaml'));
      assert.equal(ev.ok && ev.verdict.profile, 'Local');
    });

    it('a profile named by `profile:` that appears later reaches the prospect that named it', () => {
      const { fs, service, u } = workspace();
      const later = u('/w/c/later.prospect.yaml');
      assert.match(service.problems(later).map((p) => p.message).join('\n'), /does not exist/);
      fs.write('/w/later.profile.yaml', PROFILE);
      assert.deepEqual(service.applyChange({ kind: 'created', uri: u('/w/later.profile.yaml') }), [later]);
      assert.deepEqual(service.problems(later), []);
    });

    it('a change on disk of a document open in an editor changes nothing: the editor text counts', () => {
      const { service, u } = workspace();
      const x = u('/w/a/x.prospect.yaml');
      service.applyChange({ kind: 'opened', uri: x, version: 1, text: PROSPECT });
      service.problems(x);
      assert.deepEqual(service.applyChange({ kind: 'changed', uri: x }), []);
      assert.ok(service.isValidationCached(x));
    });

    it('closing a profile forgets what was kept for it (nothing grows per URI opened)', () => {
      const service = new LanguageService({ fs: memoryFs({}), workspaceFolders: ['/w'] });
      for (let i = 0; i < 50; i++) {
        const uri = service.uriOf(`/w/p${i}.profile.yaml`);
        service.applyChange({ kind: 'opened', uri, version: 1, text: PROFILE });
        service.problems(uri);
        service.applyChange({ kind: 'closed', uri });
      }
      const internals = service as unknown as { analysis: { lastCompiled: Map<string, unknown>; lessonVerdicts: Map<string, unknown> } };
      assert.equal(internals.analysis.lastCompiled.size, 0);
      assert.equal(internals.analysis.lessonVerdicts.size, 0);
    });
  });

  it('finds every profile and prospect in the workspace', () => {
    const { service, profile, prospect } = setup();
    assert.deepEqual(service.findFiles(), { profiles: [profile], prospects: [prospect] });
  });
});
