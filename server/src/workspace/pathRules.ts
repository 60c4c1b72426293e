// The path rule: a path written in a file (a prospect's `profile:`, a lesson's `prospect:`) is
// relative to that file and may not leave the workspace folder — not by "..", not as an absolute
// path, not through a symbolic link. A refused path is never read. Each refusal carries a code
// (what callers branch on) and its message in the user's language (what people read).
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { isInside, type FileSystem } from './fileSystem';

/** Why a written path is refused: callers branch on this, people read the message. */
export type PathRefusal = 'empty' | 'absolute' | 'leaves' | 'missing' | 'link-outside';

export type PathResult = { ok: true; fsPath: string } | { ok: false; code: PathRefusal; message: string };

/** Whether a refusal is about where the path points (outside the workspace), not about a missing file. */
export function pointsOutside(code: PathRefusal): boolean {
  return code === 'absolute' || code === 'leaves' || code === 'link-outside';
}

export function resolveInside(fs: FileSystem, root: string, fromFile: string, written: string): PathResult {
  if (written.trim() === '') return { ok: false, code: 'empty', message: l10n.t('The path is empty.') };
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) {
    return { ok: false, code: 'absolute', message: l10n.t('"{0}" is an absolute path or URL; write a path relative to this file, inside the workspace folder.', written) };
  }
  const target = path.resolve(path.dirname(fromFile), written);
  if (!isInside(root, target)) {
    return { ok: false, code: 'leaves', message: l10n.t('"{0}" leaves the workspace folder {1}; it is not read.', written, root) };
  }
  const real = fs.realPath(target);
  if (real === undefined) return { ok: false, code: 'missing', message: l10n.t('"{0}" does not exist (looked for {1}).', written, target) };
  const realRoot = fs.realPath(root) ?? root;
  if (!isInside(realRoot, real)) {
    return { ok: false, code: 'link-outside', message: l10n.t('"{0}" is a link that points outside the workspace folder; it is not read.', written) };
  }
  return { ok: true, fsPath: target };
}
