// Hover as a user sees it: the schema's words on a key, the fact with its question and the
// criteria that use it, an option's label and phrases, and how a prospect's fact scored.
import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { parseText, parseCounter } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { doHover } from '../../server/src/features/hover';
import { LanguageService } from '../../server/src/service/languageService';
import type { FeatureContext } from '../../server/src/model/featureContext';
import { memoryFs } from './helpers/memoryFs';

const PROFILE = `profile: P
language: en
facts:
  workingStyle:
    label: Working style
    question: How does your team like to plan?
    type: choice
    options:
      - intuitive
      - structured
      - value: detail-planner
        label: plans every detail
        phrases: [every detail, meticulously planned]
  signals:
    type: tags
    options: [wants-to-be-right, open-to-advice]
criteria:
  - id: working-style
    fact: workingStyle
    is: [intuitive, structured]
    weight: 3
  - id: takes-advice
    fact: signals
    excludes: [wants-to-be-right]
    dealbreaker: true
`;

function cursor(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf('|');
  assert.ok(offset >= 0, 'the fixture marks the cursor with |');
  return { text: fixture.slice(0, offset) + fixture.slice(offset + 1), offset };
}

function hoverProfile(fixture: string): Hover | null {
  const { text, offset } = cursor(fixture);
  const parsed = parseText('file:///w/p.profile.yaml', 1, text);
  const profile = buildProfile(parsed.value);
  const ctx: FeatureContext = {
    profile: profile ? { uri: parsed.uri, parsed, profile } : undefined,
    resolvePath: () => ({ ok: false, message: 'none' }),
  };
  return doHover(parsed, parsed.lines.positionAt(offset), ctx);
}

function hoverProspect(fixture: string, name = 'a.prospect.yaml'): Hover | null {
  const { text, offset } = cursor(fixture);
  const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, [`/w/${name}`]: text });
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const uri = service.uriOf(`/w/${name}`);
  return service.hover(uri, service.getDocument(uri)!.lines.positionAt(offset));
}

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
}

describe('hover', () => {
  it('shows the schema\'s description on a key, over the key', () => {
    const h = hoverProfile(PROFILE.replace('language: en', 'lang|uage: en'));
    const md = markdown(h);
    assert.match(md, /^\*\*Language\*\*\n\nLanguage of generated reasons and questions: `en` or `de` \(default `en`\)\./);
    assert.deepEqual(h!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    assert.match(markdown(hoverProfile(PROFILE.replace('    weight: 3', '    wei|ght: 3'))), /How much this criterion counts in the score/);
  });

  it('shows a fact on its key under facts: with question, type, options and the criteria that use it', () => {
    const h = hoverProfile(PROFILE.replace('  workingStyle:', '  working|Style:'));
    const md = markdown(h);
    assert.match(md, /^\*\*`workingStyle`\*\* — Working style/);
    assert.match(md, /Question: How does your team like to plan\?/);
    assert.match(md, /Type: `choice`/);
    assert.match(md, /- `detail-planner` — plans every detail \(phrases: "every detail", "meticulously planned"\)/);
    assert.match(md, /Used by:\n- `working-style`: is intuitive, structured — weight 3/);
    assert.deepEqual(h!.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 14 } });
    assert.match(markdown(hoverProfile(PROFILE.replace('  signals:', '  sig|nals:'))), /- `takes-advice`: excludes wants-to-be-right — dealbreaker/);
  });

  it('shows the fact on a criterion\'s fact: value', () => {
    const h = hoverProfile(PROFILE.replace('fact: workingStyle', 'fact: workingSt|yle'));
    assert.match(markdown(h), /How does your team like to plan\?/);
    assert.deepEqual(h!.range, { start: { line: 18, character: 10 }, end: { line: 18, character: 22 } });
  });

  it('shows an option\'s label and phrases on a matcher\'s value and in the options', () => {
    const onMatcher = markdown(hoverProfile(PROFILE.replace('is: [intuitive, structured]', 'is: [intuitive, struc|tured]')));
    assert.match(onMatcher, /^\*\*`structured`\*\*/);
    assert.match(onMatcher, /An option of the fact `workingStyle` \(choice\)\./);
    const inOptions = markdown(hoverProfile(PROFILE.replace('- value: detail-planner', '- value: detail-pl|anner')));
    assert.match(inOptions, /^\*\*`detail-planner`\*\* — plans every detail/);
    assert.match(inOptions, /Phrases in the notes that hint at it: "every detail", "meticulously planned"/);
  });

  it('shows how a prospect\'s fact scored, with the engine\'s reason', () => {
    const h = hoverProspect('prospect: A\nfacts:\n  working|Style: detail-planner\n  signals: []\n');
    const md = markdown(h);
    assert.match(md, /How does your team like to plan\?/);
    assert.match(md, /How it scored:\n- ✗ Working style: “plans every detail”, wanted: “intuitive” or “structured”/);
    assert.deepEqual(h!.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    const onValue = markdown(hoverProspect('prospect: A\nfacts:\n  workingStyle: detail-pl|anner\n'));
    assert.match(onValue, /plans every detail/);
    assert.match(onValue, /How it scored:/);
    const unknown = markdown(hoverProspect('prospect: A\nfacts:\n  workingStyle: intuitive\n  sig|nals:\n'));
    assert.match(unknown, /- \? Signals \(dealbreaker\): unknown, wanted: without “wants-to-be-right”/);
  });

  it('hovers in a Markdown prospect\'s front matter, not in its body', () => {
    const h = hoverProspect('---\nprospect: A\nm|et: 2026-11-20\n---\n# Notes\n', 'b.prospect.md');
    assert.match(markdown(h), /When you first talked/);
    assert.deepEqual(h!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.equal(hoverProspect('---\nprospect: A\n---\n# No|tes met: x\n', 'b.prospect.md'), null);
  });

  it('has nothing to say on empty lines, comments and unknown keys', () => {
    assert.equal(hoverProfile(PROFILE + '\n|\n'), null);
    assert.equal(hoverProfile('# a com|ment\n' + PROFILE), null);
    assert.equal(hoverProfile(PROFILE + 'zz|z: 1\n'), null);
  });

  it('never parses again', () => {
    const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': 'prospect: A\nfacts:\n  workingStyle: intuitive\n' });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const prospect = service.uriOf('/w/a.prospect.yaml');
    const profile = service.uriOf('/w/p.profile.yaml');
    service.hover(prospect, { line: 2, character: 4 });
    service.hover(profile, { line: 3, character: 4 });
    const before = parseCounter.count;
    for (let i = 0; i < 5; i++) {
      assert.ok(service.hover(prospect, { line: 2, character: 4 }));
      assert.ok(service.hover(profile, { line: 3, character: 4 }));
      service.complete(profile, { line: 18, character: 10 });
    }
    assert.equal(parseCounter.count, before);
  });
});
