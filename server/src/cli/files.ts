// What the CLI asks of the disk about the paths it is given, and how it names them back: as the
// user wrote them (relative to the current folder) where it can.
import * as fs from 'node:fs';
import * as path from 'node:path';

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
