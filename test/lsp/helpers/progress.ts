// Work-done progress as a client sees it over JSON-RPC: the values reported on a token, and a
// request cancelled once its run is under way. Shared by the Evaluate All and Check Lessons tests.
import { CancellationTokenSource, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import type { LspSession } from './lspSession';

export type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/**
 * Sends a request with `token` as its work-done token, cancels it at the first report (the run is
 * under way: a begin alone may come before the first slice), and resolves when the progress has
 * ended, with what the request gave: an Error when it was cancelled, else its answer.
 */
export async function cancelAtFirstReport(s: LspSession, token: string, send: (cancel: CancellationTokenSource) => Promise<unknown>): Promise<unknown> {
  let began!: () => void;
  let ended!: () => void;
  const begin = new Promise<void>((r) => { began = r; });
  const end = new Promise<void>((r) => { ended = r; });
  s.conn.onProgress(WorkDoneProgress.type, token, (v: ProgressValue) => { if (v.kind === 'report') began(); if (v.kind === 'end') ended(); });
  const source = new CancellationTokenSource();
  const answer = send(source).then((r) => r, (e: Error) => e);
  await begin;
  source.cancel();
  const r = await answer;
  await end;
  return r;
}
