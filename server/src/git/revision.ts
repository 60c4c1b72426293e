// Which revision to read, checked before anything is read from it: the folder must be inside a
// git work tree, and the revision must name a commit of this repository. A revision that starts
// with "-" could be taken for an option by git, and one with a control character cannot be
// meant: both are refused without running git at all.
import * as l10n from '@vscode/l10n';
import { GitMissing, runGit } from './gitProcess';

/** A commit to read, and where the folder sits in its repository. */
export interface OpenedRevision {
  ok: true;
  /** The full commit id the revision named when it was checked. */
  commit: string;
  /** The folder's path inside the repository ("" at its top, else ending in "/"), as git says. */
  prefix: string;
}

export type RevisionRefusal = 'refused' | 'no-git' | 'not-a-work-tree' | 'unknown' | 'shallow';

export type RevisionResult = OpenedRevision | { ok: false; code: RevisionRefusal; message: string };

/** Whether a revision may be handed to git at all (see the top of this file). */
export function isAcceptableRevision(rev: string): boolean {
  return rev !== '' && !rev.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(rev);
}

/** Checks `rev` for the folder `cwd`: a commit of the work tree that holds it. */
export async function openRevision(cwd: string, rev: string, signal?: AbortSignal): Promise<RevisionResult> {
  if (!isAcceptableRevision(rev)) {
    return { ok: false, code: 'refused', message: l10n.t('"{0}" is not accepted as a revision: a revision may not start with "-" or hold control characters.', rev) };
  }
  try {
    const where = await runGit(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], undefined, signal);
    const [inside, prefix = ''] = where.stdout.toString('utf8').split('\n');
    if (where.code !== 0 || inside !== 'true') {
      return { ok: false, code: 'not-a-work-tree', message: l10n.t('{0} is not inside a git work tree.', cwd) };
    }
    const verified = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], undefined, signal);
    const commit = verified.stdout.toString('utf8').trim();
    if (verified.code === 0 && /^[0-9a-f]{40,64}$/.test(commit)) return { ok: true, commit, prefix };
    const shallow = await runGit(cwd, ['rev-parse', '--is-shallow-repository'], undefined, signal);
    if (shallow.stdout.toString('utf8').trim() === 'true') {
      return { ok: false, code: 'shallow', message: l10n.t('The revision "{0}" is not in this shallow clone; fetch more history (git fetch --unshallow) and try again.', rev) };
    }
    return { ok: false, code: 'unknown', message: l10n.t('"{0}" is not a commit of this repository.', rev) };
  } catch (e) {
    if (e instanceof GitMissing) return { ok: false, code: 'no-git', message: l10n.t('git is not installed or not on the PATH.') };
    throw e;
  }
}
