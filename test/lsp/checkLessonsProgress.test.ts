// Check Lessons with a progress count, as Evaluate All has: the client passes a work-done token,
// the server reports "n of N lessons" on it while it checks, then ends it. Cancelled, the run
// stops and nothing is answered.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { CheckLessonsRequest } from '../../shared/src/protocol';
import { cancelAtFirstReport } from './helpers/progress';
import { onSamples, type LspSession } from './helpers/lspSession';

/** Profiles with lessons, enough that checking them spans many 2 ms slices. */
const COPIES = 300;

describe('Check Lessons reports its progress (work done)', function () {
  this.timeout(180_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started), {
    prepare: (ws) => {
      const profile = fs.readFileSync(path.join(ws, 'wunschkunde.profile.yaml'), 'utf8');
      for (let i = 0; i < COPIES; i++) {
        // Each copy beside the samples' prospects, its lessons pointing at the same files.
        const dir = path.join(ws, 'many', `p${i}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'copy.profile.yaml'), profile.replace(/prospect: prospects\//g, 'prospect: ../../prospects/'));
      }
    },
  });

  it('begins, reports "n of N lessons" rising to N of N, and ends', async function () {
    const seen: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
    const token = 'test-lessons-progress-1';
    const listening = s.conn.onProgress(WorkDoneProgress.type, token, (v) => { seen.push(v); });
    const profiles = await s.conn.sendRequest(CheckLessonsRequest, { workDoneToken: token });
    await s.waitFor(() => seen.some((v) => v.kind === 'end'), 'the end of the progress');
    listening.dispose();
    const total = profiles.reduce((n, p) => n + p.lessons.length, 0);
    assert.ok(profiles.length > COPIES && total > COPIES, `${profiles.length} profiles, ${total} lessons`);
    assert.equal(seen[0].kind, 'begin');
    assert.equal((seen[0] as WorkDoneProgressBegin).title, 'Checking lessons…');
    assert.equal((seen[0] as WorkDoneProgressBegin).cancellable, true);
    const reports = seen.filter((v): v is WorkDoneProgressReport => v.kind === 'report');
    assert.ok(reports.length >= 2, JSON.stringify(seen));
    for (const r of reports) assert.match(r.message ?? '', new RegExp(`^\\d+ of ${total} lessons$`));
    const counts = reports.map((r) => Number(/^\d+/.exec(r.message ?? '')?.[0]));
    assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'rising');
    assert.equal(reports[reports.length - 1].message, `${total} of ${total} lessons`);
    assert.equal(seen[seen.length - 1].kind, 'end');
  });

  it('cancelled, the run stops and the progress ends', async function () {
    const token = 'test-lessons-progress-2';
    const r = await cancelAtFirstReport(s, token, (source) => s.conn.sendRequest(CheckLessonsRequest, { workDoneToken: token }, source.token));
    assert.ok(r instanceof Error, `cancelled, not answered: ${JSON.stringify(r).slice(0, 200)}`);
  });
});
