// Faults (issue 6, item 4) over real JSON-RPC against dist/server.js: a profile deleted or renamed
// on disk while its prospects are open, and a request cancelled half-way through an edit. The
// server must say what happened in the prospect's diagnostics, keep answering, and never hand out
// an answer computed from a version of the document the editor no longer has.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import {
  CancellationTokenSource, CodeLensRequest, ConfigurationRequest, DiagnosticSeverity, FileChangeType, HoverRequest, LSPErrorCodes, ResponseError,
  type CodeLens, type Diagnostic, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { EvaluateRequest } from '../../shared/src/protocol';
import { onSamples, LspSession, ROOT } from './helpers/lspSession';

const PROFILE = 'wunschkunde.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
/** A prospect with no `profile:` key: it is judged by the nearest profile. */
const NEAREST = 'prospects/nearest.prospect.yaml';
const NEAREST_TEXT = 'prospect: Nearest GmbH\nfacts:\n  workingStyle: intuitive\n  budget: 9000 EUR\n';

const missingProfile = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'profile-missing');

describe('faults: profiles vanishing and requests cancelled (dist/server.js)', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started), {
    prepare: (w) => fs.writeFileSync(`${w}/${NEAREST}`, NEAREST_TEXT),
  });

  /** Opens ACME and the keyless prospect and waits until both were judged by the profile. */
  async function openBoth(): Promise<{ acme: string; nearest: string }> {
    const acme = await s.open(ACME);
    const nearest = await s.open(NEAREST);
    for (const uri of [acme, nearest]) {
      const p = await s.waitForDiagnostics(uri, () => true, 0);
      assert.deepEqual(missingProfile(p.diagnostics), [], `${uri} found its profile at first`);
    }
    return { acme, nearest };
  }

  /** The server is alive and answers: a hover, and an evaluation with the verdict or the reason. */
  async function stillAnswers(uri: string): Promise<void> {
    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.ok(hover === null || typeof hover === 'object');
    assert.equal(s.exitCode, undefined, 'the server is still running');
    assert.deepEqual(s.stderr.filter((l) => l.includes('[server error]')), [], 'no handler failed');
  }

  it('a profile deleted while its prospects are open: their diagnostics say it is missing, in plain words', async function () {
    const { acme, nearest } = await openBoth();
    const profilePath = s.path(PROFILE);
    const acmeAfter = s.published.get(acme)!.length;
    const nearestAfter = s.published.get(nearest)!.length;
    fs.rmSync(profilePath);
    await s.filesChanged([{ uri: s.uri(PROFILE), type: FileChangeType.Deleted }]);

    // The prospect that names its profile: an error on the `profile:` value, naming what was looked for.
    const a = await s.waitForDiagnostics(acme, (p) => missingProfile(p.diagnostics).length > 0, acmeAfter);
    assert.deepEqual(missingProfile(a.diagnostics).map((d) => ({ message: d.message, severity: d.severity, range: d.range })), [{
      message: `"../wunschkunde.profile.yaml" does not exist (looked for ${profilePath}).`,
      severity: DiagnosticSeverity.Error,
      range: { start: { line: 2, character: 9 }, end: { line: 2, character: 36 } },
    }]);
    // The one judged by the nearest profile: a warning on its first line, saying how to fix it.
    const n = await s.waitForDiagnostics(nearest, (p) => missingProfile(p.diagnostics).length > 0, nearestAfter);
    assert.deepEqual(missingProfile(n.diagnostics).map((d) => ({ message: d.message, severity: d.severity, range: d.range })), [{
      message: 'No profile found for this prospect: add "profile: ../your.profile.yaml", set idealClient.profile, or put a *.profile.yaml in this folder or a parent.',
      severity: DiagnosticSeverity.Warning,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 'prospect: Nearest GmbH'.length } },
    }]);

    // Evaluate gives the reason instead of a verdict; the server keeps answering.
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri: acme });
    assert.equal(ev.ok, false);
    assert.match(!ev.ok ? ev.message : '', /"\.\.\/wunschkunde\.profile\.yaml" does not exist/);
    await stillAnswers(acme);

    // The profile comes back (git checkout): the prospects are judged again, the warning is gone.
    fs.cpSync(`${ROOT}/samples/${PROFILE}`, profilePath);
    const back = s.published.get(acme)!.length;
    await s.filesChanged([{ uri: s.uri(PROFILE), type: FileChangeType.Created }]);
    await s.waitForDiagnostics(acme, (p) => missingProfile(p.diagnostics).length === 0, back);
    const again = await s.conn.sendRequest(EvaluateRequest, { uri: acme });
    assert.ok(again.ok && again.verdict.verdict === 'no-fit' && again.verdict.score === 29);
  });

  it('a profile renamed (delete + create): a prospect naming the old path says so; a keyless one follows the new name', async function () {
    const { acme, nearest } = await openBoth();
    const acmeAfter = s.published.get(acme)!.length;
    fs.renameSync(s.path(PROFILE), s.path('renamed.profile.yaml'));
    await s.filesChanged([
      { uri: s.uri(PROFILE), type: FileChangeType.Deleted },
      { uri: s.uri('renamed.profile.yaml'), type: FileChangeType.Created },
    ]);

    const a = await s.waitForDiagnostics(acme, (p) => missingProfile(p.diagnostics).length > 0, acmeAfter);
    assert.deepEqual(missingProfile(a.diagnostics).map((d) => d.message), [`"../wunschkunde.profile.yaml" does not exist (looked for ${s.path(PROFILE)}).`]);
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri: nearest });
    assert.ok(ev.ok, !ev.ok ? ev.message : '');
    assert.equal(ev.profileUri, s.uri('renamed.profile.yaml'));
    assert.deepEqual(missingProfile(s.lastDiagnostics(nearest)!.diagnostics), []);
    await stillAnswers(acme);

    // The prospect is pointed at the new name: the error goes, the verdict is back.
    const fixed = s.read(ACME).replace('profile: ../wunschkunde.profile.yaml', 'profile: ../renamed.profile.yaml');
    const version = await s.change(acme, fixed);
    const p = await s.waitForDiagnostics(acme, (d) => d.version === version);
    assert.deepEqual(missingProfile(p.diagnostics), []);
    const again = await s.conn.sendRequest(EvaluateRequest, { uri: acme });
    assert.ok(again.ok && again.verdict.score === 29);
  });

  it('a request cancelled half-way through an edit leaves no stale result', async function () {
    // Hold the server's settings request, so the check of version 1, the evaluation and the lens
    // request all stop half-way (each awaits the settings) while the edit and the cancellation arrive.
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let asked!: () => void;
    const settingsAsked = new Promise<void>((r) => { asked = r; });
    s.conn.onRequest(ConfigurationRequest.type, async (p) => {
      asked();
      await gate;
      return p.items.map(() => ({}));
    });
    const v1 = s.read(ACME);
    const uri = await s.open(ACME, v1);
    // The check of version 1 has started: it is the one that asks for the settings.
    await settingsAsked;
    const evalToken = new CancellationTokenSource();
    const lensToken = new CancellationTokenSource();
    const cancelledEval = s.conn.sendRequest(EvaluateRequest, { uri }, evalToken.token).then((r) => r, (e: Error) => e);
    const cancelledLens = s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } }, lensToken.token).then((r) => r, (e: Error) => e);

    // Version 2: another name, and a budget below the profile's minimum (score 29 → 0).
    const v2 = v1.replace('prospect: ACME GmbH', 'prospect: ACME Version 2').replace('budget: 8000 EUR', 'budget: 1000 EUR');
    const version = await s.change(uri, v2);
    evalToken.cancel();
    lensToken.cancel();
    release();

    // The cancelled requests are answered RequestCancelled (LSP), never with version 1's verdict.
    const late = await cancelledEval;
    if (!(late instanceof Error) && late.ok) assert.notEqual(late.verdict.prospect, 'ACME GmbH', 'the cancelled evaluation answered with version 1');
    const lateLens = await cancelledLens;
    if (Array.isArray(lateLens)) assert.ok(!lateLens.some((l: CodeLens) => / 29% match/.test(l.command?.title ?? '')), 'the cancelled lens request answered with version 1');
    for (const answer of [late, lateLens]) {
      assert.ok(answer instanceof ResponseError, `a cancelled request is answered with an error, got ${JSON.stringify(answer)}`);
      assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
    }

    // The next answers are version 2's.
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri });
    assert.ok(ev.ok, !ev.ok ? ev.message : '');
    assert.equal(ev.verdict.prospect, 'ACME Version 2');
    assert.equal(ev.verdict.score, 0);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.match(lenses?.map((l) => l.command?.title ?? '').join(' | ') ?? '', / 0% match/);
    // Diagnostics: published for version 2 only — the superseded run for version 1 never lands.
    const p = await s.waitForDiagnostics(uri, (d) => d.version === version, 0);
    assert.ok(p);
    const versions = (s.published.get(uri) ?? []).map((d: PublishDiagnosticsParams) => d.version);
    assert.deepEqual(versions.filter((v) => v !== version), [], `diagnostics were published for versions ${versions.join(', ')}`);
    await stillAnswers(uri);
  });
});
