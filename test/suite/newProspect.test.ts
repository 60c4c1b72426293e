// New Prospect never writes over a file (issue #6 item 5: no data loss). The command's
// prompts (name, where to save) cannot be answered from the extension host, so the tests pass the
// answers as the command's argument { profile, name, target } — the same code path after the
// prompts: the server's template, then createFile, which must refuse an existing target.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ACME, activate, PROFILE, wsUri } from './helpers';

const FRESH = 'prospects/e2e-new-prospect.prospect.yaml';

async function bytes(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function newProspect(name: string, target: vscode.Uri): Thenable<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>('idealClient.newProspect', { profile: wsUri(PROFILE), name, target });
}

/** Open documents of `uri` with unsaved changes (an overwrite could also hide there). */
function dirty(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
}

describe('New Prospect', () => {
  before(async function () {
    this.timeout(60_000);
    await activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const fresh = wsUri(FRESH);
    if (await exists(fresh)) await vscode.workspace.fs.delete(fresh);
  });

  it('refuses to write over an existing prospect (ACME): the file stays byte for byte', async function () {
    this.timeout(60_000);
    const acme = wsUri(ACME);
    const before = await bytes(acme);
    const created = await newProspect('ACME GmbH', acme);
    assert.strictEqual(created, undefined, 'New Prospect reported a file created over ACME');
    assert.strictEqual(await bytes(acme), before, `${ACME} was changed on disk`);
    assert.ok(!dirty(acme), `${ACME} has unsaved changes in the editor`);
  });

  it('creates a new prospect, then refuses the same target a second time', async function () {
    this.timeout(60_000);
    const fresh = wsUri(FRESH);
    assert.ok(!(await exists(fresh)), `${FRESH} should not exist yet`);
    const created = await newProspect('Erste Firma GmbH', fresh);
    assert.strictEqual(created?.toString(), fresh.toString(), 'New Prospect should create the file it was given');
    const first = await bytes(fresh);
    assert.match(first, /^prospect:\s*Erste Firma GmbH\s*$/m, `the new file names the prospect:\n${first}`);
    assert.match(first, /^facts:/m, `the new file lists the profile's facts:\n${first}`);

    const again = await newProspect('Zweite Firma GmbH', fresh);
    assert.strictEqual(again, undefined, 'the second New Prospect on the same target should be refused');
    assert.strictEqual(await bytes(fresh), first, `${FRESH} was overwritten`);
    assert.ok(!dirty(fresh), `${FRESH} has unsaved changes in the editor`);
  });

  it('refuses a target that is not a prospect file, and creates nothing', async function () {
    this.timeout(60_000);
    const wrong = wsUri('prospects/e2e-not-a-prospect.yaml');
    const created = await newProspect('Dritte Firma', wrong);
    assert.strictEqual(created, undefined);
    assert.ok(!(await exists(wrong)), 'a file without .prospect.yaml was created');
  });
});
