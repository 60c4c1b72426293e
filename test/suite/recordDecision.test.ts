// Record Decision as a user runs it: the code action on a prospect still undecided, the quick pick of
// outcomes answered, status and decision written into the prospect as one edit (the Markdown
// body untouched) that one undo takes back byte for byte; a prospect with a syntax error refused
// before anything is asked, nothing changed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, open, poll, wsUri } from './helpers';
import { today } from '../../client/src/files';

const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const LINDNER = 'prospects/2026-12-01-lindner.prospect.md';
type Result = { ok: true; status: string } | { ok: false; message: string } | undefined;

/** The titles of the code actions at the top of `uri` (Record Decision is one; it has no lens). */
async function actionTitles(uri: vscode.Uri): Promise<string[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0));
  return (actions ?? []).map((a) => a.title);
}

/** Runs Record Decision on `relative` and answers its quick pick with the first outcome (Signed). */
async function recordSigned(relative: string): Promise<Result> {
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  let result: Result;
  let done = false;
  vscode.commands.executeCommand<Result>('idealClient.recordDecision', wsUri(relative)).then((r) => { result = r; done = true; }, () => { done = true; });
  await poll(async () => {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return done;
  }, undefined, { message: 'the quick pick of outcomes answered', timeout: 30_000 });
  return result;
}

describe('Record Decision in the editor', function () {
  this.timeout(90_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('writes status and decision as one edit; one undo restores the file byte for byte', async function () {
    await activate();
    const editor = await open(ACME);
    const original = editor.document.getText();
    await poll(() => actionTitles(editor.document.uri), (t) => t.includes('Record Decision'), { message: 'the Record Decision code action' });

    const result = await recordSigned(ACME);
    assert.ok(result?.ok, JSON.stringify(result));
    const added = `status: client\ndecision:\n  date: ${today()}\n  outcome: signed\n`;
    assert.strictEqual(editor.document.getText(), original.replace('prospect: ACME GmbH\n', `prospect: ACME GmbH\n${added}`));
    await poll(() => actionTitles(editor.document.uri), (t) => !t.includes('Record Decision'), { message: 'no Record Decision code action once decided' });

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await poll(() => editor.document.getText() === original, undefined, { message: 'the prospect as it was, byte for byte' });
    assert.strictEqual(editor.document.getText(), original);
  });

  it('a Markdown prospect: in the front matter, the notes below untouched', async function () {
    await activate();
    const editor = await open(LINDNER);
    const original = editor.document.getText();
    const result = await recordSigned(LINDNER);
    assert.ok(result?.ok, JSON.stringify(result));
    const text = editor.document.getText();
    const body = (t: string): string => t.slice(t.indexOf('\n---\n', 4));
    assert.strictEqual(body(text), body(original), 'the body byte for byte');
    assert.match(text, /^---\n# expected verdict[^\n]*\nprospect: Lindner & Söhne\nstatus: client\ndecision:\n {2}date: \d{4}-\d{2}-\d{2}\n {2}outcome: signed\nprofile:/);
    await vscode.commands.executeCommand('undo');
    await poll(() => editor.document.getText() === original, undefined, { message: 'the note as it was' });
  });

  it('a prospect with a syntax error: refused with file, line and column, nothing changed', async function () {
    await activate();
    const editor = await open(ACME);
    // A list begun and never closed: `advice: [wants-to-be-right`.
    const at = editor.document.getText().indexOf('advice: wants-to-be-right') + 'advice: '.length;
    assert.ok(at >= 'advice: '.length, 'ACME records advice: wants-to-be-right');
    await editor.edit((b) => b.insert(editor.document.positionAt(at), '['));
    const broken = editor.document.getText();
    const result = await vscode.commands.executeCommand<Result>('idealClient.recordDecision', wsUri(ACME));
    assert.ok(result && !result.ok, JSON.stringify(result));
    assert.match(result.message, /^prospects\/2026-11-20-acme\.prospect\.yaml:\d+:\d+: .+ Fix this first; nothing was changed\.$/);
    assert.strictEqual(editor.document.getText(), broken);
  });
});
