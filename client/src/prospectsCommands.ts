// The Prospects view's own commands (its title bar): the order within the groups, and a filter by
// text or by profile, cleared with Clear Filter.
import * as vscode from 'vscode';
import { COMMANDS } from '../../shared/src/ids';
import { profilesOf, PROSPECTS_SORTS, type ProspectsSort } from './prospectsOrder';
import { SORT_SETTING, type ProspectsView } from './prospectsView';

export function registerProspectsViewCommands(context: vscode.ExtensionContext, view: ProspectsView): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.sortProspects, () => sortProspects()),
    vscode.commands.registerCommand(COMMANDS.filterProspects, () => filterProspects(view)),
    vscode.commands.registerCommand(COMMANDS.clearProspectsFilter, () => view.setFilter(undefined)),
  );
}

function sortLabel(by: ProspectsSort): string {
  switch (by) {
    case 'date': return vscode.l10n.t('By date (newest first)');
    case 'score': return vscode.l10n.t('By score (best first)');
    case 'name': return vscode.l10n.t('By name');
  }
}

async function sortProspects(): Promise<void> {
  const current = vscode.workspace.getConfiguration().get<string>(SORT_SETTING);
  const items = PROSPECTS_SORTS.map((by) => ({ label: sortLabel(by), description: by === current ? '✓' : undefined, by }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort Prospects'), placeHolder: vscode.l10n.t('Order within each verdict') });
  if (picked) await vscode.workspace.getConfiguration().update(SORT_SETTING, picked.by, vscode.ConfigurationTarget.Workspace);
}

/** A text typed (name, file or profile), or one of the profiles when there are several. */
async function filterProspects(view: ProspectsView): Promise<void> {
  const profiles = profilesOf(await view.allRows().catch(() => []));
  type Item = vscode.QuickPickItem & { profileUri?: string };
  const quick = vscode.window.createQuickPick<Item>();
  quick.title = vscode.l10n.t('Filter Prospects');
  quick.placeholder = vscode.l10n.t('Type a name, a file or a profile; or pick a profile');
  quick.value = view.getFilter()?.text ?? '';
  const profileItems: Item[] = profiles.size > 1
    ? [...profiles].map(([profileUri, name]) => ({ label: `$(law) ${name}`, description: vscode.workspace.asRelativePath(vscode.Uri.parse(profileUri)), profileUri, alwaysShow: true }))
    : [];
  const textItem = (): Item => ({ label: `$(filter) ${quick.value.trim() ? vscode.l10n.t('Prospects matching "{0}"', quick.value.trim()) : vscode.l10n.t('All prospects')}`, alwaysShow: true });
  quick.items = [textItem(), ...profileItems];
  quick.onDidChangeValue(() => { quick.items = [textItem(), ...profileItems]; });
  const picked = await new Promise<Item | undefined>((resolve) => {
    quick.onDidAccept(() => { resolve(quick.selectedItems[0]); quick.hide(); });
    quick.onDidHide(() => resolve(undefined));
    quick.show();
  });
  const text = quick.value;
  quick.dispose();
  if (!picked) return;
  view.setFilter(picked.profileUri ? { profileUri: picked.profileUri } : { text });
}
