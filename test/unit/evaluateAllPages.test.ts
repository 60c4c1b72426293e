// The client's pager for idealClient/evaluateAll against a scripted server: a run the workspace
// changed under is fetched again (a few times at most), an expired run is started again, and the
// items always come from one run.
import { strict as assert } from 'node:assert';
import { evaluateAllPages } from '../../client/src/evaluateAllPages';
import type { EvaluateAllPage, EvaluateAllParams, ProspectEvaluation } from '../../shared/src/protocol';

function item(run: number, i: number): ProspectEvaluation {
  return { uri: `file:///p${i}.prospect.yaml`, relativePath: `p${i}.prospect.yaml`, evaluation: { ok: false, message: `run ${run}` } };
}

/** A server with `total` prospects and pages of `size`; `changedFor(run)` says whether run's later pages report a change. */
function server(total: number, size: number, opts: { changedFor?: (run: number) => boolean; expire?: (run: number) => boolean } = {}) {
  const asked: EvaluateAllParams[] = [];
  let runs = 0;
  const send = async (p: EvaluateAllParams): Promise<EvaluateAllPage> => {
    asked.push(p);
    const run = p.run ?? ++runs;
    const offset = p.offset ?? 0;
    if (p.run !== undefined && opts.expire?.(run)) return { ok: false, expired: true };
    const items = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, k) => item(run, offset + k));
    return { ok: true, run, total, offset, items, changed: p.run !== undefined && (opts.changedFor?.(run) ?? false) };
  };
  return { send, asked, runs: () => runs };
}

describe('evaluateAllPages (client pager)', function () {
  it('asks page after page of one run and returns every item once', async function () {
    const srv = server(7, 3);
    const all = await evaluateAllPages(srv.send);
    assert.deepEqual(all.items.map((x) => x.relativePath), [0, 1, 2, 3, 4, 5, 6].map((i) => `p${i}.prospect.yaml`));
    assert.equal(all.changed, false);
    assert.deepEqual(srv.asked, [{}, { run: 1, offset: 3 }, { run: 1, offset: 6 }]);
  });

  it('keeps two pages in flight, and puts pages answered out of order in order', async function () {
    const srv = server(23, 4);
    let inFlight = 0;
    let most = 0;
    let turn = 0;
    const send = async (p: EvaluateAllParams): Promise<EvaluateAllPage> => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Every other answer is late, so that later pages arrive before earlier ones.
      const delay = p.run !== undefined && turn++ % 2 === 0 ? 5 : 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight--;
      return srv.send(p);
    };
    const all = await evaluateAllPages(send);
    assert.deepEqual(all.items.map((x) => x.relativePath), Array.from({ length: 23 }, (_, i) => `p${i}.prospect.yaml`));
    assert.equal(most, 2);
    assert.equal(srv.asked.length, 6, 'one request per page, none twice');
  });

  it('takes pages of another size than the first in order, one at a time', async function () {
    // A server whose first page holds 3 and the others 2: the pager fills the gaps.
    const asked: EvaluateAllParams[] = [];
    const send = async (p: EvaluateAllParams): Promise<EvaluateAllPage> => {
      asked.push(p);
      const offset = p.offset ?? 0;
      const size = p.run === undefined ? 3 : 2;
      const items = Array.from({ length: Math.max(0, Math.min(size, 8 - offset)) }, (_, k) => item(1, offset + k));
      return { ok: true, run: 1, total: 8, offset, items, changed: false };
    };
    const all = await evaluateAllPages(send);
    assert.deepEqual(all.items.map((x) => x.relativePath), Array.from({ length: 8 }, (_, i) => `p${i}.prospect.yaml`));
  });

  it('starts a new run when a page says the workspace changed, and returns only that run\'s items', async function () {
    const srv = server(5, 2, { changedFor: (run) => run === 1 });
    const all = await evaluateAllPages(srv.send);
    assert.equal(srv.runs(), 2);
    assert.equal(all.changed, false);
    assert.ok(all.items.every((x) => !x.evaluation.ok && x.evaluation.message === 'run 2'), 'no item of the changed run');
  });

  it('gives up after three runs that all changed, saying so', async function () {
    const srv = server(5, 2, { changedFor: () => true });
    const all = await evaluateAllPages(srv.send);
    assert.equal(srv.runs(), 3);
    assert.equal(all.changed, true);
    assert.equal(all.items.length, 5);
    assert.ok(all.items.every((x) => !x.evaluation.ok && x.evaluation.message === 'run 3'));
  });

  it('starts again when the server dropped the run, and ends even if it always does', async function () {
    const once = server(5, 2, { expire: (run) => run === 1 });
    const all = await evaluateAllPages(once.send);
    assert.equal(once.runs(), 2);
    assert.equal(all.items.length, 5);
    const always = server(5, 2, { expire: () => true });
    const none = await evaluateAllPages(always.send);
    assert.deepEqual(none, { items: [], changed: true });
    assert.ok(always.runs() <= 6, `${always.runs()} runs`);
  });

  it('takes an empty workspace in one request', async function () {
    const srv = server(0, 250);
    assert.deepEqual(await evaluateAllPages(srv.send), { items: [], changed: false });
    assert.equal(srv.asked.length, 1);
  });
});
