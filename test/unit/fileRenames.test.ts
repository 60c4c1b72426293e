// Renaming or moving a profile, a prospect or a folder keeps the paths written in the workspace
// naming the same files: the edit the editor applies with the rename (workspace/willRenameFiles).
import { strict as assert } from 'node:assert';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { LineIndex } from '../../server/src/parser/lineIndex';
import { memoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';

const PROFILE = `${SMALL_PROFILE}lessons:
  - prospect: prospects/a.prospect.yaml   # the first client
    expect: fit
`;
const A = "prospect: A\nprofile: '../ideal.profile.yaml'   # keep this comment\nfacts:\n  budget: 6000 EUR\n";
const B = '---\nprospect: B\nprofile: "../ideal.profile.yaml"\n---\nNotes.\n';
const C = 'prospect: C\nprofile: ../ideal.profile.yaml\n';
const OTHER = 'prospect: Other\nfacts:\n  budget: 1 EUR\n';

function setup() {
  const fs = memoryFs({
    '/w/ideal.profile.yaml': PROFILE, '/w/prospects/a.prospect.yaml': A, '/w/prospects/b.prospect.md': B,
    '/w/elsewhere/c.prospect.yaml': C, '/w/elsewhere/other.prospect.yaml': OTHER,
  });
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const uri = (p: string): string => service.uriOf(`/w/${p}`);
  /** Each file's text after the edit, by its path relative to /w (only the files edited). */
  const apply = (edit: WorkspaceEdit | null): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [u, edits] of Object.entries(edit?.changes ?? {})) {
      const file = service.fsPathOf(u)!.slice('/w/'.length);
      const text = fs.files.get(`/w/${file}`)!;
      const lines = new LineIndex(text);
      const sorted = [...edits].sort((x: TextEdit, y: TextEdit) => lines.offsetAt(y.range.start) - lines.offsetAt(x.range.start));
      out[file] = sorted.reduce((t, e) => t.slice(0, lines.offsetAt(e.range.start)) + e.newText + t.slice(lines.offsetAt(e.range.end)), text);
    }
    return out;
  };
  const rename = (from: string, to: string) => apply(service.renameEdits([{ oldUri: uri(from), newUri: uri(to) }]));
  return { rename };
}

describe('renaming and moving files keeps the paths that name them', () => {
  it('a renamed profile: every prospect naming it gets the new name, in its own quoting, comments kept', () => {
    const { rename } = setup();
    assert.deepEqual(rename('ideal.profile.yaml', 'wunschkunde.profile.yaml'), {
      'prospects/a.prospect.yaml': A.replace("'../ideal.profile.yaml'", "'../wunschkunde.profile.yaml'"),
      'prospects/b.prospect.md': B.replace('"../ideal.profile.yaml"', '"../wunschkunde.profile.yaml"'),
      'elsewhere/c.prospect.yaml': C.replace('../ideal.profile.yaml', '../wunschkunde.profile.yaml'),
    });
  });

  it('a moved prospect: its own profile path from the new place, and the lesson naming it', () => {
    const { rename } = setup();
    assert.deepEqual(rename('prospects/a.prospect.yaml', 'prospects/2026/a.prospect.yaml'), {
      'prospects/a.prospect.yaml': A.replace("'../ideal.profile.yaml'", "'../../ideal.profile.yaml'"),
      'ideal.profile.yaml': PROFILE.replace('prospect: prospects/a.prospect.yaml   #', 'prospect: prospects/2026/a.prospect.yaml   #'),
    });
  });

  it('a renamed folder: the lesson follows; the prospects in it keep a path that still holds', () => {
    const { rename } = setup();
    assert.deepEqual(rename('prospects', 'clients'), {
      'ideal.profile.yaml': PROFILE.replace('prospects/a.prospect.yaml', 'clients/a.prospect.yaml'),
    });
  });

  it('a moved profile: the prospects naming it and its own lessons', () => {
    const { rename } = setup();
    const out = rename('ideal.profile.yaml', 'profiles/ideal.profile.yaml');
    assert.equal(out['ideal.profile.yaml'], PROFILE.replace('prospect: prospects/a.prospect.yaml', 'prospect: ../prospects/a.prospect.yaml'));
    assert.equal(out['elsewhere/c.prospect.yaml'], C.replace('../ideal.profile.yaml', '../profiles/ideal.profile.yaml'));
    assert.equal(out['elsewhere/other.prospect.yaml'], undefined, 'a prospect naming no profile is left alone');
  });

  it('nothing to do: null', () => {
    const fs = memoryFs({ '/w/x.profile.yaml': SMALL_PROFILE });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    assert.equal(service.renameEdits([{ oldUri: service.uriOf('/w/x.profile.yaml'), newUri: service.uriOf('/w/y.profile.yaml') }]), null);
  });
});
