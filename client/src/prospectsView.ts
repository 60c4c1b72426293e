// The "Prospects" view in the Explorer: every prospect of the workspace — current clients apart
// (with their verdict now, a warning on one who no longer fits), live prospects grouped by the
// verdict the server gives them, and past ones (declined, referred, ended) in a collapsed group. Fetched with idealClient/evaluateAll (page by page, evaluateAllPages.ts) when
// the view asks for its items, and fetched again (debounced) when the server reports changed
// verdicts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ProspectStatus, VerdictKind } from '../../shared/src/types';
import { questionLine } from '../../shared/src/report/questionWords';
import { EvaluateAllRequest, type ProspectEvaluation } from '../../shared/src/protocol';
import { evaluateAllPages } from './evaluateAllPages';
import { CONTEXT_KEYS, PROSPECTS_VIEW } from '../../shared/src/ids';
import { referralText, scoreLine, VERDICT_CODICON, verdictName, verdictWithWhy } from './report';
import { isProspect } from './files';
import { matchesFilter, notEvaluatedText, PROSPECTS_SORTS, sortProspects, type ProspectsFilter, type ProspectsSort } from './prospectsOrder';

type GroupKind = VerdictKind | 'error' | 'clients' | 'past';

const GROUP_ORDER: readonly GroupKind[] = ['clients', 'fit', 'borderline', 'no-fit', 'undetermined', 'error', 'past'];

/** Past prospects: still judged, but no longer among the leads. */
const PAST: readonly ProspectStatus[] = ['declined', 'referred', 'ended'];

interface GroupNode {
  type: 'group';
  kind: GroupKind;
  children: ProspectNode[];
}

interface ProspectNode {
  type: 'prospect';
  /** The group it is shown in (for reveal, which walks up from the item). */
  group?: GroupNode;
  /** The prospect's uri string (also what the commands of the item's context menu receive). */
  uri: string;
  result: ProspectEvaluation;
  /** Which group it is in: clients and past prospects show their verdict on their own row. */
  kind: GroupKind;
}

type Node = GroupNode | ProspectNode;

const REFRESH_DELAY_MS = 300;

// State owned here, and where it is cleared:
//   groups — the rows of the last fetch; dropped by refresh()
//   filter — what the view is narrowed to (Filter Prospects…); cleared by setFilter(undefined)
export class ProspectsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private groups: Promise<GroupNode[]> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly view: vscode.TreeView<Node>;
  private filter: ProspectsFilter | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView(PROSPECTS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.revealActive()),
      this.view.onDidChangeVisibility(() => void this.revealActive()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SORT_SETTING)) this.refresh(); }),
    );
  }

  /** Narrows the view (undefined: every prospect again); shown in the view's description. */
  setFilter(filter: ProspectsFilter | undefined): void {
    this.filter = filter && (filter.text?.trim() || filter.profileUri) ? filter : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.prospectsFiltered, !!this.filter);
    this.groups = undefined;
    this.changeEmitter.fire(undefined);
  }

  getFilter(): ProspectsFilter | undefined {
    return this.filter;
  }

  /** Every prospect of the last fetch (for the filter's profile choice). */
  async allRows(): Promise<ProspectEvaluation[]> {
    return (await evaluateAllPages((params) => this.client.sendRequest(EvaluateAllRequest, params))).items;
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'prospect' ? node.group : undefined;
  }

  /** Selects the active editor's prospect in the view, when the view is visible. */
  private async revealActive(): Promise<void> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri || !isProspect(uri) || !this.view.visible) return;
    const groups = await (this.groups ??= this.load());
    const key = uri.toString();
    for (const g of groups) {
      const node = g.children.find((c) => c.uri === key);
      if (node) {
        await Promise.resolve(this.view.reveal(node, { select: true, focus: false })).catch(() => undefined);
        return;
      }
    }
  }

  /** Forget the verdicts and, if the view is visible, fetch them again (debounced). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.groups = undefined;
      this.changeEmitter.fire(undefined);
    }, REFRESH_DELAY_MS);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.type === 'group' ? groupItem(node) : prospectItem(node);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.type === 'group' ? node.children : [];
    this.groups ??= this.load();
    return this.groups;
  }

  private async load(): Promise<GroupNode[]> {
    let results: ProspectEvaluation[];
    try {
      results = (await evaluateAllPages((params) => this.client.sendRequest(EvaluateAllRequest, params))).items;
    } catch {
      // The server is not running (yet); an empty view now, filled on the next refresh.
      this.groups = undefined;
      return [];
    }
    const shown = sortProspects(results.filter((r) => matchesFilter(r, this.filter)), sortSetting());
    const byKind = new Map<GroupKind, ProspectNode[]>();
    for (const r of shown) {
      const status = r.evaluation.ok ? r.evaluation.verdict.status : undefined;
      const kind: GroupKind = !r.evaluation.ok ? 'error'
        : status === 'client' ? 'clients'
          : status && PAST.includes(status) ? 'past'
            : r.evaluation.verdict.verdict;
      const list = byKind.get(kind) ?? [];
      list.push({ type: 'prospect', uri: r.uri, result: r, kind });
      byKind.set(kind, list);
    }
    this.view.description = this.filter
      ? vscode.l10n.t('{0} of {1} · filtered', shown.length, results.length)
      : results.length > 0 ? String(results.length) : undefined;
    const groups = GROUP_ORDER.filter((k) => byKind.has(k)).map((kind): GroupNode => ({ type: 'group', kind, children: byKind.get(kind)! }));
    for (const g of groups) for (const c of g.children) c.group = g;
    return groups;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.view.dispose();
    this.changeEmitter.dispose();
  }
}

/** The setting that orders the prospects within each group. */
export const SORT_SETTING = 'idealClient.prospectsSortBy';

