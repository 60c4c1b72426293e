// Which files are Ideal Client's, by name (DESIGN §1) — the client only needs this to pick the
// file a command works on; everything about their content is the server's business.
import * as vscode from 'vscode';

export const PROFILE_GLOB = '**/*.profile.{yaml,yml}';
export const PROSPECT_GLOB = '**/*.prospect.{yaml,yml,md}';
export const ALL_FILES_GLOB = '**/*.{profile,prospect}.{yaml,yml,md}';
/** Folders never searched for profiles and prospects (as the server's workspace walk). */
export const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test,dist,out}/**';

const PROFILE_RE = /\.profile\.ya?ml$/i;
const PROSPECT_RE = /\.prospect\.(ya?ml|md)$/i;

export function isProfile(uri: vscode.Uri): boolean {
  return PROFILE_RE.test(uri.path);
}

export function isProspect(uri: vscode.Uri): boolean {
  return PROSPECT_RE.test(uri.path);
}

/**
 * The resource a command was invoked on: a Uri (explorer, editor title), a uri string (a code
 * lens), a Prospects view item, or nothing (then the active editor's file).
 */
export function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  if (typeof arg === 'object' && arg !== null) {
    const o = arg as { resourceUri?: unknown; uri?: unknown };
    if (o.resourceUri instanceof vscode.Uri) return o.resourceUri;
    if (o.uri !== undefined) return targetOf(o.uri);
  }
  // No argument: the active editor's file. With a webview focused (the walkthrough, a report
  // preview) there is no active text editor; a prospect visible beside it is then meant.
  return vscode.window.activeTextEditor?.document.uri
    ?? vscode.window.visibleTextEditors.find((e) => isProspect(e.document.uri))?.document.uri;
}

/** yyyy-mm-dd of today, in local time (the day of the call as the user sees it). */
export function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A file-name slug: "Müller & Söhne GmbH" → "mueller-soehne-gmbh". */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || 'prospect';
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
