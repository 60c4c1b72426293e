// Draft Reply in the editor: the code lens of its own on a prospect that is not a fit, and the
// command that opens the draft beside the prospect as an untitled Markdown document — the same
// letter that samples/EXPECTED.md shows for `ideal-client reply`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readExpectedDrafts } from '../helpers/expected.mjs';
import { ACME, activate, codeLenses, lensTitles, open, wsPath, wsUri } from './helpers';

const LINDNER = 'prospects/2026-12-01-lindner.prospect.md';

/** The letter EXPECTED.md shows for `ideal-client reply <file>` without options. */
function expectedDraft(file: string): string {
  const found = readExpectedDrafts(wsPath('EXPECTED.md')).find((d) => d.args.length === 2 && d.args[1] === file);
  assert.ok(found, `EXPECTED.md shows a draft for ${file}`);
  return `${found.text}\n`;
}

async function closeDrafts(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('Draft Reply', function () {
  this.timeout(60_000);

  before(activate);
  afterEach(closeDrafts);

  it('a lens "Draft reply" of its own on ACME (no fit), none on a fit', async function () {
    await open(ACME);
    const lenses = await codeLenses(wsUri(ACME), (l) => lensTitles(l).includes('Draft reply'), 'the Draft reply lens on ACME');
    const lens = lenses.find((l) => l.command?.title === 'Draft reply')!;
    assert.strictEqual(lens.command?.command, 'idealClient.draftReply');
    const baumann = 'prospects/2026-11-24-baumann.prospect.md';
    await open(baumann);
    const fit = await codeLenses(wsUri(baumann), (l) => l.length > 0, 'the lenses on Baumann');
    assert.ok(!lensTitles(fit).includes('Draft reply'), lensTitles(fit).join(' | '));
  });

  it('opens the referral to Anna Schmidt beside ACME as an untitled Markdown document, the letter of EXPECTED.md', async function () {
    const prospect = await open(ACME);
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('idealClient.draftReply', wsUri(ACME), { kind: 'refer', to: 'Anna Schmidt' });
    assert.ok(doc, 'the command returns the draft');
    assert.strictEqual(doc.isUntitled, true);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.strictEqual(doc.getText(), expectedDraft(ACME));
    const editors = vscode.window.visibleTextEditors;
    const draftEditor = editors.find((e) => e.document === doc);
    const prospectEditor = editors.find((e) => e.document.uri.toString() === prospect.document.uri.toString());
    assert.ok(draftEditor && prospectEditor, 'the draft and the prospect are both visible');
    assert.notStrictEqual(draftEditor.viewColumn, prospectEditor.viewColumn, 'the draft is beside the prospect');
  });

  it('with one reply only (Lindner: the open questions) no choice is asked: the draft opens at once', async function () {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('idealClient.draftReply', wsUri(LINDNER));
    assert.ok(doc, 'the command returns the draft');
    assert.strictEqual(doc.getText(), expectedDraft(LINDNER));
    assert.match(doc.getText(), /^1\. /m);
    // Named after the prospect, beside its file (where Save proposes to put it), still untitled.
    assert.strictEqual(doc.isUntitled, true);
    assert.ok(doc.uri.path.endsWith('/prospects/Reply to Lindner & Söhne.md'), doc.uri.toString());
    assert.strictEqual(doc.languageId, 'markdown');
  });
});
