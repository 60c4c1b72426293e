// Go to definition: fact names to their key under facts: in the profile, paths to their files,
// refused paths to nothing.
import { strict as assert } from 'node:assert';
import { parseText, type ParsedDocument } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { findDefinition } from '../../server/src/features/definition';
import type { FeatureContext, ProfileInfo } from '../../server/src/model/featureContext';
import type { Position } from '../../shared/src/types';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';

const PROFILE = `profile: P
facts:
  workingStyle:
    type: choice
    options: [intuitive, detail-planner]
  budget: { type: money }
criteria:
  - id: w
    fact: workingStyle
    is: intuitive
referrals:
  - name: Anna
    when: { workingStyle: [detail-planner] }
lessons:
  - prospect: archive/old.prospect.yaml
    expect: no-fit
  - prospect: ../../outside.prospect.yaml
    expect: fit
`;
const PROFILE_URI = 'file:///w/p.profile.yaml';

function profileInfo(): ProfileInfo {
  const parsed = parseText(PROFILE_URI, 1, PROFILE);
  return { uri: PROFILE_URI, parsed, profile: buildProfile(parsed.value)! };
}

/** Paths resolve under /w; anything starting with ".." is refused, like the real rule. */
function ctx(profile: ProfileInfo | undefined): FeatureContext {
  return {
    profile,
    resolvePath: (p) => (p.startsWith('..') && !p.startsWith('../p.') ? { ok: false, message: 'leaves the workspace' } : { ok: true, uri: `file:///w/${p.replace(/^\.\.\//, '')}` }),
  };
}

function range(line: number, start: number, end: number) {
  return { start: { line, character: start }, end: { line, character: end } };
}

const ZERO = range(0, 0, 0);
const WORKING_STYLE_KEY = range(2, 2, 14);

function definitionAt(parsed: ParsedDocument, position: Position, profile = profileInfo()) {
  return findDefinition(parsed, position, ctx(profile));
}

describe('go to definition', () => {
  const profile = parseText(PROFILE_URI, 1, PROFILE);

  it('goes from a criterion\'s fact: value to the fact', () => {
    assert.deepEqual(definitionAt(profile, { line: 8, character: 12 }), [{ uri: PROFILE_URI, range: WORKING_STYLE_KEY }]);
    assert.deepEqual(definitionAt(profile, { line: 8, character: 10 }), [{ uri: PROFILE_URI, range: WORKING_STYLE_KEY }], 'at the start of the value');
    assert.deepEqual(definitionAt(profile, { line: 8, character: 6 }), [], 'not on the key fact:');
  });

  it('goes from a referral\'s when: key to the fact', () => {
    assert.deepEqual(definitionAt(profile, { line: 12, character: 15 }), [{ uri: PROFILE_URI, range: WORKING_STYLE_KEY }]);
    assert.deepEqual(definitionAt(profile, { line: 12, character: 32 }), [], 'not on a value');
  });

  it('goes from a lesson\'s prospect: path to the file, and nowhere for a refused path', () => {
    assert.deepEqual(definitionAt(profile, { line: 14, character: 20 }), [{ uri: 'file:///w/archive/old.prospect.yaml', range: ZERO }]);
    assert.deepEqual(definitionAt(profile, { line: 16, character: 20 }), []);
  });

  it('gives nothing for an unknown fact or elsewhere', () => {
    const typo = parseText(PROFILE_URI, 2, PROFILE.replace('fact: workingStyle', 'fact: workingStyl'));
    assert.deepEqual(definitionAt(typo, { line: 8, character: 12 }), []);
    assert.deepEqual(definitionAt(profile, { line: 0, character: 3 }), []);
    assert.deepEqual(definitionAt(profile, { line: 99, character: 0 }), []);
  });

  describe('in a prospect', () => {
    const PROSPECT = 'prospect: A\nprofile: ../p.profile.yaml\nfacts:\n  workingStyle: intuitive\n  colour: red\n';
    const prospect = parseText('file:///w/x/a.prospect.yaml', 1, PROSPECT);

    it('goes from a fact key to the fact in the profile', () => {
      assert.deepEqual(definitionAt(prospect, { line: 3, character: 4 }), [{ uri: PROFILE_URI, range: WORKING_STYLE_KEY }]);
      assert.deepEqual(definitionAt(prospect, { line: 3, character: 18 }), [], 'not from the value');
      assert.deepEqual(definitionAt(prospect, { line: 4, character: 3 }), [], 'a fact the profile does not know');
      assert.deepEqual(findDefinition(prospect, { line: 3, character: 4 }, ctx(undefined)), [], 'no profile, no target');
    });

    it('goes from profile: to the profile file', () => {
      assert.deepEqual(definitionAt(prospect, { line: 1, character: 12 }), [{ uri: 'file:///w/p.profile.yaml', range: ZERO }]);
    });

    it('works in a Markdown prospect\'s front matter, and not in its notes', () => {
      const md = parseText('file:///w/x/a.prospect.md', 1, `---\n${PROSPECT}---\n\nworkingStyle: in the notes\n`);
      assert.deepEqual(definitionAt(md, { line: 4, character: 4 }), [{ uri: PROFILE_URI, range: WORKING_STYLE_KEY }]);
      assert.deepEqual(definitionAt(md, { line: 8, character: 3 }), []);
    });
  });

  it('is wired into the language service with the real path rules', () => {
    const fs = memoryFs({
      '/w/p.profile.yaml': PROFILE,
      '/w/archive/old.prospect.yaml': 'prospect: Old\n',
      '/outside.prospect.yaml': 'prospect: Out\n',
      '/w/x/a.prospect.yaml': 'prospect: A\nprofile: ../p.profile.yaml\nfacts:\n  workingStyle: intuitive\n',
    });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const profileUri = service.uriOf('/w/p.profile.yaml');
    assert.deepEqual(service.definition(profileUri, { line: 14, character: 20 }), [{ uri: service.uriOf('/w/archive/old.prospect.yaml'), range: ZERO }]);
    assert.deepEqual(service.definition(profileUri, { line: 16, character: 20 }), [], 'a path outside the workspace is refused');
    const prospectUri = service.uriOf('/w/x/a.prospect.yaml');
    assert.deepEqual(service.definition(prospectUri, { line: 3, character: 4 }), [{ uri: profileUri, range: WORKING_STYLE_KEY }]);
    assert.deepEqual(service.definition(prospectUri, { line: 1, character: 12 }), [{ uri: profileUri, range: ZERO }]);
  });
});
