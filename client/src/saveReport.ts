// Save Report As…: the Evaluate All or Check Lessons report kept as a Markdown file, its links
// relative to the file's folder (so they work in any Markdown viewer, and in git). The save
// dialog chooses the file and asks itself before replacing one; a target given by a caller
// (a keybinding's args, the tests) is never written over.
import * as vscode from 'vscode';
import type { ReportDocuments } from './reportDocuments';
import { exists } from './files';

/** What a caller may pass instead of answering the dialog: `{ report?, target? }`. */
interface SaveReportArgs { report?: string; target?: vscode.Uri }

function argsOf(arg: unknown): SaveReportArgs {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return {};
  const o = arg as { report?: unknown; target?: unknown };
  const target = o.target instanceof vscode.Uri ? o.target : typeof o.target === 'string' ? vscode.Uri.parse(o.target) : undefined;
  return { ...(typeof o.report === 'string' ? { report: o.report } : {}), ...(target ? { target } : {}) };
}

/** Returns the file written, or undefined (nothing to save, cancelled, refused). */
export async function saveReportAs(reports: ReportDocuments, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = argsOf(arg);
  const name = reports.pick(given.report);
  if (!name) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no report to save yet: run Evaluate All Prospects or Check Lessons first.'));
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const suggested = `${name === 'lessons' ? vscode.l10n.t('lessons-report') : vscode.l10n.t('prospects-report')}.md`;
  let target = given.target;
  if (target) {
    if (await exists(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
  } else {
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save Report As'),
      saveLabel: vscode.l10n.t('Save Report'),
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, suggested) } : {}),
      filters: { [vscode.l10n.t('Markdown')]: ['md'] },
    });
    if (!target) return undefined;
  }
  const markdown = reports.relativeTo(name, target);
  if (markdown === undefined) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
  const open = vscode.l10n.t('Open Preview');
  void vscode.window.showInformationMessage(vscode.l10n.t('Report saved as {0}.', vscode.workspace.asRelativePath(target)), open).then(async (choice) => {
    if (choice === open) await vscode.commands.executeCommand('markdown.showPreview', target);
  });
  return target;
}
