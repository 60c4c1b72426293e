// Read-only Markdown reports (Evaluate All Prospects, Check Lessons) shown in the Markdown preview:
// nothing to save, nothing to close with "Don't Save", no webview of ours. The preview shows a
// copy in the extension's storage folder whose links are relative to it: the preview renders a
// `file:` URI as plain text (its Markdown parser refuses the scheme), but follows a relative link
// to the file. The same report with URI links stays readable as a virtual document (the tests and
// the fallback without storage read it). Save Report As… writes one of them to a Markdown file of
// the user's choosing, its links made relative to that file's folder.
//
// State owned here, and where it is cleared:
//   texts     — the Markdown of each report by name; replaced on each run, gone with the extension
//   renderers — per report name, how to write it again with other links; replaced on each run
//   lastShown — the name of the report shown last (the one Save Report As… saves by default)
//   the files <storage>/reports/<name>.md — rewritten on each run; in the extension's own storage
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../../shared/src/ids';

export const REPORT_SCHEME = 'ideal-client-report';

/** Where a report's link to a file leads: `uri` where there is one, else the path as shown. */
export type ReportLink = (relativePath: string, uri?: string) => string;
/** The report's Markdown written with the given links. */
export type ReportRenderer = (link: ReportLink) => string;

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly renderers = new Map<string, ReportRenderer>();
  private lastShown: string | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly registration: vscode.Disposable;

  /** `storage`: the extension's storage folder, where the previewed copies are written. */
  constructor(private readonly storage?: vscode.Uri) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  /**
   * Shows `markdown` as the report `name` (one document per name, replaced on each run). With
   * `render`, the report can be saved (Save Report As…): it writes the same report with other links.
   */
  async show(name: string, markdown: string, render?: ReportRenderer): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.md` });
    this.texts.set(uri.path, markdown);
    if (render) {
      this.renderers.set(name, render);
      this.lastShown = name;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasReport, true);
    }
    this.changeEmitter.fire(uri);
    const shown = render ? await this.writeCopy(name) : undefined;
    try {
      await vscode.commands.executeCommand('markdown.showPreview', shown ?? uri);
    } catch {
      // No Markdown preview (the built-in extension disabled): the Markdown text itself.
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      await vscode.window.showTextDocument(doc, { preview: false });
    }
    return uri;
  }

  /**
   * The report to save: the one named, else the one in the active tab (its preview is titled
   * "Preview prospects.md"), else the one shown last; undefined when none can be saved.
   */
  pick(name?: string): string | undefined {
    if (name !== undefined) return this.renderers.has(name) ? name : undefined;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    const input = tab?.input;
    const fromUri = input instanceof vscode.TabInputText && input.uri.scheme === REPORT_SCHEME ? input.uri.path.replace(/^\/|\.md$/g, '') : undefined;
    const fromLabel = [...this.renderers.keys()].find((n) => tab?.label.includes(`${n}.md`));
    const active = fromUri ?? fromLabel;
    return active !== undefined && this.renderers.has(active) ? active : this.lastShown;
  }

  /** The report `name` with every link relative to the folder of `target` (the file it is saved as). */
  relativeTo(name: string, target: vscode.Uri): string | undefined {
    const render = this.renderers.get(name);
    if (!render) return undefined;
    const folder = path.dirname(target.fsPath);
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return render((relativePath, uri) => {
      const fsPath = uri !== undefined ? vscode.Uri.parse(uri).fsPath : root !== undefined ? path.join(root, relativePath) : undefined;
      return fsPath === undefined ? relativePath : path.relative(folder, fsPath).split(path.sep).join('/');
    });
  }

  /** The report `name` written to the storage folder with links relative to it; undefined if it cannot be. */
  private async writeCopy(name: string): Promise<vscode.Uri | undefined> {
    if (!this.storage || this.storage.scheme !== 'file') return undefined;
    const target = vscode.Uri.joinPath(this.storage, 'reports', `${name}.md`);
    const markdown = this.relativeTo(name, target);
    if (markdown === undefined) return undefined;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
      return target;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.changeEmitter.dispose();
  }
}
