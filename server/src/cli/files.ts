// What the CLI asks of the disk about the paths it is given, and how it names them back: as the
// user wrote them (relative to the current folder) where it can.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The file's stat, or undefined where fs.existsSync would say false (any error). */
export function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function isReadable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path relative to `cwd` when it lies below it, else absolute. */
export function display(cwd: string, fsPath: string): string {
  const rel = path.relative(cwd, fsPath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : fsPath;
}

/**
 * Why a file named as a profile or prospect cannot be read, in words for an error line; undefined
 * when it is a regular file this process may read. A FIFO, a device, a dangling link or a link
 * loop are no file to judge, and `check` must not count them as clean.
 */
export function whyUnreadable(p: string): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return l10n.t('link loop: the link points back at itself');
    if (code === 'EACCES') return l10n.t('permission denied');
    if (code === 'ENOENT' && lstatOf(p)?.isSymbolicLink()) return l10n.t('dangling link: what it points to does not exist');
    return l10n.t('no such file');
  }
  if (st.isFIFO()) return l10n.t('is a FIFO, not a file');
  if (st.isCharacterDevice() || st.isBlockDevice()) return l10n.t('is a device, not a file');
  if (st.isSocket()) return l10n.t('is a socket, not a file');
  if (st.isDirectory()) return l10n.t('is a folder, not a file');
  if (!isReadable(p)) return l10n.t('permission denied');
  return undefined;
}

/** The entry itself (a link, not what it points to), or undefined when there is none. */
export function lstatOf(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}
