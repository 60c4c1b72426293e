// The outline: names, details, whole-entry ranges and name selections, for profiles and
// prospects (YAML and Markdown).
import { strict as assert } from 'node:assert';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { parseText } from '../../server/src/parser/parsedDocument';
import { findDocumentSymbols } from '../../server/src/features/documentSymbols';

function range(sl: number, sc: number, el: number, ec: number) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/** name → [detail, children names] — the tree as a reader of the outline sees it. */
function tree(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => (s.children ? [s.name, s.detail ?? '', tree(s.children)] : [s.name, s.detail ?? '']));
}

function assertWellFormed(symbols: DocumentSymbol[]): void {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  for (const s of symbols) {
    assert.ok(s.name.trim() !== '', 'a symbol has a name');
    assert.ok(le(s.range.start, s.selectionRange.start) && le(s.selectionRange.end, s.range.end), `selection inside range for ${s.name}`);
    if (s.children) assertWellFormed(s.children);
  }
}

const PROFILE = `profile: Wunschkunde Beratung
language: de
facts:
  workingStyle:
    type: choice
    options: [intuitive, structured]
  budget:
    type: money
criteria:
  - id: working-style
    fact: workingStyle
    is: [intuitive, structured]
    weight: 3
  - id: takes-advice
    fact: budget
    atLeast: 5000 EUR
    dealbreaker: true
  - fact: budget
    atMost: 90000
verdict:
  fit: 70
  borderline: 50
referrals:
  - name: Anna Schmidt
    contact: anna@example.org
lessons:
  - prospect: archive/old.prospect.yaml
    expect: no-fit
`;

describe('document symbols', () => {
  it('outlines a profile: name, facts with types, criteria with what they check, thresholds, referrals, lessons', () => {
    const symbols = findDocumentSymbols(parseText('file:///w/p.profile.yaml', 1, PROFILE));
    assert.deepEqual(tree(symbols), [
      ['Wunschkunde Beratung', 'profile'],
      ['language', 'de'],
      ['facts', '', [['workingStyle', 'choice'], ['budget', 'money']]],
      ['criteria', '', [
        ['working-style', 'workingStyle is [intuitive, structured]'],
        ['takes-advice', 'budget atLeast 5000 EUR (dealbreaker)'],
        ['#3', 'budget atMost 90000'],
      ]],
      ['verdict', 'fit 70 · borderline 50'],
      ['referrals', '', [['Anna Schmidt', 'anna@example.org']]],
      ['lessons', '', [['archive/old.prospect.yaml', 'expect no-fit']]],
    ]);
    assertWellFormed(symbols);
  });

  it('gives each symbol the whole entry as range and its name as selection', () => {
    const symbols = findDocumentSymbols(parseText('file:///w/p.profile.yaml', 1, PROFILE));
    const [name, , facts, criteria] = symbols;
    assert.deepEqual([name.range, name.selectionRange, name.kind], [range(0, 0, 0, 29), range(0, 9, 0, 29), SymbolKind.Module]);
    assert.deepEqual([facts.range, facts.selectionRange], [range(2, 0, 7, 15), range(2, 0, 2, 5)]);
    const workingStyle = facts.children![0];
    assert.deepEqual([workingStyle.range, workingStyle.selectionRange, workingStyle.kind], [range(3, 2, 5, 36), range(3, 2, 3, 14), SymbolKind.Field]);
    const [first, second, third] = criteria.children!;
    assert.deepEqual([first.range, first.selectionRange], [range(9, 4, 12, 13), range(9, 8, 9, 21)]);
    assert.deepEqual(second.selectionRange, range(13, 8, 13, 20));
    assert.deepEqual(third.selectionRange, third.range, 'no id: the whole criterion');
  });

  it('outlines a prospect: name and facts with their values', () => {
    const text = 'prospect: ACME GmbH\nprofile: ../p.profile.yaml\nfacts:\n  workingStyle: detail-planner\n  signals: [wants-to-be-right, always-on]\n  goal:\nnotes: |\n  Erstgespräch.\n  Viel Detail.\n';
    const symbols = findDocumentSymbols(parseText('file:///w/a.prospect.yaml', 1, text));
    assert.deepEqual(tree(symbols), [
      ['ACME GmbH', 'prospect'],
      ['profile', '../p.profile.yaml'],
      ['facts', '', [['workingStyle', 'detail-planner'], ['signals', '[wants-to-be-right, always-on]'], ['goal', '']]],
      ['notes', 'Erstgespräch. Viel Detail.'],
    ]);
    assert.deepEqual(symbols[3].range, range(6, 0, 8, 14), 'a block scalar ends with its last line');
    assertWellFormed(symbols);
  });

  it('uses file positions in a Markdown prospect and adds the headings of its notes', () => {
    const text = '---\nprospect: Baumann\nfacts:\n  budget: 4.500 €\n---\n\n# Erstgespräch\n\nText.\n\n## Budget\n\nknapp\n\n```\n# not a heading\n```\n# Nächste Schritte\n';
    const symbols = findDocumentSymbols(parseText('file:///w/b.prospect.md', 1, text));
    assert.deepEqual(tree(symbols), [
      ['Baumann', 'prospect'],
      ['facts', '', [['budget', '4.500 €']]],
      ['Erstgespräch', '', [['Budget', '']]],
      ['Nächste Schritte', ''],
    ]);
    assert.deepEqual(symbols[1].children![0].selectionRange, range(3, 2, 3, 8));
    assert.deepEqual([symbols[2].range, symbols[2].selectionRange], [range(6, 0, 16, 3), range(6, 0, 6, 14)]);
    assert.deepEqual(symbols[2].children![0].range, range(10, 0, 16, 3));
    assert.deepEqual(symbols[3].range, range(17, 0, 17, 18));
    assertWellFormed(symbols);
  });

  it('never throws and never gives a blank name, whatever the YAML', () => {
    for (const text of ['', '- a\n- b\n', 'profile:\nfacts:\n  "": {type: choice}\ncriteria:\n  - id: ""\n  - 3\n  - [x]\nlessons: [1]\n', '? [a]\n: b\n', 'profile: "   "\n']) {
      const symbols = findDocumentSymbols(parseText('file:///w/p.profile.yaml', 1, text));
      assertWellFormed(symbols);
    }
  });
});
