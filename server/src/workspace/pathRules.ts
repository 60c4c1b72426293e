// The path rule: a path written in a file (a prospect's `profile:`, a lesson's
// `prospect:`) is relative to that file and may not leave the workspace folder — not by "..",
// not as an absolute path, not through a symbolic link. A refused path is never read.
import * as path from 'node:path';
import { isInside, type FileSystem } from './fileSystem';

export type PathResult = { ok: true; fsPath: string } | { ok: false; message: string };

export function resolveInside(fs: FileSystem, root: string, fromFile: string, written: string): PathResult {
  if (written.trim() === '') return { ok: false, message: 'The path is empty.' };
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) {
    return { ok: false, message: `"${written}" is an absolute path or URL; write a path relative to this file, inside the workspace folder.` };
  }
  const target = path.resolve(path.dirname(fromFile), written);
  if (!isInside(root, target)) {
    return { ok: false, message: `"${written}" leaves the workspace folder ${root}; it is not read.` };
  }
  const real = fs.realPath(target);
  if (real === undefined) return { ok: false, message: `"${written}" does not exist (looked for ${target}).` };
  const realRoot = fs.realPath(root) ?? root;
  if (!isInside(realRoot, real)) {
    return { ok: false, message: `"${written}" is a link that points outside the workspace folder; it is not read.` };
  }
  return { ok: true, fsPath: target };
}