function sortSetting(): ProspectsSort {
  const v = vscode.workspace.getConfiguration().get<string>(SORT_SETTING);
  return PROSPECTS_SORTS.includes(v as ProspectsSort) ? (v as ProspectsSort) : 'date';
}

function groupName(kind: GroupKind): string {
  switch (kind) {
    case 'error': return vscode.l10n.t('Not evaluated');
    case 'clients': return vscode.l10n.t('Clients');
    case 'past': return vscode.l10n.t('Past');
    default: return capitalise(verdictName(kind));
  }
}

function groupIcon(kind: GroupKind): string {
  switch (kind) {
    case 'error': return 'circle-slash';
    case 'clients': return 'briefcase';
    case 'past': return 'archive';
    default: return VERDICT_CODICON[kind];
  }
}

/** A status in words (the server's words for the same statuses, through the same bundle). */
export function statusName(status: ProspectStatus): string {
  switch (status) {
    case 'prospect': return vscode.l10n.t('prospect');
    case 'offered': return vscode.l10n.t('offered');
    case 'declined': return vscode.l10n.t('declined');
    case 'referred': return vscode.l10n.t('referred');
    case 'client': return vscode.l10n.t('client');
    case 'ended': return vscode.l10n.t('ended');
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const state = node.kind === 'past' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(groupName(node.kind), state);
  item.id = `group:${node.kind}`;
  item.description = String(node.children.length);
  item.iconPath = new vscode.ThemeIcon(groupIcon(node.kind));
  item.contextValue = 'idealClient.group';
  return item;
}

function prospectItem(node: ProspectNode): vscode.TreeItem {
  const { result } = node;
  const uri = vscode.Uri.parse(result.uri);
  const ev = result.evaluation;
  const item = new vscode.TreeItem(ev.ok ? ev.verdict.prospect : result.relativePath, vscode.TreeItemCollapsibleState.None);
  item.id = `prospect:${result.uri}`;
  item.resourceUri = uri;
  item.contextValue = 'idealClient.prospect';
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
  const tip = new vscode.MarkdownString();
  if (ev.ok) {
    const v = ev.verdict;
    const numbers = scoreLine(v);
    item.description = numbers;
    // Clients and past prospects are not grouped by verdict: each says its own.
    if (node.kind === 'clients') {
      item.description = `${verdictName(v.verdict)} · ${numbers}`;
      item.iconPath = new vscode.ThemeIcon(v.verdict === 'no-fit' ? 'warning' : VERDICT_CODICON[v.verdict]);
    } else if (node.kind === 'past') {
      item.description = `${statusName(v.status)} · ${verdictName(v.verdict)}`;
    }
    tip.appendMarkdown(`**${escape(v.prospect)}** — ${escape(verdictWithWhy(v))}\n\n`);
    if (v.status !== 'prospect') tip.appendText(`${vscode.l10n.t('status: {0}', statusName(v.status))}\n\n`);
    if (v.firstCall && v.firstCall.verdict !== v.verdict) tip.appendText(`${vscode.l10n.t('was {0} at first call', verdictName(v.firstCall.verdict))}\n\n`);
    if (node.kind === 'clients' && v.verdict === 'no-fit') tip.appendText(`${vscode.l10n.t('No longer fits: hand over to a colleague, or part ways.')}\n\n`);
    tip.appendText(`${scoreLine(v)}\n\n`);
    if (v.selfCheck?.length > 0) tip.appendText(`${vscode.l10n.t('Note after the call: {0}.', v.selfCheck.map((s) => s.label).join(', '))}\n\n`);
    if (v.ask.length > 0) tip.appendText(`${vscode.l10n.t('Ask next: {0}', questionLine(v.ask[0]))}\n\n`);
    if (v.referrals.length > 0) tip.appendText(`${vscode.l10n.t('Better suited: {0}.', v.referrals.map(referralText).join(', '))}\n\n`);
  } else {
    // The row already names the file: the message without it, and without absolute paths.
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    item.description = notEvaluatedText(ev.message, result.relativePath, roots);
    tip.appendText(`${item.description}\n\n`);
  }
  tip.appendMarkdown(`\`${escape(result.relativePath)}\``);
  item.tooltip = tip;
  return item;
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
