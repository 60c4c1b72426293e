// A prospect's story in the editor: the Prospects view keeps clients apart and past prospects in a
// collapsed "Past" group; Record as Lesson appends the lesson to the profile as one edit that one
// undo takes back byte for byte, and refuses a second lesson for the same file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, open, poll, PROFILE, wsUri } from './helpers';

const CLIENT = 'prospects/2026-10-05-falkenberg.prospect.yaml';
const DECLINED = 'prospects/2026-11-29-eilmann.prospect.yaml';

type View = Pick<vscode.TreeDataProvider<unknown>, 'getChildren' | 'getTreeItem'>;
type Result = { ok: true; profileUri: string } | { ok: false; message: string } | undefined;

async function viewOf(): Promise<View> {
  const ext = await activate();
  const api = ext.exports as { prospectsView?: View };
  assert.ok(api.prospectsView, 'the extension exposes its Prospects view');
  return api.prospectsView;
}

async function items(view: View, node?: unknown): Promise<{ node: unknown; item: vscode.TreeItem }[]> {
  const children = (await view.getChildren(node)) ?? [];
  return Promise.all(children.map(async (c) => ({ node: c, item: await view.getTreeItem(c) })));
}

const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('a prospect\'s story in the editor', function () {
  this.timeout(60_000);

  it('the Prospects view: clients apart, live prospects by verdict, past ones in a collapsed Past group', async function () {
    const view = await viewOf();
    const groups = await poll(() => items(view), (g) => ['Clients', 'Past'].every((n) => g.some((x) => labelOf(x.item) === n)),
      { message: 'the Clients and Past groups', timeout: 30_000 });
    assert.deepStrictEqual(groups.map((g) => labelOf(g.item)).filter((l) => l === 'Clients' || l === 'Past'), ['Clients', 'Past'], 'Clients first, Past last');
    assert.strictEqual(labelOf(groups[0].item), 'Clients');
    assert.strictEqual(labelOf(groups[groups.length - 1].item), 'Past');
    const past = groups.find((g) => labelOf(g.item) === 'Past')!;
    assert.strictEqual(past.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const pastItems = await items(view, past.node);
    const byName = new Map(pastItems.map((p) => [labelOf(p.item), String(p.item.description)]));
    assert.match(byName.get('Eilmann Events') ?? '', /^declined · no fit$/);
    assert.match(byName.get('Präzisa Maschinenbau') ?? '', /^referred · borderline$/);
    assert.match(byName.get('Hansen Logistik') ?? '', /^ended · no fit$/);
    assert.match(byName.get('Besserwisser AG') ?? '', /^ended · no fit$/);

    const clients = await items(view, groups[0].node);
    const falkenberg = clients.find((c) => labelOf(c.item) === 'Falkenberg Verlag');
    assert.ok(falkenberg, 'the current client is among the Clients');
    assert.match(String(falkenberg.item.description), /^no fit · /);
    assert.strictEqual((falkenberg.item.iconPath as vscode.ThemeIcon).id, 'warning');

    // No past prospect or client among the verdict groups.
    for (const g of groups.filter((x) => !['Clients', 'Past'].includes(labelOf(x.item)))) {
      const names = (await items(view, g.node)).map((c) => labelOf(c.item));
      for (const n of ['Falkenberg Verlag', 'Eilmann Events', 'Hansen Logistik', 'Besserwisser AG', 'Präzisa Maschinenbau']) {
        assert.ok(!names.includes(n), `${n} is not in the group ${labelOf(g.item)}`);
      }
    }
  });

  it('the code lens of a client shows the verdict now and at the first call', async function () {
    await activate();
    const editor = await open(CLIENT);
    const lenses = await poll(
      async () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri),
      (l) => Array.isArray(l) && l.some((x) => /now · was/.test(x.command?.title ?? '')),
      { message: 'the lens "✘ no fit now · was ✔ fit at first call"' });
    assert.ok(lenses.some((l) => (l.command?.title ?? '').startsWith('✘ no fit now · was ✔ fit at first call')));
  });

  it('Record as Lesson: one edit, undone byte for byte, and refused the second time', async function () {
    await activate();
    const profile = await open(PROFILE);
    const original = profile.document.getText();
    await open(DECLINED);
    const first = await vscode.commands.executeCommand<Result>('idealClient.recordLesson', wsUri(DECLINED));
    assert.ok(first?.ok, JSON.stringify(first));
    const added = '  - prospect: prospects/2026-11-29-eilmann.prospect.yaml\n    expect: no-fit\n    asOf: firstCall\n';
    const edited = profile.document.getText();
    const at = edited.indexOf(added);
    assert.ok(at > 0, `the lesson was added:\n${edited.slice(-600)}`);
    assert.strictEqual(edited.slice(0, at) + edited.slice(at + added.length), original, 'only lines were added');

    // A second call for the same file is refused while the lesson is there.
    const second = await poll(
      async () => vscode.commands.executeCommand<Result>('idealClient.recordLesson', wsUri(DECLINED)),
      (r) => r !== undefined && !r.ok,
      { message: 'a refusal of the second lesson' });
    assert.ok(second && !second.ok);
    assert.match(second.message, /already has a lesson in wunschkunde\.profile\.yaml\./);
    assert.strictEqual(profile.document.getText(), edited, 'the refusal changed nothing');

    // One undo in the profile takes the whole lesson back.
    await vscode.window.showTextDocument(profile.document);
    await vscode.commands.executeCommand('undo');
    await poll(() => profile.document.getText() === original, undefined, { message: 'the profile as it was, byte for byte' });
    assert.strictEqual(profile.document.getText(), original);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
