// Completion, hover and go to definition on the sample profile and the ACME prospect,
// through the same provider commands the editor uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ACME, activate, childKeys, hoverText, label, lineOf, open, poll, positionAfter, PROFILE } from './helpers';

async function completionLabels(uri: vscode.Uri, at: vscode.Position, want: string[]): Promise<string[]> {
  return poll(
    async () => ((await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at))?.items ?? []).map(label),
    (labels) => want.every((w) => labels.includes(w)),
    { message: `completion items ${want.join(', ')}`, timeout: 30_000 },
  );
}

async function withLineReplaced<T>(editor: vscode.TextEditor, line: number, text: string, fn: (end: vscode.Position) => Promise<T>): Promise<T> {
  const doc = editor.document;
  const range = doc.lineAt(line).range;
  const original = doc.getText(range);
  assert.ok(await editor.edit((e) => e.replace(range, text)), 'edit failed');
  try {
    return await fn(new vscode.Position(line, text.length));
  } finally {
    await editor.edit((e) => e.replace(doc.lineAt(line).range, original));
    await doc.save();
  }
}

function targetOf(def: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in def ? { uri: def.targetUri, range: def.targetSelectionRange ?? def.targetRange } : def;
}

async function definitions(uri: vscode.Uri, at: vscode.Position): Promise<{ uri: vscode.Uri; range: vscode.Range }[]> {
  const defs = await poll(
    async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, at)) ?? [],
    (d) => d.length > 0,
    { message: `a definition at ${at.line + 1}:${at.character + 1}`, timeout: 30_000 },
  );
  return defs.map(targetOf);
}

describe('Language features', () => {
  let profile: vscode.TextEditor;
  let factNames: string[];

  before(async function () {
    this.timeout(60_000);
    await activate();
    profile = await open(PROFILE);
    factNames = childKeys(profile.document, 'facts').map((f) => f.name);
    assert.deepStrictEqual(factNames, ['workingStyle', 'expectedResponseTime', 'budget', 'outcomeExpectation', 'advice', 'availability', 'goalAgreed', 'gutFeeling'], 'the sample profile changed: update this suite');
  });

  it('completes the profile\'s fact names after "fact: "', async function () {
    this.timeout(60_000);
    profile = await open(PROFILE);
    const line = lineOf(profile.document, /^\s+fact:\s*workingStyle/, lineOf(profile.document, /^criteria:/));
    const labels = await withLineReplaced(profile, line, '    fact: ', (end) => completionLabels(profile.document.uri, end, factNames));
    for (const f of factNames) assert.ok(labels.includes(f), `"${f}" missing from ${labels.join(', ')}`);
  });

  it('completes a fact\'s option values after a matcher', async function () {
    this.timeout(60_000);
    profile = await open(PROFILE);
    const line = lineOf(profile.document, /^\s+is:\s*\[intuitive, structured\]/, lineOf(profile.document, /^criteria:/));
    const options = ['intuitive', 'structured', 'detail-planner'];
    const labels = await withLineReplaced(profile, line, '    is: ', (end) => completionLabels(profile.document.uri, end, options));
    for (const o of options) assert.ok(labels.includes(o), `"${o}" missing from ${labels.join(', ')}`);
  });

  it('hover on a fact shows its question, type and the criteria that use it', async function () {
    this.timeout(60_000);
    profile = await open(PROFILE);
    const key = positionAfter(profile.document, /^ {2}workingStyle:/, /^ {2}/, lineOf(profile.document, /^facts:/)).translate(0, 3);
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', profile.document.uri, key) ?? []),
      (t) => t.includes('Wie plant und arbeitet Ihr Team am liebsten?'),
      { message: 'a hover with the fact\'s question', timeout: 30_000 },
    );
    assert.match(text, /choice/);
    assert.match(text, /working-style/, 'the hover should name the criterion using the fact');
  });

  it('hover on a prospect fact says how it scored', async function () {
    this.timeout(60_000);
    const acme = await open(ACME);
    const key = positionAfter(acme.document, /^ {2}budget:/, /^ {2}/).translate(0, 2);
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', acme.document.uri, key) ?? []),
      (t) => /budget/i.test(t) && /\bmet\b|erfüllt|✓/i.test(t),
      { message: 'a hover on budget with its outcome', timeout: 30_000 },
    );
    assert.ok(text.length > 0);
  });

  it('go to definition from a criterion\'s fact to the fact in the profile', async function () {
    this.timeout(60_000);
    profile = await open(PROFILE);
    const doc = profile.document;
    const at = positionAfter(doc, /^\s+fact:\s*budget/, /fact:\s*/, lineOf(doc, /^criteria:/)).translate(0, 2);
    const [def] = await definitions(doc.uri, at);
    const factLine = childKeys(doc, 'facts').find((f) => f.name === 'budget')!.line;
    assert.strictEqual(def.uri.toString(), doc.uri.toString());
    assert.strictEqual(def.range.start.line, factLine, `expected line ${factLine + 1} (budget:), got ${def.range.start.line + 1}`);
  });

  it('the outline lists the profile, its facts and its criteria by id', async function () {
    this.timeout(60_000);
    profile = await open(PROFILE);
    const doc = profile.document;
    const symbols = await poll(
      async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [],
      (s) => s.length > 0,
      { message: 'an outline of the profile', timeout: 30_000 },
    );
    const profileName = /^profile:\s*(.+?)\s*$/m.exec(doc.getText())![1];
    assert.strictEqual(symbols[0].name, profileName);
    const facts = symbols.find((s) => s.name === 'facts');
    assert.deepStrictEqual(facts?.children.map((c) => c.name), factNames);
    const ids = [...doc.getText().matchAll(/^ {2}- id:\s*(\S+)/gm)].map((m) => m[1]);
    assert.deepStrictEqual(symbols.find((s) => s.name === 'criteria')?.children.map((c) => c.name), ids);
    // Each fact's symbol covers its key's line in the file.
    const budget = facts!.children.find((c) => c.name === 'budget')!;
    assert.strictEqual(budget.selectionRange.start.line, childKeys(doc, 'facts').find((f) => f.name === 'budget')!.line);
  });

  it('go to definition from a prospect\'s fact key and its profile: path', async function () {
    this.timeout(60_000);
    const acme = await open(ACME);
    const profileDoc = (await open(PROFILE)).document;
    await open(ACME);
    const key = positionAfter(acme.document, /^ {2}workingStyle:/, /^ {2}/).translate(0, 2);
    const [fact] = await definitions(acme.document.uri, key);
    assert.strictEqual(fact.uri.toString(), profileDoc.uri.toString());
    assert.strictEqual(fact.range.start.line, childKeys(profileDoc, 'facts').find((f) => f.name === 'workingStyle')!.line);
    const path = positionAfter(acme.document, /^profile:/, /^profile:\s*/).translate(0, 4);
    const [file] = await definitions(acme.document.uri, path);
    assert.strictEqual(file.uri.toString(), profileDoc.uri.toString());
  });
});
