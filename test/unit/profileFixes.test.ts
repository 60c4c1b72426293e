// Quick fixes for a prospect whose profile is not found: pick one of the workspace's profiles
// (missing, renamed or moved), or one of the candidates (two at the same level). The edit writes
// the relative path into `profile:`, in its quoting, or adds the key under `prospect:`.
import { strict as assert } from 'node:assert';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { LineIndex } from '../../server/src/parser/lineIndex';
import { memoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';

function apply(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  const lines = new LineIndex(text);
  return [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))
    .reduce((t, e) => t.slice(0, lines.offsetAt(e.range.start)) + e.newText + t.slice(lines.offsetAt(e.range.end)), text);
}

function fixesFor(files: Record<string, string>, file: string) {
  const fs = memoryFs(files);
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const uri = service.uriOf(file);
  const diagnostics = service.diagnostics(uri);
  const d = diagnostics.find((x) => x.code === 'profile-missing' || x.code === 'profile-ambiguous');
  assert.ok(d, `a profile problem among ${diagnostics.map((x) => x.code).join(', ')}`);
  const actions = service.codeActions(uri, d.range, [d]).filter((a) => a.title.startsWith('Use the profile'));
  return { actions, uri, text: files[file], code: d.code };
}

describe('quick fixes: which profile', () => {
  it('a renamed profile: one fix per profile of the workspace, the nearest first; the path replaced in its quotes', () => {
    const text = "prospect: A\nprofile: '../ideal.profile.yaml'  # renamed since\nfacts:\n  budget: 6000 EUR\n";
    const { actions, uri } = fixesFor({
      '/w/wunschkunde.profile.yaml': SMALL_PROFILE, '/w/agency/bant.profile.yaml': SMALL_PROFILE, '/w/prospects/a.prospect.yaml': text,
    }, '/w/prospects/a.prospect.yaml');
    assert.deepEqual(actions.map((a) => a.title), ['Use the profile ../wunschkunde.profile.yaml', 'Use the profile ../agency/bant.profile.yaml']);
    assert.equal(apply(text, uri, actions[0]), text.replace("'../ideal.profile.yaml'", "'../wunschkunde.profile.yaml'"));
  });

  it('no profile found: the key is added under prospect:', () => {
    const text = 'prospect: A\nfacts:\n  budget: 6000 EUR\n';
    const { actions, uri } = fixesFor({ '/w/profiles/p.profile.yaml': SMALL_PROFILE, '/w/prospects/a.prospect.yaml': text }, '/w/prospects/a.prospect.yaml');
    assert.deepEqual(actions.map((a) => a.title), ['Use the profile ../profiles/p.profile.yaml']);
    assert.equal(apply(text, uri, actions[0]), 'prospect: A\nprofile: ../profiles/p.profile.yaml\nfacts:\n  budget: 6000 EUR\n');
  });

  it('two profiles at the same level: one fix per candidate', () => {
    const text = 'prospect: A\n';
    const { actions, uri, code } = fixesFor({
      '/w/a.profile.yaml': SMALL_PROFILE, '/w/b.profile.yaml': SMALL_PROFILE, '/w/sub/c.profile.yaml': SMALL_PROFILE, '/w/x.prospect.yaml': text,
    }, '/w/x.prospect.yaml');
    assert.equal(code, 'profile-ambiguous');
    assert.deepEqual(actions.map((a) => a.title), ['Use the profile a.profile.yaml', 'Use the profile b.profile.yaml']);
    assert.equal(apply(text, uri, actions[1]), 'prospect: A\nprofile: b.profile.yaml\n');
  });
});
