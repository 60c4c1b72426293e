// Record decision: asks what was decided (and, for a referral, to whom), then applies the edit the
// server computed — `status:` and `decision:` written into the prospect as one workspace edit, so
// one undo takes it back. The server refuses a prospect with a syntax error; an existing decision
// is only replaced after a modal yes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DecisionOptionsRequest, RecordDecisionRequest, type RecordDecisionResult } from '../../shared/src/protocol';
import { today } from './files';

type Outcome = 'signed' | 'declined' | 'referred';

function outcomeLabel(outcome: Outcome): { label: string; detail: string } {
  switch (outcome) {
    case 'signed': return { label: vscode.l10n.t('Signed'), detail: vscode.l10n.t('Becomes a client (status: client).') };
    case 'declined': return { label: vscode.l10n.t('Declined'), detail: vscode.l10n.t('You said no (status: declined).') };
    case 'referred': return { label: vscode.l10n.t('Referred to a colleague'), detail: vscode.l10n.t('You passed it on to a colleague (status: referred).') };
  }
}

/**
 * Record decision on `uri`. Returns what the server answered (undefined when the user cancelled
 * a question), so that a test can see the refusal a user reads.
 */
export async function recordDecision(client: LanguageClient, uri: vscode.Uri): Promise<RecordDecisionResult | undefined> {
  const title = vscode.l10n.t('Record Decision');
  const options = await client.sendRequest(DecisionOptionsRequest, { uri: uri.toString() });
  if (!options.ok) {
    void vscode.window.showErrorMessage(options.message);
    return { ok: false, message: options.message };
  }
  if (options.existing) {
    const replace = vscode.l10n.t('Replace');
    const was = [options.existing.outcome, options.existing.to, options.existing.date].filter((x) => x !== undefined).join(', ');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already has a decision ({1}). Replace it?', options.prospect, was), { modal: true }, replace);
    if (choice !== replace) return undefined;
  }
  type Item = vscode.QuickPickItem & { outcome: Outcome };
  const picked = await vscode.window.showQuickPick(
    options.outcomes.map((o): Item => ({ ...outcomeLabel(o), outcome: o })),
    { title, placeHolder: vscode.l10n.t('What was decided with {0}?', options.prospect) });
  if (!picked) return undefined;
  let to: string | undefined;
  if (picked.outcome === 'referred') {
    if (options.colleagues.length === 1) to = options.colleagues[0].name;
    else {
      const colleague = await vscode.window.showQuickPick(
        options.colleagues.map((c) => ({ label: c.name, description: c.contact, detail: c.note })),
        { title, placeHolder: vscode.l10n.t('Referred to whom?') });
      if (!colleague) return undefined;
      to = colleague.label;
    }
  }
  const result = await client.sendRequest(RecordDecisionRequest, {
    uri: uri.toString(), outcome: picked.outcome, date: today(), replace: options.existing !== undefined, ...(to !== undefined ? { to } : {}),
  });
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.message);
    return result;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    const message = vscode.l10n.t('The decision could not be written into the prospect; nothing was changed.');
    void vscode.window.showErrorMessage(message);
    return { ok: false, message };
  }
  void vscode.window.showInformationMessage(to !== undefined
    ? vscode.l10n.t('Decision recorded for {0}: referred to {1} (status: {2}). Undo takes it back.', options.prospect, to, result.status)
    : vscode.l10n.t('Decision recorded for {0}: {1} (status: {2}). Undo takes it back.', options.prospect, picked.label, result.status));
  return result;
}
