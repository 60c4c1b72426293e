// Which profile judges a prospect: its `profile:` key; else the setting
// `idealClient.profile`; else the nearest *.profile.yaml in its folder or a parent, up to the
// workspace folder. Two candidates at the same level are an error naming both.
import * as path from 'node:path';
import type { FileSystem } from './fileSystem';
import { isInside } from './fileSystem';
import * as l10n from '@vscode/l10n';
import { pointsOutside, readInside, resolveInside } from './pathRules';
import { isProfileName } from '../../../shared/src/fileKinds';

export type Resolution =
  | { ok: true; fsPath: string; how: 'key' | 'setting' | 'nearest' }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'outside' | 'not-found'; message: string; candidates?: string[] };



export interface ResolveInput {
  fs: FileSystem;
  /** The workspace folder holding the prospect. */
  root: string;
  prospectPath: string;
  /** The prospect's `profile:` key, as written. */
  written?: string;
  /** The `idealClient.profile` setting, relative to the workspace folder. */
  setting?: string;
  /** Folder listings, cached by the caller between changes to the workspace. */
  listProfiles?: (dir: string) => string[];
}

export function listProfilesIn(fs: FileSystem, dir: string): string[] {
  return fs.readDir(dir).filter((e) => !e.isDirectory && isProfileName(e.name)).map((e) => e.name).sort();
}

export function resolveProfile(input: ResolveInput): Resolution {
  const { fs, root, prospectPath } = input;
  if (input.written !== undefined) {
    const r = resolveInside(fs, root, prospectPath, input.written, 'profile');
    if (!r.ok) return { ok: false, reason: pointsOutside(r.code) ? 'outside' : 'not-found', message: r.message };
    return { ok: true, fsPath: r.fsPath, how: 'key' };
  }
  if (input.setting && input.setting.trim() !== '') {
    const r = resolveInside(fs, root, path.join(root, '.settings'), input.setting, 'profile');
    if (!r.ok) {
      return { ok: false, reason: pointsOutside(r.code) ? 'outside' : 'not-found', message: l10n.t('Setting idealClient.profile: {0}', r.message) };
    }
    return { ok: true, fsPath: r.fsPath, how: 'setting' };
  }
  const list = input.listProfiles ?? ((d: string) => listProfilesIn(fs, d));
  let dir = path.dirname(prospectPath);
  for (let guard = 0; guard < 256; guard++) {
    if (!isInside(root, dir)) break;
    const names = list(dir);
    if (names.length === 1) {
      const fsPath = path.join(dir, names[0]);
      // Found by a listing, so no path was written: the link is what must not lead outside.
      if (!readInside(fs, root, fsPath).ok) {
        return { ok: false, reason: 'outside', message: l10n.t('"{0}" is a link that points outside the workspace folder; it is not read.', path.relative(root, fsPath)) };
      }
      return { ok: true, fsPath, how: 'nearest' };
    }
    if (names.length > 1) {
      return {
        ok: false, reason: 'ambiguous', candidates: names.map((n) => path.join(dir, n)),
        message: l10n.t('More than one profile could judge this prospect: {0} in {1}. Name one with "profile: <path>".', names.join(', '), dir),
      };
    }
    if (path.resolve(dir) === path.resolve(root)) break;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return {
    ok: false, reason: 'missing',
    message: l10n.t('No profile found for this prospect: add "profile: ../your.profile.yaml", set idealClient.profile, or put a *.profile.yaml in this folder or a parent.'),
  };
}
