// The profile-change lens in the editor: the samples workspace committed to a git repository,
// the profile edited without saving, the lens "This change turns N verdicts" at its top, and its
// command opening the list as a report. The edit is taken back afterwards with File: Revert File,
// and the prospects are judged by the profile on disk again (the other tests see the samples as
// they are).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as vscode from 'vscode';
import { activate, codeLenses, lensTitles, open, poll, PROFILE, workspaceRoot, wsUri } from './helpers';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Suite', GIT_AUTHOR_EMAIL: 'suite@example.invalid', GIT_COMMITTER_NAME: 'Suite', GIT_COMMITTER_EMAIL: 'suite@example.invalid',
};

function git(...args: string[]): void {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: workspaceRoot().fsPath, env: GIT_ENV, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr ?? r.error}`);
}

const DETAILWERK = 'prospects/2026-11-27-detailwerk.prospect.yaml';
/** The profile's text as committed, before the test edits it. */
let committed: string | undefined;

const changeTitles = (lenses: vscode.CodeLens[]): string[] => lensTitles(lenses).filter((t) => t.startsWith('This change'));

describe('profile-change lens (a sample repository)', function () {
  before(async function () {
    if (spawnSync('git', ['--version']).status !== 0) {
      console.log('git is not installed here: the profile-change lens cannot be shown');
      this.skip();
    }
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'samples');
    await activate();
  });

  after(async () => {
    // Back to the committed text with File: Revert File, as a person would undo an unsaved
    // edit, so that the suites after this one judge the samples as they are.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === wsUri(PROFILE).toString());
    if (doc && committed !== undefined && doc.getText() !== committed) {
      // Still unsaved: the revert has something to revert (the web workbench's default auto save
      // would have written the edit to disk a second after it, and the revert would change nothing).
      assert.ok(doc.isDirty, 'the edited profile is unsaved before the revert');
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await poll(() => doc.getText() === committed && !doc.isDirty, undefined, { message: 'the profile reverted to its text on disk' });
    }
    assert.equal(doc?.getText(), committed, 'the profile is back to its committed text');
    // …and the server judges by it again (Detailwerk is a no fit with the committed weights, a
    // borderline with the edited ones), the Prospects view refreshed.
    await open(DETAILWERK);
    await codeLenses(wsUri(DETAILWERK), (l) => lensTitles(l).some((t) => t.startsWith('✘ no fit')), 'Detailwerk a no fit again after the revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('idealClient.refreshProspects');
  });

  it('shows what an unsaved edit of the profile turns, and opens the list', async () => {
    assert.ok(vscode.workspace.isTrusted, 'the suite runs in a trusted workspace');
    const editor = await open(PROFILE);
    const doc = editor.document;
    committed = doc.getText();
    const at = doc.getText().indexOf('    weight: 3');
    assert.ok(at >= 0);
    const start = doc.positionAt(at + '    weight: '.length);
    const ok = await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, 1)), '1'));
    assert.ok(ok && doc.isDirty);
    const lenses = await codeLenses(doc.uri, (l) => changeTitles(l).length > 0, 'the profile-change lens');
    // Ten sample prospects and a lesson change score or verdict (more if an earlier test added a prospect).
    const title = changeTitles(lenses)[0];
    const n = Number(/^This change turns (\d+) verdicts$/.exec(title)?.[1]);
    assert.ok(n >= 6, title);
    const lens = lenses.find((l) => l.command?.title.startsWith('This change'))!;
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const report = await poll(async () => {
      const d = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'ideal-client-report', path: '/profile-changes.md' }));
      return d.getText();
    }, (t) => t.includes(`${n} verdicts changed.`), { message: 'the profile-change report' });
    // One row per verdict the lens counted.
    assert.equal(report.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Prospect')).length, n);
    assert.match(report, /\| Detailwerk Architekten \| \[prospects\/2026-11-27-detailwerk\.prospect\.yaml\]\(file:\/\/.*\) \| no fit · 38% match \| borderline · 50% match \|/);
  });
});
