// Completing a path: a prospect's `profile:` offers the workspace's profiles and a lesson's
// `prospect:` its prospects, relative to the document, the nearest first, within its workspace.
import { strict as assert } from 'node:assert';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';

function setup(files: Record<string, string>) {
  const fs = memoryFs({
    '/w/ideal.profile.yaml': SMALL_PROFILE, '/w/agency/bant.profile.yaml': SMALL_PROFILE,
    '/w/prospects/a.prospect.yaml': 'prospect: A\n', '/w/prospects/old/b.prospect.md': '---\nprospect: B\n---\n',
    '/elsewhere/c.profile.yaml': SMALL_PROFILE, ...files,
  });
  const service = new LanguageService({ fs, workspaceFolders: ['/w', '/elsewhere'] });
  /** The labels offered at "|" in `text`, and the text the first inserts. */
  const complete = (file: string, text: string) => {
    const offset = text.indexOf('|');
    const clean = text.replace('|', '');
    const uri = service.uriOf(file);
    service.openDocument(uri, 1, clean);
    const before = clean.slice(0, offset).split('\n');
    const list = service.complete(uri, { line: before.length - 1, character: before[before.length - 1].length });
    return list.items.map((i) => i.label);
  };
  return { complete };
}

describe('path completion', () => {
  it('a prospect\'s profile: the workspace folder\'s profiles, relative, the nearest first', () => {
    const { complete } = setup({});
    assert.deepEqual(complete('/w/prospects/new.prospect.yaml', 'prospect: N\nprofile: |\n'), ['../ideal.profile.yaml', '../agency/bant.profile.yaml']);
  });

  it('narrowed by what is typed', () => {
    const { complete } = setup({});
    assert.deepEqual(complete('/w/prospects/new.prospect.yaml', 'prospect: N\nprofile: ../ag|\n'), ['../agency/bant.profile.yaml']);
  });

  it('a lesson\'s prospect: the prospects, relative to the profile', () => {
    const { complete } = setup({});
    assert.deepEqual(complete('/w/ideal.profile.yaml', `${SMALL_PROFILE}lessons:\n  - prospect: |\n`),
      ['prospects/a.prospect.yaml', 'prospects/old/b.prospect.md']);
  });
});
