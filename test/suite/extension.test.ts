// The extension loads in the real editor, activates on the samples workspace and registers its commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID } from './helpers';

const COMMANDS = [
  'idealClient.evaluateProspect', 'idealClient.evaluateAll', 'idealClient.showQuestions', 'idealClient.checkLessons',
  'idealClient.newProfile', 'idealClient.newProspect', 'idealClient.restartServer',
];

describe('Extension', () => {
  it(`${EXTENSION_ID} is present and activates`, async function () {
    this.timeout(60_000);
    const ext = await activate();
    assert.ok(ext.isActive, 'the extension did not activate');
    assert.strictEqual(ext.packageJSON.main, './dist/client.js');
  });

  it('registers every Ideal Client command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((c) => !all.has(c));
    assert.deepStrictEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });
});
