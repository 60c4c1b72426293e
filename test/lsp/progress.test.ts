// Evaluate All with a progress count: the client passes a work-done token with a new run, and
// the server reports "n of N prospects" on it while it evaluates, then ends it. Cancelled, the
// run stops.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { EvaluateAllRequest } from '../../shared/src/protocol';
import { cancelAtFirstReport } from './helpers/progress';
import { onSamples, LspSession } from './helpers/lspSession';

const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
/** Enough prospects that evaluating them spans many 2 ms slices (and so several reports). */
const COPIES = 1500;

describe('Evaluate All reports its progress (work done)', function () {
  this.timeout(120_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started), {
    prepare: (ws) => {
      const text = fs.readFileSync(path.join(ws, ACME), 'utf8');
      fs.mkdirSync(path.join(ws, 'prospects', 'many'));
      for (let i = 0; i < COPIES; i++) fs.writeFileSync(path.join(ws, 'prospects', 'many', `c${i}.prospect.yaml`), text.replace('../wunschkunde', '../../wunschkunde'));
    },
  });

  it('begins, reports "n of N prospects" with a rising percentage, and ends', async function () {
    const seen: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
    const token = 'test-progress-1';
    const listening = s.conn.onProgress(WorkDoneProgress.type, token, (v) => { seen.push(v); });
    const page = await s.conn.sendRequest(EvaluateAllRequest, { workDoneToken: token });
    await s.waitFor(() => seen.some((v) => v.kind === 'end'), 'the end of the progress');
    listening.dispose();
    assert.ok(page.ok);
    const total = page.ok ? page.total : 0;
    assert.ok(total > COPIES);
    assert.equal(seen[0].kind, 'begin');
    assert.equal((seen[0] as WorkDoneProgressBegin).title, 'Evaluating prospects…');
    const reports = seen.filter((v): v is WorkDoneProgressReport => v.kind === 'report');
    assert.ok(reports.length >= 1, JSON.stringify(seen));
    for (const r of reports) assert.match(r.message ?? '', new RegExp(`^\\d+ of ${total} prospects$`));
    const percentages = reports.map((r) => r.percentage ?? 0);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'rising');
    assert.equal(seen[seen.length - 1].kind, 'end');
  });

  it('cancelled, the run stops with "cancelled" and the progress ends', async function () {
    const token = 'test-progress-2';
    const r = await cancelAtFirstReport(s, token, (source) => s.conn.sendRequest(EvaluateAllRequest, { workDoneToken: token }, source.token));
    assert.ok(r instanceof Error, `cancelled, not answered: ${JSON.stringify(r).slice(0, 200)}`);
  });
});
