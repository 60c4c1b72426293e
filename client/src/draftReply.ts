// Draft Reply: the server drafts the reply to a prospect from its verdict (a decline, a referral
// to a colleague, the open questions); here it is only picked and shown — beside the prospect, as
// an untitled Markdown document to copy from, saved nowhere unless the user saves it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DraftReplyRequest, type DraftReplyResult } from '../../shared/src/protocol';
import type { ReplyKind } from '../../shared/src/types';

/** What the quick pick offers: a kind of reply, and for a referral the colleague. */
interface Choice extends vscode.QuickPickItem {
  reply: ReplyKind;
  to?: string;
}

/** A kind and colleague given with the command (a test, a link), which skips the pick. */
export interface DraftReplyArgs {
  kind?: ReplyKind;
  to?: string;
}

function choicesOf(result: Extract<DraftReplyResult, { ok: true }>): Choice[] {
  const out: Choice[] = [];
  for (const kind of result.kinds) {
    if (kind === 'refer') {
      for (const r of result.referrals) {
        out.push({ reply: kind, to: r.name, label: `$(person) ${vscode.l10n.t('Refer to {0}', r.name)}`, description: r.contact, detail: r.note });
      }
    } else if (kind === 'decline') {
      out.push({ reply: kind, label: `$(circle-slash) ${vscode.l10n.t('Decline')}`, detail: vscode.l10n.t('A kind no, with the reasons you may tell the client') });
    } else {
      out.push({ reply: kind, label: `$(question) ${vscode.l10n.t('Ask the open questions')}`, detail: vscode.l10n.t('The questions still open, numbered') });
    }
  }
  return out;
}

function said(result: Extract<DraftReplyResult, { ok: false }>): void {
  if (result.usage) void vscode.window.showInformationMessage(result.message);
  else void vscode.window.showErrorMessage(result.message);
}

/**
 * Drafts the reply to the prospect `uri`: asks which one when more than one kind or colleague
 * applies (unless `args` says), and opens it beside the prospect. Returns the draft's document.
 */
export async function draftReply(client: LanguageClient, uri: vscode.Uri, args: DraftReplyArgs = {}): Promise<vscode.TextDocument | undefined> {
  let result = await client.sendRequest(DraftReplyRequest, { uri: uri.toString(), ...args });
  if (!result.ok) {
    said(result);
    return undefined;
  }
  const choices = choicesOf(result);
  if (args.kind === undefined && args.to === undefined && choices.length > 1) {
    const first = result;
    const picked = await vscode.window.showQuickPick(choices, {
      title: vscode.l10n.t('Draft a reply to {0}', result.prospect),
      placeHolder: vscode.l10n.t('Which reply?'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if (picked.reply !== first.draft.kind || picked.to !== first.draft.referral?.name) {
      result = await client.sendRequest(DraftReplyRequest, { uri: uri.toString(), kind: picked.reply, to: picked.to });
      if (!result.ok) {
        said(result);
        return undefined;
      }
    }
  }
  // The prospect in front (from the Prospects view it may not be open yet), the draft beside it.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  if (!shown) await vscode.window.showTextDocument(uri, { preview: false });
  const doc = await draftDocument(uri, result.prospect, result.draft.text);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return doc;
}

/**
 * An untitled Markdown document named after the prospect ("Reply to ACME GmbH.md", beside its
 * file, where Save proposes to put it) holding the draft. A draft for the same prospect still
 * open is the same document: its text is replaced by one (undoable) edit. Named rather than
 * "Untitled-N": a freed untitled name is given again at once, and the extension host could hand
 * back the closed draft's document (another prospect's letter) while the close is under way.
 */
async function draftDocument(prospectUri: vscode.Uri, prospect: string, text: string): Promise<vscode.TextDocument> {
  const name = `${vscode.l10n.t('Reply to {0}', prospect).replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim()}.md`;
  const folder = vscode.Uri.joinPath(prospectUri, '..');
  const target = vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(target);
  if (doc.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.languageId !== 'markdown') return vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  return doc;
}
