// Save Report As…: the Evaluate All and Check Lessons reports written to a Markdown file whose
// links are relative to its folder (the shown report links by URI), and an existing file never
// written over.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, poll, wsUri } from './helpers';

async function showReport(command: string, name: string): Promise<void> {
  await vscode.commands.executeCommand(command);
  await poll(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes(`${name}.md`)),
    undefined, { message: `the ${name} report shown`, timeout: 30_000 });
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Save Report As…', function () {
  this.timeout(90_000);
  const folder = wsUri('saved-reports');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('saves the Evaluate All report with links relative to the saved file, and never writes over a file', async function () {
    await activate();
    await showReport('idealClient.evaluateAll', 'prospects');
    const target = vscode.Uri.joinPath(folder, 'prospects-report.md');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('idealClient.saveReportAs', { report: 'prospects', target });
    assert.strictEqual(saved?.toString(), target.toString());
    const text = await read(target);
    assert.match(text, /\]\(<\.\.\/prospects\/2026-11-20-acme\.prospect\.yaml>\)/, 'ACME linked from the saved file\'s folder');
    assert.ok(!text.includes('file://'), 'no absolute file URI in the saved report');
    // Every link resolves to a file, seen from the saved report's folder.
    const targets = [...text.matchAll(/\]\(<([^>]+)>\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 10, `${targets.length} links`);
    for (const t of targets) await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, t));

    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('idealClient.saveReportAs', { report: 'prospects', target });
    assert.strictEqual(again, undefined, 'refused: the file exists');
    assert.strictEqual(await read(target), text, 'the existing file unchanged');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('saves the Check Lessons report, the profile and past clients linked relative to it', async function () {
    await activate();
    await showReport('idealClient.checkLessons', 'lessons');
    const target = vscode.Uri.joinPath(folder, 'deeper', 'lessons-report.md');
    // Without a name, the report in the active tab is the one saved.
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('idealClient.saveReportAs', { target });
    assert.strictEqual(saved?.toString(), target.toString());
    const text = await read(target);
    assert.match(text, /\]\(<\.\.\/\.\.\/wunschkunde\.profile\.yaml>\)/, text.slice(0, 400));
    assert.match(text, /\]\(<\.\.\/\.\.\/prospects\/archive\/2019-always-right\.prospect\.yaml>\)/);
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
