// Fetches every prospect's verdict from idealClient/evaluateAll, a page at a time, for the
// Evaluate All report and the Prospects view. No `vscode` import: the LSP tests page with it too.
import type { EvaluateAllPage, EvaluateAllParams, ProspectEvaluation } from '../../server/src/protocol';

/** Sends one idealClient/evaluateAll request (LanguageClient.sendRequest, bound to the type). */
export type SendEvaluateAll = (params: EvaluateAllParams) => Promise<EvaluateAllPage>;

export interface AllEvaluations {
  /** Every prospect, sorted by path, all from one run (the same version of every document). */
  items: ProspectEvaluation[];
  /** The workspace changed during the last run too: newer verdicts exist (the view refreshes on them). */
  changed: boolean;
}

/** A run the workspace changed under is fetched again, at most this many runs in all. */
const MAX_RUNS = 3;

/**
 * Every page of one run. The server evaluates a run whole when its first page is asked for and
 * keeps it, so its pages agree; a page saying the workspace changed since (a profile edited while
 * paging) makes the next run start, so the report shows the newest verdicts — unless the edits
 * keep coming, when the last complete run is taken with `changed` set. A run the server no
 * longer keeps is started again. Rejects only if the requests do.
 */
export async function evaluateAllPages(send: SendEvaluateAll): Promise<AllEvaluations> {
  let last: AllEvaluations | undefined;
  for (let runs = 1; ; runs++) {
    const got = await oneRun(send);
    if (got) {
      if (!got.changed || runs >= MAX_RUNS) return got;
      last = got;
    } else if (runs >= MAX_RUNS && last) {
      return last;
    }
    // Expired runs are retried beyond MAX_RUNS only while none completed: that needs several
    // other clients starting runs all the time, and gives up after a few more.
    if (runs >= MAX_RUNS * 2) return last ?? { items: [], changed: true };
  }
}

/** The pages of one new run; undefined when the server dropped the run before the last page. */
async function oneRun(send: SendEvaluateAll): Promise<AllEvaluations | undefined> {
  const first = await send({});
  if (!first.ok) return undefined;
  const items = first.items.slice();
  let changed = first.changed;
  while (items.length < first.total) {
    const page = await send({ run: first.run, offset: items.length });
    if (!page.ok) return undefined;
    // A page that brings nothing would loop for ever: the server answered a run it cannot have.
    if (page.items.length === 0) break;
    for (const item of page.items) items.push(item);
    changed ||= page.changed;
  }
  return { items, changed };
}
