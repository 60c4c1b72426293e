// `ideal-client diff` over thousands of prospects on two threads: the main thread reads the
// revision from git once and hands its files to a worker thread as plain data; each thread then
// judges every other prospect of the sorted list, at the revision and now, and the two lists of
// changes are merged. Each thread's two sides still share the parse of unchanged files.
// Not the default: on the shared 2-core machine (load average 17–18) two threads took 4.7–5.7 s
// of CPU against 3.0–4.1 s on one, and no less wall time; IDEAL_CLIENT_WORKERS=2 turns it on,
// and `npm run bench` measures both.
import { Worker, parentPort } from 'node:worker_threads';
import type { VerdictChange } from '../../../shared/src/types';
import type { RevisionData } from '../git/revisionFs';
import { LanguageService } from '../service/languageService';
import { ParseShare } from '../service/parseShare';
import { diffWithRevision, revisionSideFromData } from '../service/revisionSide';
import { DEFAULT_SETTINGS } from '../service/settings';
import { langFlag, pickLanguage, useLanguage } from './language';

export interface DiffWorkerSetup {
  idealClientDiffWorker: 1;
  argv: readonly string[];
  env: Record<string, string | undefined>;
  root: string;
  data: RevisionData;
  scopes?: readonly string[];
  share: { index: number; of: number };
}

export function isDiffWorker(data: unknown): data is DiffWorkerSetup {
  return typeof data === 'object' && data !== null && (data as DiffWorkerSetup).idealClientDiffWorker === 1;
}

/** Two threads when IDEAL_CLIENT_WORKERS asks for two or more (and there are two prospects to share). */
export function diffWorkers(prospects: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number.parseInt(env.IDEAL_CLIENT_WORKERS ?? '', 10);
  return Number.isInteger(asked) && asked >= 2 && prospects >= 2 ? 2 : 1;
}

/** Runs one share of the comparison in a worker thread started from `script` (the CLI bundle). */
export function diffInWorker(script: string, setup: DiffWorkerSetup): Promise<VerdictChange[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: setup });
    let done = false;
    w.once('message', (changes: VerdictChange[]) => {
      done = true;
      resolve(changes);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => {
      if (!done) reject(new Error(`the diff worker stopped with exit code ${code}`));
    });
  });
}

/** The worker's side: the same language, the revision's files from the data, its share judged. */
export async function serveDiffWorker(setup: DiffWorkerSetup): Promise<void> {
  useLanguage(pickLanguage(langFlag(setup.argv), setup.env));
  const share = new ParseShare();
  const side = revisionSideFromData(setup.root, setup.data, share);
  const now = new LanguageService({ workspaceFolders: [setup.root], parseShare: share });
  const changes = await diffWithRevision(side, now, DEFAULT_SETTINGS, { scopes: setup.scopes, release: true, share: setup.share });
  parentPort?.postMessage(changes);
}
