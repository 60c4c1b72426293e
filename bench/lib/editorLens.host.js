// Runs inside the editor's extension host (code-server, loaded as the test module of the payload
// by bench/editorLens.mjs): the verdict code lens as the editor gets it from our extension.
//   cold: the sample prospect opened in this fresh window → the first answer of the code lens
//         provider that holds its verdict (the language server's start included when it was not
//         yet running; what was running is written next to the number);
//   edit: a weight of the profile changed in its open editor (an undoable edit, not saved) →
//         the first answer for the prospect whose verdict lens differs from the one before.
// Polled every 5 ms with `vscode.executeCodeLensProvider`, which asks our provider afresh each
// time. Writes { cold, serverReady, uptimeAtStart, uptimeAtLens, edits: [ms…], lenses } to IDEAL_CLIENT_BENCH_LENS.
/* eslint-disable */
const fs = require('fs');
const vscode = require('vscode');
const { performance } = require('perf_hooks');

const EXTENSION_ID = 'ideal-client.ideal-client';
const PROSPECT = 'prospects/2026-11-20-acme.prospect.yaml';
const PROFILE = 'wunschkunde.profile.yaml';
const VERDICT = /\b(fit|borderline|no fit|undetermined|passt|Kippe|unbestimmt)\b/i;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const uri = (rel) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...rel.split('/'));

// Every change in what the provider answers, with its time since the open (where the cold time goes).
let trace;
let traceStart = 0;
async function verdictLens(target) {
  const asked = performance.now();
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', target, 100)) || [];
  if (trace && trace.length < 3) trace.push({ ms: Math.round(asked - traceStart), said: `asked for lenses, answered after ${Math.round(performance.now() - asked)} ms` });
  const titles = lenses.map((l) => (l.command && l.command.title) || '').filter(Boolean);
  if (trace) {
    const said = `${lenses.length} lenses: ${titles.join(' | ')}`;
    if (trace.length === 0 || trace[trace.length - 1].said !== said) trace.push({ ms: Math.round(performance.now() - traceStart), said });
  }
  return titles.find((t) => VERDICT.test(t));
}

async function until(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let v;
    try { v = await probe(); } catch { v = undefined; }
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await sleep(5);
  }
}

exports.run = async function run() {
  const out = process.env.IDEAL_CLIENT_BENCH_LENS;
  const edits = Number(process.env.IDEAL_CLIENT_BENCH_EDITS || 5);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const result = { uptimeAtStart: process.uptime() * 1000, activeAtStart: !!(ext && ext.isActive), edits: [], lenses: [] };
  try {
    // Cold: the prospect opened in this fresh window, until its verdict lens.
    const prospect = uri(PROSPECT);
    const t0 = performance.now();
    trace = result.trace = [];
    traceStart = t0;
    // Where the cold time goes: the extension's API resolves ready() once the language server runs.
    Promise.resolve(ext && (ext.isActive ? ext.exports : ext.activate()))
      .then((api) => api && typeof api.ready === 'function' && api.ready())
      .then(() => { result.serverReady = performance.now() - t0; }, () => undefined);
    const doc = await vscode.workspace.openTextDocument(prospect);
    trace.push({ ms: Math.round(performance.now() - t0), said: 'document opened' });
    await vscode.window.showTextDocument(doc, { preview: false });
    trace.push({ ms: Math.round(performance.now() - t0), said: 'editor shown' });
    const first = await until(() => verdictLens(prospect), 60_000);
    result.cold = performance.now() - t0;
    result.uptimeAtLens = process.uptime() * 1000;
    result.lenses.push(first);
    trace = undefined;

    // After an edit of the profile: a weight toggled in its open editor, the prospect's lens polled.
    const profileDoc = await vscode.workspace.openTextDocument(uri(PROFILE));
    await vscode.window.showTextDocument(profileDoc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    const line = profileDoc.getText().split('\n').findIndex((l) => /^ {4}weight: 3$/.test(l));
    if (line < 0) throw new Error(`no "    weight: 3" line in ${PROFILE}`);
    let before = first;
    for (let i = 0; i < edits; i++) {
      await sleep(300); // the lens of the previous edit settled; not timed
      const digit = i % 2 === 0 ? '9' : '3';
      const edit = new vscode.WorkspaceEdit();
      edit.replace(profileDoc.uri, new vscode.Range(line, 12, line, 13), digit);
      const t = performance.now();
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the profile edit was not applied');
      const next = await until(async () => {
        const l = await verdictLens(prospect);
        return l !== undefined && l !== before ? l : undefined;
      }, 30_000);
      result.edits.push(performance.now() - t);
      result.lenses.push(next);
      before = next;
    }
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  }
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
  await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
  if (result.error) throw new Error(result.error);
};
