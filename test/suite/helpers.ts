// Shared helpers of the extension-host suite: the copied samples workspace, polling (the language
// server needs a moment; never sleep a fixed time), and reading samples/EXPECTED.md.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readExpected, type ExpectedRow } from '../helpers/expected.mjs';

export const EXTENSION_ID = 'ideal-client.ideal-client';
export const PROFILE = 'wunschkunde.profile.yaml';
export const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
export const BROKEN = 'errors/broken.profile.yaml';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder: a copy of samples/');
  return folder.uri;
}

export function wsUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export function wsPath(relative: string): string {
  return wsUri(relative).fsPath;
}

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  if (!ext.isActive) await ext.activate();
  // The extension's API resolves ready() once the language server runs.
  const api = ext.exports as { ready?: () => Promise<void> } | undefined;
  if (typeof api?.ready === 'function') await api.ready();
  return ext;
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export interface PollOptions { timeout?: number; interval?: number; message?: string }

/**
 * Calls `probe` until it returns a value that is not undefined/null/false (or, with `check`,
 * until check(value) holds) and returns that value. Errors thrown by probe count as "not yet".
 */
export async function poll<T>(
  probe: () => T | Promise<T>,
  check: (v: T) => boolean = (v) => v !== undefined && v !== null && (v as unknown) !== false,
  { timeout = 20_000, interval = 100, message = 'condition' }: PollOptions = {},
): Promise<T> {
  // After a few polls ran out of time (no language server?), the rest wait briefly, so that a
  // broken build fails the suite in a minute or two instead of 30 s per test.
  const shared = globalThis as { __idealClientPollTimeouts?: number };
  if ((shared.__idealClientPollTimeouts ?? 0) >= 3) timeout = Math.min(timeout, 5_000);
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (check(last)) return last;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      shared.__idealClientPollTimeouts = (shared.__idealClientPollTimeouts ?? 0) + 1;
      const seen = lastError ? `error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : `last value: ${preview(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function preview(v: unknown): string {
  try {
    const s = JSON.stringify(v, (_k, x) => (x instanceof vscode.Uri ? x.toString() : x));
    return s === undefined ? String(v) : s.length > 600 ? `${s.slice(0, 600)}…` : s;
  } catch {
    return String(v);
  }
}

export function diagnostics(relative: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(wsUri(relative));
}

/** Position just after the first match of `pattern` on the first line that matches `linePattern`. */
export function positionAfter(doc: vscode.TextDocument, linePattern: RegExp, pattern: RegExp | string = linePattern, from = 0): vscode.Position {
  for (let i = from; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (!linePattern.test(text)) continue;
    const m = typeof pattern === 'string' ? { index: text.indexOf(pattern), 0: pattern } : pattern.exec(text);
    if (m && m.index !== undefined && m.index >= 0) return new vscode.Position(i, m.index + m[0].length);
  }
  throw new Error(`no line matching ${linePattern} in ${doc.uri.path}`);
}

export function lineOf(doc: vscode.TextDocument, linePattern: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (linePattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${linePattern} in ${doc.uri.path}`);
}

/** The keys of a top-level YAML map (two-space indented block under `key:`), in order. */
export function childKeys(doc: vscode.TextDocument, key: string): { name: string; line: number }[] {
  const start = lineOf(doc, new RegExp(`^${key}:\\s*(#.*)?$`));
  const out: { name: string; line: number }[] = [];
  let indent: number | undefined;
  for (let i = start + 1; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (/^\s*(#.*)?$/.test(text)) continue;
    const ind = text.length - text.trimStart().length;
    if (ind === 0) break;
    indent ??= ind;
    if (ind !== indent) continue;
    const m = /^\s*([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (m) out.push({ name: m[1], line: i });
  }
  return out;
}

export function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

export function hintText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

export type VerdictKind = 'fit' | 'borderline' | 'no-fit' | 'undetermined';

/** The headline words of a verdict, English or German, with the icon the code lens leads with. */
export function verdictPattern(kind: VerdictKind): RegExp {
  switch (kind) {
    case 'fit': return /(✔|(^|[^-\w])(fit|passt)\b(?!\s*nicht))/i;
    case 'no-fit': return /(✘|no[- ]fit|passt nicht)/i;
    case 'borderline': return /(◐|borderline|auf der Kippe)/i;
    case 'undetermined': return /(^\?|\bopen\b|noch offen)/i;
  }
}

/** The verdict a title names, checked against every kind (so "no fit" does not also count as "fit"). */
export function verdictIn(title: string): VerdictKind | undefined {
  for (const k of ['no-fit', 'borderline', 'undetermined', 'fit'] as VerdictKind[]) if (verdictPattern(k).test(title)) return k;
  return undefined;
}

export type { ExpectedRow };

/** The rows of the workspace's copy of samples/EXPECTED.md; throws when the table does not read. */
export function readWorkspaceExpected(): ExpectedRow[] {
  return readExpected(wsPath('EXPECTED.md'));
}

export async function evaluate(relative: string): Promise<vscode.TextEditor> {
  const editor = await open(relative);
  await vscode.commands.executeCommand('idealClient.evaluateProspect');
  return editor;
}

/** Code lenses of a document, resolved, polled until `check` holds. */
export async function codeLenses(uri: vscode.Uri, check: (l: vscode.CodeLens[]) => boolean, message: string): Promise<vscode.CodeLens[]> {
  return poll(
    async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [],
    check,
    { message },
  );
}

export function lensTitles(lenses: vscode.CodeLens[]): string[] {
  return lenses.map((l) => l.command?.title ?? '').filter(Boolean);
}
