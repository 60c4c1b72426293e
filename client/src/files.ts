// Which file a command works on, and small file helpers. Which files are ours is decided by
// their name (shared/src/fileKinds.ts); everything about their content is the server's business.
import * as vscode from 'vscode';
import { isProfileName, isProspectName } from '../../shared/src/fileKinds';

export function isProfile(uri: vscode.Uri): boolean {
  return isProfileName(uri.path);
}

export function isProspect(uri: vscode.Uri): boolean {
  return isProspectName(uri.path);
}

/**
 * The resource a command was invoked on: a Uri (explorer, editor title), a uri string (a code
 * lens), a Prospects view item, or nothing (then the active editor's file; the prospect commands
 * look further, see RecentProspects.current).
 */
export function targetOf(arg: unknown): vscode.Uri | undefined {
  return argumentTarget(arg) ?? vscode.window.activeTextEditor?.document.uri;
}

/** The resource named by a command's argument, or undefined when there is none. */
export function argumentTarget(arg: unknown): vscode.Uri | undefined {
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
    if (o.uri !== undefined) return argumentTarget(o.uri);
  }
  return undefined;
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

/** `fileName` in `folder`, or the first of name-2, name-3 … that does not exist yet. */
export async function freeName(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const m = /^(.*?)((?:\.profile|\.prospect)?\.(?:ya?ml|md))$/i.exec(fileName) ?? [fileName, fileName, ''];
  const [, stem, ext] = m;
  let candidate = vscode.Uri.joinPath(folder, fileName);
  for (let n = 2; n < 1000 && (await exists(candidate)); n++) candidate = vscode.Uri.joinPath(folder, `${stem}-${n}${ext}`);
  return candidate;
}
