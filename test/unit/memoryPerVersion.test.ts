// Nothing is kept per version of an edited document: after a hundred edits of an open profile,
// only the latest version's parse, model and YAML document may be alive. An edit is applied to
// the previous version's YAML document (in place, or a block spliced in) and that version is
// retired; a version that stayed reachable — from a memo, a compiled profile taking over the
// criteria of the one before, a lesson's last verdict, a closure — would keep its whole tree,
// and a chain of them every version since the file was opened: a 10,000-line profile's parse
// and model take ~12 MB (the live heap after opening it, 7.6 → 19.9 MB). Checked the other way
// round: with every version's parse, model or YAML document kept in a list, this test fails on
// that count. The edits run in a process of their own (helpers/versionRetention.ts, with
// --expose-gc), so the collection sees their heap alone.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../..');

describe('memory per version of an edited document', () => {
  it('after 100 edits of every kind, no earlier version\'s parse, model or YAML document is alive', function () {
    this.timeout(120_000);
    const run = spawnSync(process.execPath, [
      '--expose-gc', '--import', pathToFileURL(path.join(ROOT, 'test', 'tsx.mjs')).href, path.join(__dirname, 'helpers', 'versionRetention.ts'),
    ], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    assert.equal(run.status, 0, run.stderr);
    const r = JSON.parse(run.stdout) as {
      versions: number; models: number; yamlDocuments: number; incremental: number; full: number;
      alive: { parses: number; models: number; yamlDocuments: number }; latestAlive: boolean;
    };
    assert.equal(r.versions, 100);
    assert.ok(r.incremental >= 60, `most edits were applied to the previous version (${r.incremental})`);
    assert.ok(r.full >= 20 && r.yamlDocuments >= 20, `some edits were parsed in full (${r.full}), each a YAML document of its own (${r.yamlDocuments})`);
    assert.deepEqual(r.alive, { parses: 0, models: 0, yamlDocuments: 0 },
      `earlier versions still alive, of ${r.versions - 1} parses, ${r.models - 1} models, ${r.yamlDocuments - 1} YAML documents`);
    // The latest stays: the check can tell alive from collected.
    assert.ok(r.latestAlive);
  });
});
