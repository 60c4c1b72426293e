// idealClient/evaluateAll a page at a time, over real JSON-RPC against dist/server.js: every
// prospect exactly once, pages of one run that agree with each other, and a profile edited
// between two pages told to the client (and, through the client's pager, a fresh run).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { EVALUATE_ALL_PAGE_SIZE, EvaluateAllRequest, type EvaluateAllPage, type ProspectEvaluation } from '../../shared/src/protocol';
import { evaluateAllPages } from '../../client/src/evaluateAllPages';
import { onSamples, LspSession } from './helpers/lspSession';

const PROFILE = 'wunschkunde.profile.yaml';
const BAUMANN = 'prospects/2026-11-24-baumann.prospect.md';

/** Every prospect file under `dir`, as a path relative to it with forward slashes. */
function prospectFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...prospectFiles(dir, r));
    else if (/\.prospect\.(yaml|md)$/.test(d.name)) out.push(r);
  }
  return out;
}

function ok(page: EvaluateAllPage): Extract<EvaluateAllPage, { ok: true }> {
  assert.ok(page.ok, `a page of a kept run: ${JSON.stringify(page)}`);
  return page;
}

function verdictOf(items: readonly ProspectEvaluation[], file: string): string {
  const r = items.find((x) => x.relativePath === file);
  assert.ok(r, `${file} listed`);
  return r.evaluation.ok ? `${r.evaluation.verdict.verdict} ${r.evaluation.verdict.score}` : `error: ${r.evaluation.message}`;
}

describe('idealClient/evaluateAll, page by page (dist/server.js)', function () {
  this.timeout(60_000);
  let workspace: string;
  let s: LspSession;

  onSamples((started) => ({ s, workspace } = started));

  it('gives every sample prospect exactly once, in path order, over pages of three', async function () {
    const send = (params: object): Promise<EvaluateAllPage> => s.conn.sendRequest(EvaluateAllRequest, params);
    const first = ok(await send({ limit: 3 }));
    assert.equal(first.offset, 0);
    assert.equal(first.items.length, 3);
    assert.equal(first.changed, false);
    const seen = [...first.items];
    let pages = 1;
    while (seen.length < first.total) {
      const page = ok(await send({ run: first.run, offset: seen.length, limit: 3 }));
      assert.equal(page.run, first.run);
      assert.equal(page.total, first.total);
      assert.equal(page.offset, seen.length);
      assert.ok(page.items.length >= 1 && page.items.length <= 3, `page of ${page.items.length}`);
      seen.push(...page.items);
      pages++;
    }
    const paths = seen.map((x) => x.relativePath);
    const onDisk = prospectFiles(workspace).sort();
    assert.ok(onDisk.length >= 8, `sample prospects: ${onDisk.join(', ')}`);
    assert.deepEqual([...paths].sort(), onDisk, 'every prospect file, each exactly once');
    assert.equal(new Set(paths).size, paths.length, 'no prospect twice');
    assert.deepEqual(paths, [...paths].sort(), 'sorted by path across the pages');
    assert.equal(pages, Math.ceil(onDisk.length / 3));
    // Its last page served, the run is let go.
    assert.deepEqual(await send({ run: first.run, offset: 0, limit: 3 }), { ok: false, expired: true });
    // Past the end: an empty page, not an error.
    const another = ok(await send({ limit: 1 }));
    assert.deepEqual(ok(await send({ run: another.run, offset: another.total + 5, limit: 3 })).items, []);

    // The client's pager, with the server's page size, gives the same list.
    const all = await evaluateAllPages(send);
    assert.equal(all.changed, false);
    assert.deepEqual(all.items.map((x) => x.relativePath), paths);
    assert.ok(all.items.length <= EVALUATE_ALL_PAGE_SIZE, 'the samples fit in one page of the default size');
    assert.deepEqual(ok(await send({ limit: 1_000_000 })).items.length, Math.min(all.items.length, EVALUATE_ALL_PAGE_SIZE));
  });

  it('tells the client when the profile changed between two pages, and keeps the run\'s verdicts', async function () {
    const send = (params: object): Promise<EvaluateAllPage> => s.conn.sendRequest(EvaluateAllRequest, params);
    const profileUri = await s.open(PROFILE);
    const paths = (await evaluateAllPages(send)).items.map((x) => x.relativePath);
    const at = paths.indexOf(BAUMANN);
    assert.ok(at >= 0 && at + 2 < paths.length, `${BAUMANN} listed, not among the last two`);
    const first = ok(await send({ limit: 1 }));
    const before = ok(await send({ run: first.run, offset: at, limit: 2 }));
    assert.equal(before.changed, false);
    assert.equal(verdictOf(before.items, BAUMANN), 'fit 80', 'samples/EXPECTED.md');

    // Baumann's budget (4.500 €) is its only unmet criterion: met once the bar is 1 EUR.
    const text = s.read(PROFILE);
    const edited = text.replace('atLeast: 5000 EUR', 'atLeast: 1 EUR');
    assert.notEqual(edited, text, 'the sample profile has a budget criterion with `atLeast: 5000 EUR`');
    await s.change(profileUri, edited);

    const after = ok(await send({ run: first.run, offset: at, limit: 2 }));
    assert.equal(after.changed, true, 'a page after the edit says the workspace changed');
    assert.deepEqual(after.items, before.items, 'the run still answers the verdicts it was evaluated with');

    const fresh = await evaluateAllPages(send);
    assert.equal(fresh.changed, false);
    assert.equal(verdictOf(fresh.items, BAUMANN), 'fit 100', 'a new run judges by the edited profile');
    assert.deepEqual(fresh.items.map((x) => x.relativePath), paths);
  });

  it('lists a prospect created after a run (told by a file event) in the next run', async function () {
    const send = (params: object): Promise<EvaluateAllPage> => s.conn.sendRequest(EvaluateAllRequest, params);
    const before = await evaluateAllPages(send);
    const added = 'prospects/2026-12-24-neu.prospect.yaml';
    fs.writeFileSync(s.path(added), 'profile: ../wunschkunde.profile.yaml\nprospect: Neu GmbH\nfacts: {}\n');
    await s.filesChanged([{ uri: s.uri(added), type: FileChangeType.Created }]);
    const after = await evaluateAllPages(send);
    assert.deepEqual(after.items.map((x) => x.relativePath).filter((p) => !before.items.some((b) => b.relativePath === p)), [added]);
    assert.equal(after.items.length, before.items.length + 1);
  });

  it('answers `expired` for a run it no longer keeps, or never made', async function () {
    const send = (params: object): Promise<EvaluateAllPage> => s.conn.sendRequest(EvaluateAllRequest, params);
    const oldest = ok(await send({ limit: 1 }));
    for (let i = 0; i < 8; i++) ok(await send({ limit: 1 }));
    assert.deepEqual(await send({ run: oldest.run, offset: 1, limit: 1 }), { ok: false, expired: true });
    assert.deepEqual(await send({ run: 987_654, offset: 0 }), { ok: false, expired: true });
  });
});
