// Code actions: the edits are applied to the text and the result compared with the YAML a user
// expects — "did you mean" replacements, adding the facts still unknown, setting a hinted fact.
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';

import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { buildProspect } from '../../server/src/model/prospectModel';
import { checkProspect } from '../../server/src/features/validation/prospectChecks';
import { checkProfile } from '../../server/src/features/validation/profileChecks';
import { getCodeActions } from '../../server/src/features/codeActions';
import { toDiagnostic } from '../../server/src/service/diagnostics';
import type { FeatureContext, ProfileInfo } from '../../server/src/model/featureContext';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';
import { applyEdits } from '../helpers/textEdits';

const PROFILE = `profile: P
facts:
  workingStyle:
    question: How does your team like to plan?
    type: choice
    options: [intuitive, structured, detail-planner]
  budget:
    type: money
    currency: EUR
  signals:
    question: >-
      What happens when my advice
      differs from your plan?
    type: tags
    options: [wants-to-be-right, always-on]
  goalAgreed:
    question: Have we agreed on the goal?
    type: yesno
criteria:
  - id: b
    fact: budget
    atLeast: 5000 EUR
`;
const PROFILE_URI = 'file:///w/p.profile.yaml';
const ALL = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function profileInfo(): ProfileInfo {
  const parsed = parseText(PROFILE_URI, 1, PROFILE);
  return { uri: PROFILE_URI, parsed, profile: buildProfile(parsed.value)! };
}

const ctx: FeatureContext = { profile: profileInfo(), resolvePath: () => ({ ok: false, message: 'no' }) };

function applyAction(text: string, uri: string, action: CodeAction | undefined): string {
  assert.ok(action, 'the action is offered');
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits, 'the action edits this document');
  return applyEdits(text, edits);
}

function prospectActions(text: string, uri = 'file:///w/a.prospect.yaml', extra: Diagnostic[] = []) {
  const parsed = parseText(uri, 1, text);
  const diagnostics = checkProspect(parsed, buildProspect(parsed)!, ctx.profile, { ok: true, uri: PROFILE_URI, how: 'nearest' }).map(toDiagnostic);
  return { parsed, diagnostics, actions: getCodeActions(parsed, ALL, [...diagnostics, ...extra], ctx) };
}

const ADD = 'Add the facts still unknown';

