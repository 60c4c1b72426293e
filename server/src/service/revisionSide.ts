// The "before" side of a comparison with git: a language service of its own over the folder's
// files as they were at a revision (git/revisionFs.ts), judging with the same code as the service
// over the files now. Nothing is cached here; the language server keeps one side per commit
// (lsp/profileChangeLens.ts), the CLI builds one per run.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { VerdictChange } from '../../../shared/src/types';
import { openRevision, type OpenedRevision, type RevisionRefusal } from '../git/revision';
import { loadRevisionFs, revisionFsFromData, type RevisionData, type RevisionFileSystem } from '../git/revisionFs';
import { LanguageService } from './languageService';
import type { ParseShare } from './parseShare';
import type { Settings } from './settings';
import { diffVerdicts } from './verdictDiff';

export interface RevisionSide {
  ok: true;
  commit: string;
  fs: RevisionFileSystem;
  service: LanguageService;
  /** The folder both sides are compared in. */
  root: string;
}

export type RevisionSideResult = RevisionSide | { ok: false; code: RevisionRefusal; message: string };

/** The folder `root` as it was at `rev` (checked first: see git/revision.ts). */
export async function openRevisionSide(root: string, rev: string, settings: Settings, signal?: AbortSignal, parseShare?: ParseShare): Promise<RevisionSideResult> {
  const opened = await openRevision(root, rev, signal);
  return opened.ok ? loadRevisionSide(root, opened, settings, signal, parseShare) : opened;
}

/** The folder `root` as it was at a revision already checked (openRevision). */
export async function loadRevisionSide(root: string, opened: OpenedRevision, settings: Settings, signal?: AbortSignal, parseShare?: ParseShare): Promise<RevisionSide> {
  // The work tree's top as this folder names it: one ".." per folder of the prefix.
  const depth = opened.prefix.split('/').filter((s) => s !== '').length;
  const top = path.resolve(root, ...Array<string>(depth).fill('..'));
  const fs = await loadRevisionFs({ top, commit: opened.commit, prefix: opened.prefix, maxBytes: settings.maxFileSize, signal });
  const service = new LanguageService({ fs, workspaceFolders: [root], parseShare });
  return { ok: true, commit: opened.commit, fs, service, root };
}

/** A side rebuilt from another thread's (revisionFs data()): the same files, no git run. */
export function revisionSideFromData(root: string, data: RevisionData, parseShare?: ParseShare): RevisionSide {
  const fs = revisionFsFromData(data);
  return { ok: true, commit: data.commit, fs, service: new LanguageService({ fs, workspaceFolders: [root], parseShare }), root };
}

/** Why a file present at the revision could not be read there, in words. */
export function unreadableReason(side: RevisionSide, settings: Settings): (fsPath: string) => string | undefined {
  return (fsPath) => {
    switch (side.fs.unreadable(fsPath)) {
      case 'binary': return l10n.t('the file is binary there');
      case 'too-large': return l10n.t('the file is larger than {0} bytes there (idealClient.maxFileSize)', settings.maxFileSize);
      default: return undefined;
    }
  };
}

export interface DiffWithRevisionOptions {
  scopes?: readonly string[];
  share?: { index: number; of: number };
  pause?: () => Promise<void> | undefined;
  release?: boolean;
  onlyProfile?: string;
}

/** Every verdict under the scopes (default: the side's folder) that differs between the revision side and `now`. */
export function diffWithRevision(side: RevisionSide, now: LanguageService, settings: Settings, o: DiffWithRevisionOptions = {}): Promise<VerdictChange[]> {
  return diffVerdicts({ ...o, before: side.service, after: now, root: side.root, settings, unreadableBefore: unreadableReason(side, settings) });
}
