// Completion as a user sees it: the labels offered at the cursor ("|" in the fixtures), what
// they insert and which typed word they replace — from the schema and from the profile.
import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { parseText, parseCounter } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { doComplete } from '../../server/src/features/completion';
import { LanguageService } from '../../server/src/service/languageService';
import type { FeatureContext } from '../../server/src/model/featureContext';
import { FACT_TYPES, VERDICTS } from '../../shared/src/types';
import { memoryFs } from './helpers/memoryFs';

const PROFILE = `profile: P
facts:
  workingStyle:
    label: Arbeitsweise
    question: Wie arbeiten Sie?
    type: choice
    options:
      - intuitive
      - structured
      - value: detail-planner
        label: plans every detail
  signals:
    type: tags
    options: [always-on, open-to-advice]
  goalAgreed:
    type: yesno
  budget:
    type: money
    currency: EUR
criteria:
  - id: style
    fact: workingStyle
    is: intuitive
    weight: 3
`;

/** Splits a fixture at its "|" into the text and the cursor offset. */
function cursor(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf('|');
  assert.ok(offset >= 0, 'the fixture marks the cursor with |');
  return { text: fixture.slice(0, offset) + fixture.slice(offset + 1), offset };
}

/** Completion in a profile, with the profile itself as the context (as the service does). */
function completeProfile(fixture: string): CompletionList {
  const { text, offset } = cursor(fixture);
  const parsed = parseText('file:///w/p.profile.yaml', 1, text);
  const profile = buildProfile(parsed.value);
  const ctx: FeatureContext = {
    profile: profile ? { uri: parsed.uri, parsed, profile } : undefined,
    resolvePath: () => ({ ok: false, message: 'none' }),
  };
  return doComplete(parsed, parsed.lines.positionAt(offset), ctx);
}

/** Completion in a prospect next to PROFILE, through the language service. */
function completeProspect(fixture: string, name = 'a.prospect.yaml'): CompletionList {
  const { text, offset } = cursor(fixture);
  const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, [`/w/${name}`]: text });
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const uri = service.uriOf(`/w/${name}`);
  const doc = service.getDocument(uri)!;
  return service.complete(uri, doc.lines.positionAt(offset));
}

function labels(list: CompletionList): string[] {
  return list.items.map((i) => i.label);
}

function item(list: CompletionList, label: string): CompletionItem {
  const found = list.items.find((i) => i.label === label);
  assert.ok(found, `no item "${label}" in ${labels(list).join(', ')}`);
  return found;
}

function edit(i: CompletionItem): TextEdit {
  assert.ok(i.textEdit && 'range' in i.textEdit, 'a text edit with a range');
  return i.textEdit as TextEdit;
}

