// The LSP language features: each a thin call into the service with the document's settings.
import { ResponseError, type CodeLens, type RenameFilesParams } from 'vscode-languageserver/node';
import { kindOf } from '../../../shared/src/fileKinds';
import { empty, guardRequest, nothing } from './guards';
import type { ServerParts } from './serverParts';

/** Only our own files are answered; anything else another extension may have sent is ignored. */
/**
 * A document this server checks: a profile or prospect by its name, saved as a file or not yet
 * saved (untitled:). Other schemes — a git: version in a diff view, a notebook cell — belong to
 * other editors' views: no diagnostics at all rather than misleading ones (no profile to be found
 * for a git: copy, errors of an old version).
 */
export function isOurs(uri: string): boolean {
  return /^(file|untitled):/i.test(uri) && kindOf(uri) !== undefined;
}

export function registerFeatures(s: ServerParts): void {
  const { connection, service, settings, log } = s;

  connection.onCompletion(guardRequest(log, 'completion', nothing, async ({ textDocument, position }, token) => {
    if (!isOurs(textDocument.uri)) return null;
    return service.complete(textDocument.uri, position, await settings.forRequest(textDocument.uri, token));
  }));

  connection.onHover(guardRequest(log, 'hover', nothing, async ({ textDocument, position }, token) => {
    if (!isOurs(textDocument.uri)) return null;
    return service.hover(textDocument.uri, position, await settings.forRequest(textDocument.uri, token));
  }));

  connection.onDefinition(guardRequest(log, 'go to definition', empty, async ({ textDocument, position }, token) => {
    if (!isOurs(textDocument.uri)) return [];
    return service.definition(textDocument.uri, position, await settings.forRequest(textDocument.uri, token));
  }));

  connection.onDocumentSymbol(guardRequest(log, 'document symbols', empty, async ({ textDocument }, token) => {
    if (!isOurs(textDocument.uri)) return [];
    return service.documentSymbols(textDocument.uri, await settings.forRequest(textDocument.uri, token));
  }));

  connection.onCodeAction(guardRequest(log, 'code actions', empty, async ({ textDocument, range, context }, token) => {
    if (!isOurs(textDocument.uri)) return [];
    const actions = service.codeActions(textDocument.uri, range, context.diagnostics, await settings.forRequest(textDocument.uri, token));
    const only = context.only;
    return only && only.length > 0 ? actions.filter((a) => a.kind !== undefined && only.some((k) => a.kind === k || a.kind!.startsWith(`${k}.`))) : actions;
  }));

  connection.onCodeLens(guardRequest(log, 'code lenses', empty, async ({ textDocument }, token) => {
    const uri = textDocument.uri;
    if (!isOurs(uri)) return [];
    const current = await settings.forRequest(uri, token);
    const record = s.open.get(uri);
    if (s.validator.holdsBack(uri, current)) return (record?.lenses as CodeLens[] | undefined) ?? [];
    const lenses = service.codeLenses(uri, current);
    if (record) record.lenses = lenses;
    // A profile that differs from the last commit: what the change turns (computed in the background).
    if (kindOf(uri)?.kind === 'profile') return [...lenses, ...s.profileChanges.lenses(uri, current)];
    return lenses;
  }));

  const willRename = guardRequest(log, 'keeping paths on a rename', nothing, async ({ files }: RenameFilesParams, token) => {
    if (!files.length) return null;
    return service.renameEdits(files, await settings.forRequest(files[0].oldUri, token));
  });
  // This request admits no error answer: a failure or a cancellation renames without edits.
  connection.workspace.onWillRenameFiles(async (params, token) => {
    const edit = await willRename(params, token);
    return edit instanceof ResponseError ? null : edit;
  });

  connection.languages.inlayHint.on(guardRequest(log, 'inlay hints', empty, async ({ textDocument, range }, token) => {
    const uri = textDocument.uri;
    if (!isOurs(uri)) return [];
    const current = await settings.forRequest(uri, token);
    // Hints sit at line ends; while held back they would drift with the edits, so none are shown.
    if (s.validator.holdsBack(uri, current)) return [];
    return service.inlayHints(uri, range, current);
  }));
}
