// Problems for the whole workspace: with idealClient.validateWorkspace on (the default) the server
// publishes the problems of files no editor has open, hands a file over to the open document's
// diagnostics when it is opened, and clears them when the file is deleted or the setting is off.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { onSamples, type LspSession } from './helpers/lspSession';
import { FIRST_PASS_DELAY_MS } from '../../server/src/lsp/workspaceValidation';

const BROKEN_PROSPECT = 'errors/broken.prospect.yaml';
const BROKEN_PROFILE = 'errors/broken.profile.yaml';

describe('problems of the files not open (idealClient.validateWorkspace)', function () {
  this.timeout(60_000);
  let s: LspSession;
  let settings: Record<string, unknown> = {};

  beforeEach(() => {
    settings = {};
  });
  onSamples((started) => ({ s } = started), { settings: () => settings });

  it('publishes the problems of files never opened, without a version — after the files the editor opened', async function () {
    const started = Date.now();
    const uri = s.uri(BROKEN_PROSPECT);
    const p = await s.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => /31\.11\.2026/.test(String(x.message))), 0);
    assert.equal(p.version, undefined, 'not an open document\'s version');
    // The pass waits while a window opens (the server started before this test's clock did).
    assert.ok(Date.now() - started >= FIRST_PASS_DELAY_MS - 500, `the pass ran ${Date.now() - started} ms after the start`);
    assert.ok(p.diagnostics.some((d) => /goalAgred/.test(String(d.message))), p.diagnostics.map((d) => d.message).join(' | '));
    await s.waitForDiagnostics(s.uri(BROKEN_PROFILE), (d) => d.diagnostics.some((x) => /workinStyle/.test(String(x.message))), 0);
    // A valid prospect gets nothing published: no empty lists for the thousands without problems.
    // (ACME has one: its notes contradict its availability, on purpose.)
    assert.equal(s.lastDiagnostics(s.uri('prospects/2026-11-24-baumann.prospect.md')), undefined);
  });

  it('opened, the file is the editor\'s; deleted, its problems go', async function () {
    const uri = s.uri(BROKEN_PROSPECT);
    await s.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0, 0);
    await s.open(BROKEN_PROSPECT);
    const opened = await s.waitForDiagnostics(uri, (d) => d.version !== undefined);
    assert.ok(opened.diagnostics.length > 0);
    await s.close(uri);
    // Closed: checked again from the disk.
    await s.waitForDiagnostics(uri, (d) => d.version === undefined && d.diagnostics.length > 0);
    fs.rmSync(s.path(BROKEN_PROSPECT));
    await s.filesChanged([{ uri, type: FileChangeType.Deleted }]);
    await s.waitForDiagnostics(uri, (d) => d.diagnostics.length === 0);
  });

  it('turned off, every problem it published is cleared', async function () {
    const uri = s.uri(BROKEN_PROSPECT);
    await s.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0, 0);
    settings = { validateWorkspace: false };
    await s.configurationChanged();
    await s.waitForDiagnostics(uri, (d) => d.diagnostics.length === 0);
  });
});