function bySortText(list: CompletionList): string[] {
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

describe('completion', () => {
  describe('from the schema', () => {
    it('offers the missing top-level keys of a profile, required first, with their descriptions', () => {
      const list = completeProfile('|');
      const props = list.items.filter((i) => i.kind === 10 /* Property */).map((i) => i.label);
      assert.deepEqual(props, ['profile', 'language', 'owner', 'summary', 'offer', 'facts', 'criteria', 'verdict', 'referrals', 'replies', 'lessons']);
      assert.deepEqual(bySortText(list).slice(0, 3), ['profile', 'facts', 'criteria']);
      const doc = item(list, 'language').documentation as MarkupContent;
      assert.equal(doc.kind, 'markdown');
      assert.match(doc.value, /^Language of generated reasons and questions/);
      assert.equal(edit(item(list, 'language')).newText, 'language: ${1|en,de|}');
      assert.equal(edit(item(list, 'facts')).newText, 'facts:\n  $1');
      assert.equal(edit(item(list, 'criteria')).newText, 'criteria:\n  - $1');
    });

    it('offers only the keys not yet present on an empty top-level line', () => {
      const list = completeProfile(PROFILE + '|');
      assert.deepEqual(labels(list), ['language', 'owner', 'summary', 'offer', 'verdict', 'referrals', 'replies', 'lessons']);
      assert.deepEqual(edit(item(list, 'verdict')).range, { start: { line: 24, character: 0 }, end: { line: 24, character: 0 } });
    });

    it('replaces a partly typed key', () => {
      const list = completeProfile(PROFILE + 'ver|d');
      assert.deepEqual(edit(item(list, 'verdict')).range, { start: { line: 24, character: 0 }, end: { line: 24, character: 4 } });
    });

    it('offers the keys of a fact inside a fact, from the indentation of the lines above', () => {
      const list = completeProfile(PROFILE.replace('    type: yesno\n', '    type: yesno\n    |\n'));
      assert.deepEqual(labels(list), ['label', 'question', 'options', 'currency', 'source', 'clarifyBy']);
      const fresh = completeProfile('profile: P\nfacts:\n  budget:\n    |\n');
      assert.deepEqual(labels(fresh).slice(0, 5), ['type', 'label', 'question', 'options', 'currency']);
      assert.equal(edit(item(fresh, 'type')).newText, 'type: ${1|choice,tags,yesno,number,money,duration,date,text|}');
      assert.equal(edit(item(fresh, 'options')).newText, 'options:\n  - $1');
    });

    it('offers a fact\'s defaultSnippets under facts:', () => {
      const list = completeProfile('profile: P\nfacts:\n  |\n');
      const snippet = item(list, 'new choice fact');
      assert.equal(snippet.kind, 15 /* Snippet */);
      assert.equal(edit(snippet).newText, '${1:factName}:\n  type: choice\n  label: ${2:Label}\n  question: ${3:Question to ask?}\n  options: [${4:first}, ${5:second}]');
    });

    it('offers the eight fact types after "type: ", replacing what is typed', () => {
      const list = completeProfile(PROFILE.replace('type: yesno', 'type: ye|'));
      assert.deepEqual(labels(list), [...FACT_TYPES]);
      assert.deepEqual(edit(item(list, 'yesno')).range, { start: { line: 15, character: 10 }, end: { line: 15, character: 12 } });
      assert.equal(edit(item(list, 'yesno')).newText, 'yesno');
      assert.deepEqual(labels(completeProfile(PROFILE.replace('type: yesno', 'type: |'))), [...FACT_TYPES]);
    });

    it('offers a criterion\'s keys after "- ", with its snippets', () => {
      const list = completeProfile(PROFILE + '  - |');
      const props = list.items.filter((i) => i.kind === 10).map((i) => i.label);
      assert.deepEqual(props.slice(0, 7), ['id', 'fact', 'weight', 'dealbreaker', 'severity', 'label', 'why']);
      assert.ok(props.includes('is') && props.includes('between'));
      const snippet = item(list, 'criterion: atLeast');
      assert.equal(edit(snippet).newText, 'id: ${1:id}\n  fact: ${2:fact}\n  atLeast: ${3:5000 EUR}\n  weight: ${5:1}\n  why: ${6:Why this matters}');
    });

    it('starts a list item under a list key without a dash yet', () => {
      const list = completeProfile('profile: P\ncriteria:\n  |\n');
      assert.equal(edit(item(list, 'id')).newText, '- id: $1');
    });

    it('offers only the matchers that fit the criterion\'s fact, and none once it has one', () => {
      const noMatcher = completeProfile(PROFILE.replace('    is: intuitive\n', '    |\n'));
      assert.deepEqual(labels(noMatcher), ['dealbreaker', 'severity', 'label', 'why', 'tellClient', 'is', 'isNot']);
      const withMatcher = completeProfile(PROFILE + '    |');
      assert.deepEqual(labels(withMatcher), ['dealbreaker', 'severity', 'label', 'why', 'tellClient']);
    });

    it('offers the four verdicts after a lesson\'s "expect: "', () => {
      const list = completeProfile(PROFILE + 'lessons:\n  - prospect: old.prospect.yaml\n    expect: |\n');
      assert.deepEqual(labels(list), [...VERDICTS]);
    });

    it('offers true and false for a boolean', () => {
      assert.deepEqual(labels(completeProfile(PROFILE + '    dealbreaker: |')), ['true', 'false']);
    });

    it('offers nothing in a comment or inside a block of free text', () => {
      assert.deepEqual(labels(completeProfile(PROFILE + '# |')), []);
      assert.deepEqual(labels(completeProfile(PROFILE + 'summary: |\n  Some text\n  |\n')), []);
    });
  });

  describe('from the profile', () => {
    it('offers the fact names after "fact: ", with label, question and type', () => {
      const list = completeProfile(PROFILE.replace('fact: workingStyle', 'fact: |'));
      assert.deepEqual(labels(list), ['workingStyle', 'signals', 'goalAgreed', 'budget']);
      const doc = (item(list, 'workingStyle').documentation as MarkupContent).value;
      assert.match(doc, /Arbeitsweise/);
      assert.match(doc, /Wie arbeiten Sie\?/);
      assert.match(doc, /`choice`/);
      assert.deepEqual(edit(item(list, 'budget')).range, { start: { line: 21, character: 10 }, end: { line: 21, character: 10 } });
    });

    it('replaces a partly typed fact name', () => {
      const list = completeProfile(PROFILE.replace('fact: workingStyle', 'fact: wor|kingStyle'));
      assert.deepEqual(edit(item(list, 'workingStyle')).range, { start: { line: 21, character: 10 }, end: { line: 21, character: 22 } });
    });

    it('offers a choice fact\'s options after "is: ", in a flow list and as list items', () => {
      assert.deepEqual(labels(completeProfile(PROFILE.replace('is: intuitive', 'is: |'))), ['intuitive', 'structured', 'detail-planner']);
      const flow = completeProfile(PROFILE.replace('is: intuitive', 'is: [intuitive, |]'));
      assert.deepEqual(labels(flow), ['structured', 'detail-planner']);
      assert.deepEqual(edit(item(flow, 'structured')).range, { start: { line: 22, character: 20 }, end: { line: 22, character: 20 } });
      assert.equal(item(flow, 'detail-planner').detail, 'plans every detail');
      const block = completeProfile(PROFILE.replace('is: intuitive', 'is:\n      - structured\n      - |'));
      assert.deepEqual(labels(block), ['intuitive', 'detail-planner']);
    });

    it('offers tags after "excludes: " and true/false for a yes/no fact', () => {
      const tags = completeProfile(PROFILE + '  - id: t\n    fact: signals\n    excludes: [|]\n');
      assert.deepEqual(labels(tags), ['always-on', 'open-to-advice']);
      const yesno = completeProfile(PROFILE + '  - id: g\n    fact: goalAgreed\n    is: |\n');
      assert.deepEqual(labels(yesno), ['true', 'false']);
    });

    it('offers fact names under a referral\'s when:, and their options as values', () => {
      const keys = completeProfile(PROFILE + 'referrals:\n  - name: Anna\n    when:\n      |\n');
      assert.deepEqual(labels(keys), ['workingStyle', 'signals', 'goalAgreed', 'budget']);
      assert.equal(edit(item(keys, 'workingStyle')).newText, 'workingStyle: [${1|intuitive,structured,detail-planner|}]');
      const values = completeProfile(PROFILE + 'referrals:\n  - name: Anna\n    when:\n      workingStyle: [|]\n');
      assert.deepEqual(labels(values), ['intuitive', 'structured', 'detail-planner']);
    });
  });

  describe('in a prospect', () => {
    it('offers the profile\'s facts not yet given under facts:', () => {
      const list = completeProspect('prospect: A\nfacts:\n  budget: 6000 EUR\n  |\n');
      assert.deepEqual(labels(list), ['workingStyle', 'signals', 'goalAgreed']);
      assert.equal(edit(item(list, 'workingStyle')).newText, 'workingStyle: ${1|intuitive,structured,detail-planner|}');
      assert.equal(edit(item(list, 'signals')).newText, 'signals: [${1|always-on,open-to-advice|}]');
      assert.equal(edit(item(list, 'goalAgreed')).newText, 'goalAgreed: ${1|true,false|}');
      assert.match((item(list, 'workingStyle').documentation as MarkupContent).value, /Wie arbeiten Sie\?/);
    });

    it('offers a fact\'s values: options of a choice, a list for tags, true/false for yes/no', () => {
      assert.deepEqual(labels(completeProspect('prospect: A\nfacts:\n  workingStyle: |\n')), ['intuitive', 'structured', 'detail-planner']);
      const tags = completeProspect('prospect: A\nfacts:\n  signals: |\n');
      assert.deepEqual(labels(tags), ['always-on', 'open-to-advice']);
      assert.equal(edit(item(tags, 'always-on')).newText, '[always-on]');
      assert.deepEqual(labels(completeProspect('prospect: A\nfacts:\n  signals: [always-on, |]\n')), ['open-to-advice']);
      assert.deepEqual(labels(completeProspect('prospect: A\nfacts:\n  goalAgreed: |\n')), ['true', 'false']);
    });

    it('offers the prospect\'s own keys at the top level', () => {
      assert.deepEqual(labels(completeProspect('prospect: A\n|\n')), ['profile', 'contact', 'met', 'facts', 'notes', 'status', 'decision', 'engagement', 'observations', 'ended']);
    });

    it('completes in a Markdown prospect\'s front matter only', () => {
      const md = '---\nprospect: A\nfacts:\n  workingStyle: st|\n---\n# Notes\n';
      const list = completeProspect(md, 'b.prospect.md');
      assert.deepEqual(labels(list), ['intuitive', 'structured', 'detail-planner']);
      assert.deepEqual(edit(item(list, 'structured')).range, { start: { line: 3, character: 16 }, end: { line: 3, character: 18 } });
      assert.deepEqual(labels(completeProspect('---\nprospect: A\nfacts:\n  |\n---\n# Notes\n', 'b.prospect.md')),
        ['workingStyle', 'signals', 'goalAgreed', 'budget']);
      assert.deepEqual(labels(completeProspect('---\nprospect: A\n---\n# Notes\n|\n', 'b.prospect.md')), []);
      assert.deepEqual(labels(completeProspect('---\nprospect: A\n---\nfacts:\n  |\n', 'b.prospect.md')), []);
    });

    it('never parses again', () => {
      const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': 'prospect: A\nfacts:\n  workingStyle: \n' });
      const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
      const uri = service.uriOf('/w/a.prospect.yaml');
      service.complete(uri, { line: 2, character: 16 });
      const before = parseCounter.count;
      for (let i = 0; i < 5; i++) {
        service.complete(uri, { line: 2, character: 16 });
        service.complete(uri, { line: 3, character: 0 });
        service.hover(uri, { line: 2, character: 4 });
      }
      assert.equal(parseCounter.count, before);
    });
  });

  it('answers quickly on a 10,000-line profile', () => {
    let text = 'profile: Big\nfacts:\n';
    for (let i = 0; i < 1800; i++) text += `  f${i}:\n    type: choice\n    options: [a, b, c]\n`;
    text += 'criteria:\n';
    for (let i = 0; i < 1200; i++) text += `  - id: c${i}\n    fact: f${i}\n    is: a\n    weight: 1\n`;
    text += '  - id: last\n    fact: |\n';
    const { text: t, offset } = cursor(text);
    const parsed = parseText('file:///w/big.profile.yaml', 1, t);
    assert.ok(parsed.lines.lineCount > 10_000);
    const ctx: FeatureContext = { profile: { uri: parsed.uri, parsed, profile: buildProfile(parsed.value)! }, resolvePath: () => ({ ok: false, message: '' }) };
    doComplete(parsed, parsed.lines.positionAt(offset), ctx); // warm up: the fact index is built once
    const start = performance.now();
    const list = doComplete(parsed, parsed.lines.positionAt(offset), ctx);
    const mid = doComplete(parsed, { line: 2 + 3 * 1000 + 1, character: 4 }, ctx); // on f1000's "type" key
    const elapsed = performance.now() - start;
    assert.equal(list.items.length, 1800);
    assert.deepEqual(labels(mid), ['type', 'label', 'question', 'currency', 'source', 'clarifyBy']);
    assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);
  });
});
