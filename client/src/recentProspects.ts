// Which prospect a command means when it is run without one and no prospect editor is active:
// the walkthrough's buttons run with the Welcome page active, the prospect just created open
// behind it in the same editor group (not visible, so neither the active nor a visible editor).
//
// State owned here, and where it is cleared:
//   order — prospects in the order an editor last showed them, most recent last (at most
//           MAX_REMEMBERED); a file deleted or renamed leaves it (onDidDeleteFiles/RenameFiles);
//           all with dispose().
import * as vscode from 'vscode';
import { isProspect } from './files';

/** A short memory is enough: only the latest prospect still open is ever asked for. */
const MAX_REMEMBERED = 20;

export class RecentProspects implements vscode.Disposable {
  private order: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e) this.saw(e.document.uri); }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.saw(e.document.uri))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((f) => this.forget(f))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.forget(f.oldUri))),
    );
    for (const e of vscode.window.visibleTextEditors) this.saw(e.document.uri);
    if (vscode.window.activeTextEditor) this.saw(vscode.window.activeTextEditor.document.uri);
  }

  saw(uri: vscode.Uri): void {
    if (!isProspect(uri)) return;
    const key = uri.toString();
    this.order = this.order.filter((u) => u !== key);
    this.order.push(key);
    if (this.order.length > MAX_REMEMBERED) this.order.shift();
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.order = this.order.filter((u) => u !== key && !u.startsWith(`${key}/`));
  }

  /**
   * The prospect a command without an argument works on: the active editor's, else a visible
   * prospect editor, else the prospect most recently shown that is still open in a tab, else any
   * prospect open in a tab (the active tab of a group first). Undefined when no prospect is open.
   */
  current(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && isProspect(active)) return active;
    const visible = vscode.window.visibleTextEditors.find((e) => isProspect(e.document.uri));
    if (visible) return visible.document.uri;
    const tabs = vscode.window.tabGroups.all.flatMap((g) => [...g.tabs].sort((a, b) => Number(b.isActive) - Number(a.isActive)));
    const open = tabs.map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri : undefined))
      .filter((u): u is vscode.Uri => !!u && isProspect(u));
    const openKeys = new Set(open.map((u) => u.toString()));
    for (let i = this.order.length - 1; i >= 0; i--) {
      if (openKeys.has(this.order[i])) return open.find((u) => u.toString() === this.order[i]);
    }
    return open[0];
  }

  dispose(): void {
    this.order = [];
    for (const d of this.disposables) d.dispose();
  }
}
