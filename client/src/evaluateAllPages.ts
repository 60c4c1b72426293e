// Fetches every prospect's verdict from idealClient/evaluateAll, a page at a time, for the
// Evaluate All report and the Prospects view. No `vscode` import: the LSP tests page with it too.
import type { EvaluateAllPage, EvaluateAllParams, ProspectEvaluation } from '../../shared/src/protocol';

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

/**
 * Pages asked for at once after the first: while the client reads one page the server already
 * writes the next, instead of idling for a round trip per page. Two, so that a completion typed
 * meanwhile waits behind at most one page being written (~10 ms), not a queue of them.
 */
const PAGES_IN_FLIGHT = 2;

/** The pages of one new run; undefined when the server dropped the run before the last page. */
async function oneRun(send: SendEvaluateAll): Promise<AllEvaluations | undefined> {
  const first = await send({});
  if (!first.ok) return undefined;
  const size = first.items.length;
  if (size === 0 || size >= first.total) return { items: first.items.slice(), changed: first.changed };
  // The server's page size is the first page's: the other pages are at known offsets.
  const offsets: number[] = [];
  for (let o = size; o < first.total; o += size) offsets.push(o);
  const pages = new Array<EvaluateAllPage | undefined>(offsets.length);
  let next = 0;
  let dropped = false;
  const worker = async (): Promise<void> => {
    while (next < offsets.length && !dropped) {
      const k = next++;
      const page = await send({ run: first.run, offset: offsets[k] });
      if (!page.ok) dropped = true;
      pages[k] = page;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, offsets.length) }, worker));
  if (dropped) return undefined;
  const items = first.items.slice();
  let changed = first.changed;
  for (const page of pages) {
    if (!page?.ok) return undefined;
    // Pages of another size than the first (a server that changed its mind): take them in
    // order from where the items end, one request at a time.
    if (items.length !== page.offset) break;
    for (const item of page.items) items.push(item);
    changed ||= page.changed;
  }
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
