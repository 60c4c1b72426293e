// The path rules. One rule for every read, wherever the path came from (a folder listing, the
// nearest profile, a path written in a file, the CLI's arguments): the file's real path, every
// symbolic link resolved, lies inside the workspace folder — readInside(), which the document
// store asks before each read from disk. A path written in a file (a prospect's `profile:`, a
// lesson's `prospect:`) is moreover relative to that file, names a file of the kind expected
// there by its name, and holds no NUL byte — resolveInside(). A refused path is never read.
// Each refusal carries a code (what callers branch on) and its message in the user's language
// (what people read).
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { kindOf, type DocumentKind } from '../../../shared/src/fileKinds';
import { isInside, type FileSystem } from './fileSystem';

/** Why a path is refused: callers branch on this, people read the message. */
export type PathRefusal = 'empty' | 'nul' | 'absolute' | 'wrong-kind' | 'leaves' | 'missing' | 'link-outside';

export type PathResult = { ok: true; fsPath: string } | { ok: false; code: PathRefusal; message: string };

/** Whether a refusal is about where the path points (outside the workspace), not about a missing file. */
export function pointsOutside(code: PathRefusal): boolean {
  return code === 'absolute' || code === 'leaves' || code === 'link-outside';
}

/**
 * Resolves a path written in `fromFile`. With `expect`, the path must name a file of that kind
 * (*.profile.yaml for a `profile:`, a prospect for a lesson's `prospect:`): a `.env`, a
 * `.git/config` or a `creds.yml` is refused before anything is opened.
 */
export function resolveInside(fs: FileSystem, root: string, fromFile: string, written: string, expect?: DocumentKind): PathResult {
  // Never echoed: a NUL byte cuts the path short for the C library and garbles a terminal.
  if (written.includes('\0')) return { ok: false, code: 'nul', message: l10n.t('The path contains a NUL byte; it is not read.') };
  if (written.trim() === '') return { ok: false, code: 'empty', message: l10n.t('The path is empty.') };
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) {
    return { ok: false, code: 'absolute', message: l10n.t('"{0}" is an absolute path or URL; write a path relative to this file, inside the workspace folder.', written) };
  }
  if (expect && kindOf(written)?.kind !== expect) {
    return {
      ok: false, code: 'wrong-kind',
      message: expect === 'profile'
        ? l10n.t('"{0}" is not a profile (*.profile.yaml or *.profile.yml); only a profile is read here.', written)
        : l10n.t('"{0}" is not a prospect (*.prospect.yaml, *.prospect.yml or *.prospect.md); only a prospect is read here.', written),
    };
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

/**
 * The rule for every read from disk: `fsPath` lies inside the workspace folder `root`, and so
 * does its real path (every link resolved). On success the real path, which is what should be
 * opened (a link swapped after this check is then not followed again); a path that does not
 * exist passes — reading it fails on its own.
 */
export function readInside(fs: Pick<FileSystem, 'realPath'>, root: string, fsPath: string): PathResult {
  if (!isInside(root, fsPath)) {
    return { ok: false, code: 'leaves', message: l10n.t('This file is outside the workspace folder {0}; it is not read.', root) };
  }
  const real = fs.realPath(fsPath);
  if (real === undefined) return { ok: true, fsPath };
  const realRoot = fs.realPath(root) ?? root;
  if (!isInside(realRoot, real)) {
    return { ok: false, code: 'link-outside', message: l10n.t('This file is a link that points outside the workspace folder {0}; it is not read.', root) };
  }
  return { ok: true, fsPath: real };
}
