// The profile-change lens over the bundled server: a copy of samples/ committed to a real git
// repository, the profile edited in the "editor" (not saved), the lens counting the verdicts the
// edit turns, the list behind it — and in an untrusted workspace, git never run.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { ProfileChangesRequest, WorkspaceTrustedNotification } from '../../shared/src/protocol';
import { buildServer, copySamples, LspSession, sleep } from './helpers/lspSession';
import { git } from '../helpers/gitRepo';
import { runCliAsync } from '../../server/src/cli/run';

const PROFILE = 'wunschkunde.profile.yaml';

/** The titles of the profile-change lenses on the profile now. */
async function changeLenses(s: LspSession, uri: string): Promise<string[]> {
  const lenses = (await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[] | null;
  return (lenses ?? []).map((l) => l.command?.title ?? '').filter((t) => t.startsWith('This change'));
}

/** Asks for the lenses until they are `expected` (the comparison runs 300 ms after the last edit). */
async function lensesBecome(s: LspSession, uri: string, expected: string[], timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < until) {
    last = await changeLenses(s, uri);
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await sleep(100);
  }
  assert.deepEqual(last, expected, 'the profile-change lens');
}

describe('profile-change lens (bundled server, a real git repository)', function () {
  this.timeout(60_000);
  let workspace: string;
  let probeBin: string;
  let marker: string;
  before(function () {
    if (!fs.existsSync(path.join(__dirname, '..', '..', 'dist', 'server.js'))) buildServer();
    workspace = copySamples();
    git(workspace, 'init', '-q');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', 'samples');
    // A `git` first on the PATH that notes every run, then runs the real one.
    probeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-gitprobe-'));
    marker = path.join(probeBin, 'git-ran');
    const realGit = process.env.PATH!.split(path.delimiter).map((d) => path.join(d, 'git')).find((p) => fs.existsSync(p))!;
    fs.writeFileSync(path.join(probeBin, 'git'), `#!/bin/sh\necho "$@" >> "${marker}"\nexec "${realGit}" "$@"\n`, { mode: 0o755 });
  });
  after(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(probeBin, { recursive: true, force: true });
  });

  it('counts the verdicts an unsaved edit turns, opens the list, and goes when the text is HEAD\'s again', async () => {
    const s = await LspSession.start(workspace, { initializationOptions: { clientWatchesFiles: true, trusted: true } });
    try {
      const original = s.read(PROFILE);
      const uri = await s.open(PROFILE);
      // The text is the committed one: no lens.
      await sleep(600);
      assert.deepEqual(await changeLenses(s, uri), []);
      // Weight 3 → 1 on working-style: ten prospects of this profile and one lesson change score or
      // verdict (`ideal-client diff` on the same edit lists the same eleven).
      const edited = original.replace('    weight: 3', '    weight: 1');
      assert.notEqual(edited, original);
      const started = Date.now();
      await s.change(uri, edited);
      await lensesBecome(s, uri, ['This change turns 11 verdicts']);
      const latency = Date.now() - started;
      const list = await s.conn.sendRequest(ProfileChangesRequest, { uri });
      assert.ok(list.ok, !list.ok ? list.message : '');
      assert.equal(list.ok && list.changes.length, 11);
      assert.ok(list.ok && list.changes.some((c) => c.prospect === 'Detailwerk Architekten' && c.before?.verdict === 'no-fit' && c.after?.verdict === 'borderline'));
      // Clickable: each prospect links to its file.
      assert.match(list.ok ? list.markdown : '', /\[prospects\/2026-11-24-baumann\.prospect\.md\]\(file:\/\/\/.*2026-11-24-baumann\.prospect\.md\)/);
      // Typing on: a dealbreaker made a weighted criterion turns more. The lens counts what
      // `ideal-client diff` lists for the same text saved.
      const edited2 = edited.replace('    isNot: wants-to-be-right\n    dealbreaker: true', '    isNot: wants-to-be-right\n    weight: 1');
      fs.writeFileSync(s.path(PROFILE), edited2);
      let out = '';
      await runCliAsync(['diff', '--format', 'json'], { out: (t) => { out += t; }, err: () => undefined, cwd: workspace, env: {} });
      fs.writeFileSync(s.path(PROFILE), original);
      const expected = (JSON.parse(out) as unknown[]).length;
      assert.ok(expected > 6, `the CLI lists ${expected}`);
      await s.change(uri, edited2);
      await lensesBecome(s, uri, [`This change turns ${expected} verdicts`]);
      // Back to the committed text: the lens goes.
      await s.change(uri, original);
      await lensesBecome(s, uri, []);
      assert.ok(latency < 5000, `lens after ${latency} ms`);
    } finally {
      await s.stop();
    }
  });

  it('never runs git in an untrusted workspace, until trust is granted', async () => {
    fs.rmSync(marker, { force: true });
    const savedPath = process.env.PATH;
    process.env.PATH = `${probeBin}${path.delimiter}${savedPath}`;
    let s: LspSession;
    try {
      s = await LspSession.start(workspace, { initializationOptions: { clientWatchesFiles: true } });
    } finally {
      process.env.PATH = savedPath;
    }
    try {
      const uri = await s.open(PROFILE);
      await s.change(uri, s.read(PROFILE).replace('    weight: 3', '    weight: 1'));
      await sleep(800);
      assert.deepEqual(await changeLenses(s, uri), []);
      const list = await s.conn.sendRequest(ProfileChangesRequest, { uri });
      assert.equal(list.ok, false);
      assert.equal(fs.existsSync(marker), false, 'git was run in an untrusted workspace');
      // Trusted now: the lens comes, and git did run (the probe works).
      await s.conn.sendNotification(WorkspaceTrustedNotification);
      await lensesBecome(s, uri, ['This change turns 11 verdicts']);
      assert.equal(fs.existsSync(marker), true);
    } finally {
      await s.stop();
    }
  });

  it('shows nothing in a folder that is not a git work tree', async () => {
    const plain = copySamples();
    const s = await LspSession.start(plain, { initializationOptions: { clientWatchesFiles: true, trusted: true } });
    try {
      const uri = await s.open(PROFILE);
      await s.change(uri, s.read(PROFILE).replace('    weight: 3', '    weight: 1'));
      await sleep(800);
      assert.deepEqual(await changeLenses(s, uri), []);
      const list = await s.conn.sendRequest(ProfileChangesRequest, { uri });
      assert.deepEqual(list, { ok: false, message: `${plain} is not inside a git work tree.` });
    } finally {
      await s.stop();
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
