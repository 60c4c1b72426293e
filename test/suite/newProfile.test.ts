// New Profile proposes a file name that is free: the template's own name when no file has it,
// else name-2, name-3 … (it proposed wunschkunde.profile.yaml beside the existing one, let the
// save dialog confirm the overwrite, then refused to write).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { freeName } from '../../client/src/files';
import { PROFILE, workspaceRoot } from './helpers';

describe('New Profile: the proposed file name', () => {
  const second = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'wunschkunde-2.profile.yaml');

  after(async () => {
    await vscode.workspace.fs.delete(second()).then(undefined, () => undefined);
  });

  it('is the template\'s name when it is free', async () => {
    const uri = await freeName(workspaceRoot(), 'agency.profile.yaml');
    assert.strictEqual(uri.path.split('/').pop(), 'agency.profile.yaml');
  });

  it('is wunschkunde-2.profile.yaml when wunschkunde.profile.yaml exists, then -3', async () => {
    assert.strictEqual(PROFILE, 'wunschkunde.profile.yaml');
    assert.strictEqual((await freeName(workspaceRoot(), PROFILE)).path.split('/').pop(), 'wunschkunde-2.profile.yaml');
    await vscode.workspace.fs.writeFile(second(), new TextEncoder().encode('profile: Zweites\n'));
    assert.strictEqual((await freeName(workspaceRoot(), PROFILE)).path.split('/').pop(), 'wunschkunde-3.profile.yaml');
  });
});
