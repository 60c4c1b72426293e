// The measurements: one editing session on a profile (open, edits, completion, hover, memory),
// the workspace session (re-evaluating every prospect after a profile edit while completion
// keeps being asked), the CLI over every prospect, and the bare-parse floor.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { memoryOf } from './procStats.mjs';
import { median, p95, max } from './stats.mjs';
import { isDiagnosticsFor, sleep, startSession } from './servers.mjs';

const itemsOf = (result) => (Array.isArray(result) ? result : result?.items ?? []);

/** How many diagnostics mention each deliberate error (its text), for the sanity check. */
function errorsSeen(diagnostics, errors) {
  return errors.map((e) => ({
    ...e,
    seen: diagnostics.filter((d) => d.range.start.line === e.line || d.message.includes(e.text)).map((d) => `${d.source ?? '?'}: ${d.message.split('\n')[0]}`),
  }));
}

/**
 * One session of one server on one profile.
 * @param {{ def: object, repo: string, folder: string, file: string, profile: object,
 *   edits: number, warmup: number, samples: number }} o
 */
export async function measureProfileSession(o) {
  const { client } = await startSession(o.def, o.repo, o.folder);
  const uri = pathToFileURL(o.file).href;
  const rssPoll = [];
  const poller = setInterval(() => { const m = memoryOf(client.pid); if (m) rssPoll.push(m.rssKb); }, 100);
  try {
    // Open → first diagnostics (a cold server: includes loading and compiling the schema).
    let mark = client.mark();
    let t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: o.profile.text } });
    const first = await client.waitFor(isDiagnosticsFor(uri, 1), { sinceIndex: mark, what: 'first diagnostics' });
    const openMs = first.t - t0;
    const diagnostics = first.params.diagnostics ?? [];
    const check = errorsSeen(diagnostics, o.profile.errors);

    // Edits: replace the probe criterion's weight digit, one at a time, each awaited.
    const editMs = [];
    let version = 1;
    const digits = ['1', '2', '3', '4', '5'];
    let lastDiagnostics = diagnostics;
    for (let i = 0; i < o.warmup + o.edits; i++) {
      version++;
      const digit = digits[i % digits.length];
      mark = client.mark();
      t0 = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: o.profile.marks.edit, end: { line: o.profile.marks.edit.line, character: o.profile.marks.edit.character + 1 } }, text: digit }],
      });
      const d = await client.waitFor(isDiagnosticsFor(uri, version), { sinceIndex: mark, what: `diagnostics of version ${version}` });
      if (i >= o.warmup) editMs.push(d.t - t0);
      lastDiagnostics = d.params.diagnostics ?? [];
      await sleep(5);
    }

    const timeRequests = async (method, position, check) => {
      const ms = [];
      let sample;
      for (let i = 0; i < 2 + o.samples; i++) {
        const r = await client.request(method, { textDocument: { uri }, position, ...(method === 'textDocument/completion' ? { context: { triggerKind: 1 } } : {}) });
        if (i >= 2) ms.push(r.ms);
        sample = r.result;
      }
      return { ms, sample: check(sample) };
    };
    const completionFact = await timeRequests('textDocument/completion', o.profile.marks.factValue, (r) => {
      const labels = itemsOf(r).map((it) => it.label);
      return { items: labels.length, hasProbeFact: labels.includes(o.profile.marks.probeFact), first: labels.slice(0, 5) };
    });
    const completionKey = await timeRequests('textDocument/completion', o.profile.marks.key, (r) => {
      const labels = itemsOf(r).map((it) => it.label);
      return { items: labels.length, first: labels.slice(0, 8) };
    });
    const hover = await timeRequests('textDocument/hover', o.profile.marks.hover, (r) => {
      const c = r?.contents;
      const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => x.value ?? x).join('\n') : c?.value ?? '';
      return { chars: text.length, start: text.slice(0, 100) };
    });

    const mem = memoryOf(client.pid);
    return {
      openMs,
      diagnosticsOnOpen: diagnostics.length,
      diagnosticsAfterEdits: lastDiagnostics.length,
      errorsSeen: check,
      firstDiagnostics: diagnostics.slice(0, 12).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? ''}: ${d.message.split('\n')[0]}`),
      edit: { median: median(editMs), p95: p95(editMs), n: editMs.length },
      completionFact: { median: median(completionFact.ms), p95: p95(completionFact.ms), ...completionFact.sample },
      completionKey: { median: median(completionKey.ms), p95: p95(completionKey.ms), ...completionKey.sample },
      hover: { median: median(hover.ms), p95: p95(hover.ms), ...hover.sample },
      peakRssMb: (Number.isFinite(mem?.hwmKb) ? mem.hwmKb : max(rssPoll)) / 1024,
    };
  } finally {
    clearInterval(poller);
    await client.shutdown();
  }
}

/**
 * Our server on the workspace of many prospects: evaluate all once (cold), then, several times,
 * edit the profile and time `idealClient/evaluateAll` until its answer (every prospect evaluated
 * against the new profile), while completion requests in the profile are sent one after the
 * other and timed.
 */
export async function measureWorkspaceSession(o) {
  const { client } = await startSession(o.def, o.repo, o.folder);
  const uri = pathToFileURL(o.file).href;
  try {
    let mark = client.mark();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: o.profile.text } });
    await client.waitFor(isDiagnosticsFor(uri, 1), { sinceIndex: mark, what: 'first diagnostics of the workspace profile' });

    const summarise = (result) => {
      const list = Array.isArray(result) ? result : [];
      const verdicts = {};
      for (const e of list) {
        const k = e?.evaluation?.ok ? e.evaluation.verdict.verdict : 'error';
        verdicts[k] = (verdicts[k] ?? 0) + 1;
      }
      return { count: list.length, verdicts };
    };
    let t0 = performance.now();
    const cold = await client.request('idealClient/evaluateAll', {}, 300_000);
    const coldMs = cold.t - t0;
    const coldSummary = summarise(cold.result);

    const rounds = [];
    let version = 1;
    for (let k = 0; k < o.rounds; k++) {
      version++;
      mark = client.mark();
      t0 = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: o.profile.marks.edit, end: { line: o.profile.marks.edit.line, character: o.profile.marks.edit.character + 1 } }, text: String((k % 5) + 1) }],
      });
      let done = false;
      const all = client.request('idealClient/evaluateAll', {}, 300_000).then((r) => { done = true; return r; });
      const completionMs = [];
      const completing = (async () => {
        while (!done) {
          const r = await client.request('textDocument/completion', { textDocument: { uri }, position: o.profile.marks.factValue, context: { triggerKind: 1 } });
          completionMs.push(r.ms);
          await sleep(10);
        }
      })();
      const r = await all;
      await completing;
      const notified = client.notifications.slice(Math.max(0, mark - client.dropped)).find((n) => n.method === 'idealClient/verdictsChanged');
      const diag = client.notifications.slice(Math.max(0, mark - client.dropped)).find(isDiagnosticsFor(uri, version));
      rounds.push({
        reevalMs: r.t - t0,
        summary: summarise(r.result),
        completion: { n: completionMs.length, median: median(completionMs), p95: p95(completionMs), max: max(completionMs) },
        verdictsChangedMs: notified ? notified.t - t0 : undefined,
        profileDiagnosticsMs: diag ? diag.t - t0 : undefined,
      });
      await sleep(200);
    }
    const mem = memoryOf(client.pid);
    return { coldMs, coldSummary, rounds, peakRssMb: mem ? mem.hwmKb / 1024 : NaN };
  } finally {
    await client.shutdown();
  }
}

/** One run of a command; resolves with wall time, exit code, stdout size and text. */
export function runCommand(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.setEncoding('utf8');
    p.stderr.on('data', (d) => { err = (err + d).slice(-20_000); });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ ms: performance.now() - t0, code, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
  });
}

/** The CLI evaluating every prospect: one process for all (in batches only if E2BIG). */
export async function measureCli(o) {
  const batches = [o.files];
  for (;;) {
    try {
      let ms = 0;
      let count = 0;
      let codes = [];
      let stderr = '';
      for (const b of batches) {
        const r = await runCommand(process.execPath, [o.cli, 'evaluate', ...b, '--format', 'json'], o.cwd);
        ms += r.ms;
        codes.push(r.code);
        stderr += r.stderr.slice(0, 2000);
        try {
          const v = JSON.parse(r.stdout);
          count += Array.isArray(v) ? v.length : v ? 1 : 0;
        } catch {
          /* counted as 0: reported below */
        }
      }
      return { ms, count, batches: batches.length, codes, stderr, perSecond: o.files.length / (ms / 1000) };
    } catch (e) {
      if (e?.code !== 'E2BIG') throw e;
      const half = Math.ceil(batches[0].length / 2);
      const all = batches.flat();
      batches.length = 0;
      for (let i = 0; i < all.length; i += half) batches.push(all.slice(i, i + half));
    }
  }
}

/** The floor: yaml's parseDocument on the same text, in this process, warmed up. */
export function bareParseMs(text, reps) {
  for (let i = 0; i < 3; i++) parseDocument(text);
  const ms = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    parseDocument(text);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The floor for the workspace: parse every prospect text once (warm). */
export function bareParseAllMs(texts) {
  for (let i = 0; i < Math.min(200, texts.length); i++) parseDocument(texts[i]);
  const t0 = performance.now();
  for (const t of texts) parseDocument(t);
  return performance.now() - t0;
}