describe('code actions', () => {
  describe('did you mean', () => {
    it('replaces a misspelt prospect fact with the one suggested, as the preferred quick fix', () => {
      const text = 'prospect: A\nfacts:\n  budgt: 8000\n  workingStyle: intuitve\n  signals: [always-on]\n  goalAgreed: true\n';
      const { actions, diagnostics } = prospectActions(text);
      const fixes = actions.filter((a) => a.title.startsWith('Change to'));
      assert.deepEqual(fixes.map((a) => [a.title, a.kind, a.isPreferred]), [
        ['Change to "budget"', 'quickfix', true],
        ['Change to "intuitive"', 'quickfix', true],
      ]);
      assert.deepEqual(fixes[0].diagnostics, [diagnostics[0]]);
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', fixes[0]), text.replace('budgt', 'budget'));
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', fixes[1]), text.replace('intuitve', 'intuitive'));
    });

    it('keeps the quotes the author wrote', () => {
      const text = 'prospect: A\nfacts:\n  "budgt": 8000\n  workingStyle: \'intuitve\'\n';
      const { actions } = prospectActions(text);
      const fixes = actions.filter((a) => a.title.startsWith('Change to'));
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', fixes[0]), text.replace('"budgt"', '"budget"'));
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', fixes[1]), text.replace("'intuitve'", "'intuitive'"));
    });

    it('fixes a criterion\'s fact in a profile', () => {
      const text = PROFILE.replace('fact: budget', 'fact: budgte');
      const parsed = parseText(PROFILE_URI, 2, text);
      const diagnostics = checkProfile(parsed, buildProfile(parsed.value)!, []).map(toDiagnostic);
      const actions = getCodeActions(parsed, diagnostics[0].range, diagnostics, ctx);
      assert.deepEqual(actions.map((a) => a.title), ['Change to "budget"']);
      assert.equal(applyAction(text, PROFILE_URI, actions[0]), PROFILE);
    });

    it('ignores diagnostics of other tools and data it does not understand', () => {
      const parsed = parseText(PROFILE_URI, 1, PROFILE);
      const foreign: Diagnostic[] = [
        { range: ALL, message: 'x', source: 'yaml', data: { replacement: 'y' } },
        { range: ALL, message: 'x', source: 'ideal-client', data: 'nonsense' },
        { range: ALL, message: 'x', source: 'ideal-client', data: { replacement: 3 } },
      ];
      assert.deepEqual(getCodeActions(parsed, ALL, foreign, ctx), []);
    });
  });

  describe('add the facts still unknown', () => {
    it('adds one line per missing fact under facts:, with its question, in profile order', () => {
      const text = 'prospect: A\nfacts:\n  budget: 8000\nnotes: |\n  First call.\n';
      const { actions } = prospectActions(text);
      const add = actions.find((a) => a.title === ADD);
      assert.equal(add?.kind, 'quickfix');
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', add), [
        'prospect: A', 'facts:', '  budget: 8000',
        '  # How does your team like to plan?', '  workingStyle: ',
        '  # What happens when my advice differs from your plan?', '  signals: ',
        '  # Have we agreed on the goal?', '  goalAgreed: ',
        'notes: |', '  First call.', '',
      ].join('\n'));
    });

    it('uses a generated question for a fact without one, and the existing indentation', () => {
      const text = 'prospect: A\nfacts:\n    workingStyle: intuitive\n    signals: []\n    goalAgreed: true\n';
      const { actions } = prospectActions(text);
      const result = applyAction(text, 'file:///w/a.prospect.yaml', actions.find((a) => a.title === ADD));
      assert.equal(result, `${text}    # What is the prospect's budget (in EUR)?\n    budget: \n`);
    });

    it('creates facts: when the prospect has none, and fills an empty facts:', () => {
      const none = 'prospect: A\ncontact: { name: Max }';
      const r1 = applyAction(none, 'file:///w/a.prospect.yaml', prospectActions(none).actions.find((a) => a.title === ADD));
      assert.match(r1, /^prospect: A\ncontact: \{ name: Max \}\nfacts:\n {2}# How does your team like to plan\?\n {2}workingStyle: \n/);
      assert.ok(r1.endsWith('  goalAgreed: '));
      const empty = 'prospect: A\nfacts:\nmet: 2026-11-20\n';
      const r2 = applyAction(empty, 'file:///w/a.prospect.yaml', prospectActions(empty).actions.find((a) => a.title === ADD));
      assert.ok(r2.startsWith('prospect: A\nfacts:\n  # How does your team like to plan?\n  workingStyle: \n'));
      assert.ok(r2.endsWith('  goalAgreed: \nmet: 2026-11-20\n'));
    });

    it('turns a flow mapping into a block so the questions fit', () => {
      const text = 'prospect: A\nfacts: { budget: 8000, signals: [always-on], workingStyle: intuitive }\n';
      const result = applyAction(text, 'file:///w/a.prospect.yaml', prospectActions(text).actions.find((a) => a.title === ADD));
      assert.equal(result, 'prospect: A\nfacts:\n  budget: 8000\n  signals: [always-on]\n  workingStyle: intuitive\n  # Have we agreed on the goal?\n  goalAgreed: \n');
    });

    it('writes into the front matter of a Markdown prospect', () => {
      const text = '---\nprospect: A\nfacts:\n  budget: 8000\n  workingStyle: intuitive\n  signals: []\n---\n\n# Notes\n';
      const uri = 'file:///w/a.prospect.md';
      const result = applyAction(text, uri, prospectActions(text, uri).actions.find((a) => a.title === ADD));
      assert.equal(result, '---\nprospect: A\nfacts:\n  budget: 8000\n  workingStyle: intuitive\n  signals: []\n  # Have we agreed on the goal?\n  goalAgreed: \n---\n\n# Notes\n');
      const bare = '---\nprospect: A\n---\nNotes\n';
      assert.equal(applyAction(bare, uri, prospectActions(bare, uri).actions.find((a) => a.title === ADD)).split('\n').slice(0, 4).join('\n'),
        '---\nprospect: A\nfacts:\n  # How does your team like to plan?');
    });

    it('keeps Windows line ends', () => {
      const text = 'prospect: A\r\nfacts:\r\n  budget: 8000\r\n  workingStyle: intuitive\r\n  signals: []\r\n';
      const result = applyAction(text, 'file:///w/a.prospect.yaml', prospectActions(text).actions.find((a) => a.title === ADD));
      assert.equal(result, `${text}  # Have we agreed on the goal?\r\n  goalAgreed: \r\n`);
    });

    it('is not offered when every fact has a line, nor without a profile', () => {
      const text = 'prospect: A\nfacts:\n  budget:\n  workingStyle: intuitive\n  signals: []\n  goalAgreed:\n';
      assert.deepEqual(prospectActions(text).actions, []);
      const parsed = parseText('file:///w/a.prospect.yaml', 1, 'prospect: A\n');
      assert.deepEqual(getCodeActions(parsed, ALL, [], { resolvePath: ctx.resolvePath }), []);
    });
  });

  describe('set a fact from a hint in the notes', () => {
    const hint = (fact: string, value: string): Diagnostic => ({
      range: ALL, message: 'The notes suggest …', source: 'ideal-client', code: 'note-hint', data: { fact, value },
    });
    const setAction = (text: string, d: Diagnostic) => prospectActions(text, undefined, [d]).actions.find((a) => a.title.startsWith('Set '));

    it('writes the value after an empty fact, as a list for tags', () => {
      const text = 'prospect: A\nfacts:\n  signals:\n  workingStyle:   # ask\n';
      const tags = setAction(text, hint('signals', 'always-on'));
      // In words: the fact's name in words (no label here) and the option (its value: no label).
      assert.deepEqual([tags?.title, tags?.kind], ['Set Signals to "always-on"', 'quickfix']);
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', tags), 'prospect: A\nfacts:\n  signals: [always-on]\n  workingStyle:   # ask\n');
      const choice = setAction(text, hint('workingStyle', 'detail-planner'));
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', choice), 'prospect: A\nfacts:\n  signals:\n  workingStyle: detail-planner # ask\n');
    });

    it('replaces an empty string and adds a missing fact', () => {
      const text = 'prospect: A\nfacts:\n  workingStyle: ""\n';
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', setAction(text, hint('workingStyle', 'structured'))), 'prospect: A\nfacts:\n  workingStyle: structured\n');
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', setAction(text, hint('signals', 'always-on'))), `${text}  signals: [always-on]\n`);
    });

    it('quotes a value YAML would misread', () => {
      const text = 'prospect: A\nfacts:\n  workingStyle:\n';
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', setAction(text, hint('workingStyle', 'yes'))), 'prospect: A\nfacts:\n  workingStyle: "yes"\n');
      assert.equal(applyAction(text, 'file:///w/a.prospect.yaml', setAction(text, hint('workingStyle', '24/7: always'))), 'prospect: A\nfacts:\n  workingStyle: "24/7: always"\n');
    });
  });

  describe('notes that contradict a value: add the tag, or set the choice', () => {
    const contradiction = (fact: string, value: string, add: boolean): Diagnostic => ({
      range: ALL, message: 'The notes suggest …', source: 'ideal-client', code: 'note-contradiction', data: { fact, value, add },
    });
    const fix = (text: string, d: Diagnostic) => prospectActions(text, undefined, [d]).actions.find((a) => a.title.startsWith('Add "always') || a.title.startsWith('Set '));
    const URI = 'file:///w/a.prospect.yaml';

    it('adds the tag to a flow list, keeping its comment', () => {
      const text = 'prospect: A\nfacts:\n  signals: [wants-to-be-right]   # from the call\n';
      const a = fix(text, contradiction('signals', 'always-on', true));
      assert.deepEqual([a?.title, a?.kind], ['Add "always-on" to Signals', 'quickfix']);
      assert.equal(applyAction(text, URI, a), 'prospect: A\nfacts:\n  signals: [wants-to-be-right, always-on]   # from the call\n');
    });
    it('adds the tag to an empty flow list', () => {
      const text = 'prospect: A\nfacts:\n  signals: [ ]\n  budget: 8000\n';
      assert.equal(applyAction(text, URI, fix(text, contradiction('signals', 'always-on', true))), 'prospect: A\nfacts:\n  signals: [always-on]\n  budget: 8000\n');
    });
    it('adds the tag as a new item of a block list, indented like the others', () => {
      const text = 'prospect: A\nfacts:\n  signals:\n    - wants-to-be-right  # said twice\n  budget: 8000\n';
      assert.equal(applyAction(text, URI, fix(text, contradiction('signals', 'always-on', true))),
        'prospect: A\nfacts:\n  signals:\n    - wants-to-be-right  # said twice\n    - always-on\n  budget: 8000\n');
    });
    it('sets a choice to the option the notes hint at', () => {
      const text = 'prospect: A\nfacts:\n  workingStyle: intuitive\n';
      const a = fix(text, contradiction('workingStyle', 'detail-planner', false));
      assert.equal(applyAction(text, URI, a), 'prospect: A\nfacts:\n  workingStyle: detail-planner\n');
    });
    it('offers nothing when the value is not a list in the file, or comes from an observation (no value in data)', () => {
      const text = 'prospect: A\nfacts:\n  signals: wants-to-be-right\n';
      assert.equal(fix(text, contradiction('signals', 'always-on', true)), undefined);
      const observed: Diagnostic = { range: ALL, message: '…', source: 'ideal-client', code: 'note-contradiction', data: { fact: 'signals' } };
      assert.equal(fix('prospect: A\nfacts:\n  signals: []\n', observed), undefined);
    });
  });

  it('works through the language service with its own diagnostics', () => {
    const prospectText = 'prospect: A\nfacts:\n  budget: 8000\n  signals: []\n  goalAgreed: true\nnotes: Das Team hat jedes Detail geplant.\n';
    const profileText = PROFILE.replace('options: [intuitive, structured, detail-planner]', 'options:\n      - intuitive\n      - value: detail-planner\n        phrases: [jedes Detail]');
    const fs = memoryFs({ '/w/p.profile.yaml': profileText, '/w/a.prospect.yaml': prospectText });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/a.prospect.yaml');
    const diagnostics = service.diagnostics(uri);
    const hintDiagnostic = diagnostics.find((d) => d.code === 'note-hint');
    assert.ok(hintDiagnostic, 'the notes hint at workingStyle');
    const actions = service.codeActions(uri, hintDiagnostic.range, diagnostics);
    // Record Decision last: the prospect is still undecided.
    assert.deepEqual(actions.map((a) => a.title), ['Set Working style to "detail-planner"', ADD, 'Record Decision']);
    assert.equal(applyAction(prospectText, uri, actions[0]), prospectText.replace('goalAgreed: true\n', 'goalAgreed: true\n  workingStyle: detail-planner\n'));
  });
});
