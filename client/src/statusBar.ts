// The active prospect's verdict in the status bar ("$(error) no fit 29%"), asked of the server
// whenever the active editor changes or the server says verdicts changed. Hidden for other files.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EvaluateRequest, type Evaluation } from '../../shared/src/protocol';
import { referralText, scoreLine, VERDICT_CODICON, verdictName, verdictWithWhy } from './report';
import { isProspect } from './files';
import { COMMANDS, CONTEXT_KEYS, STATUS_BAR_ITEM } from '../../shared/src/ids';
import { questionLine } from '../../shared/src/report/questionWords';

export class VerdictStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Bumped per update, so a slow answer for an editor no longer active is dropped. */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.window.createStatusBarItem(STATUS_BAR_ITEM, vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Ideal Client verdict');
    this.item.command = COMMANDS.evaluateProspect;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
    );
    void this.update();
  }

  /** The uri of the active prospect, if the active editor shows one. */
  activeProspect(): vscode.Uri | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri && isProspect(uri) ? uri : undefined;
  }

  /** Called with the uris of the server's verdictsChanged (or 'all'). */
  changed(uris: readonly string[] | 'all'): void {
    const active = this.activeProspect();
    if (active && (uris === 'all' || uris.includes(active.toString()))) void this.update();
  }

  /** Shows an evaluation the caller already has (Evaluate Prospect), without asking again. */
  show(uri: vscode.Uri, evaluation: Evaluation): void {
    if (this.activeProspect()?.toString() === uri.toString()) {
      this.generation++;
      this.render(evaluation);
    }
  }

  async update(): Promise<void> {
    const uri = this.activeProspect();
    const generation = ++this.generation;
    // Keeps the prospect commands in the palette while a view (not the editor) has the focus.
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.activeProspect, !!uri);
    if (!uri) {
      this.item.hide();
      return;
    }
    let evaluation: Evaluation;
    try {
      evaluation = await this.client.sendRequest(EvaluateRequest, { uri: uri.toString() });
    } catch {
      // The server is (re)starting; the next verdictsChanged or editor change tries again.
      if (generation === this.generation) this.item.hide();
      return;
    }
    if (generation !== this.generation) return;
    this.render(evaluation);
  }

  private render(evaluation: Evaluation): void {
    if (!evaluation.ok) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('not evaluated')}`;
      this.item.tooltip = new vscode.MarkdownString().appendText(evaluation.message);
      this.item.show();
      return;
    }
    const v = evaluation.verdict;
    const score = v.verdict !== 'undetermined' && v.score !== null ? ` ${vscode.l10n.t('{0}%', v.score)}` : '';
    this.item.text = `$(${VERDICT_CODICON[v.verdict]}) ${verdictName(v.verdict)}${score}`;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${escape(v.prospect)}** — ${escape(verdictWithWhy(v))}\n\n`);
    tip.appendText(`${scoreLine(v)}\n\n`);
    // The text is the verdict now; what the first call said, when an observation changed it since.
    if (v.firstCall && v.firstCall.verdict !== v.verdict) tip.appendText(`${vscode.l10n.t('was {0} at first call', verdictName(v.firstCall.verdict))}\n\n`);
    if (v.ask.length > 0) tip.appendText(`${vscode.l10n.t('Ask next: {0}', questionLine(v.ask[0]))}\n\n`);
    if (v.referrals.length > 0) tip.appendText(`${vscode.l10n.t('Better suited: {0}.', v.referrals.map(referralText).join(', '))}\n\n`);
    tip.appendMarkdown(`_${escape(vscode.l10n.t('Profile: {0}', v.profile))}_\n\n`);
    tip.appendText(vscode.l10n.t('Click to evaluate again.'));
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
