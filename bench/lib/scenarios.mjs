// The measurements: one editing session on a profile (open, edits, completion, hover, memory),
// the workspace session (re-evaluating every prospect after a profile edit while completion
// keeps being asked), the CLI over every prospect, and the bare-parse floor.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { memoryOf } from './procStats.mjs';
import { median, p95, max } from './stats.mjs';
import { isDiagnosticsFor, sleep, startSession } from './servers.mjs';
import { evaluateAllPaged, pageSize } from './pager.mjs';
import { editKinds } from './editKinds.mjs';

/** Timed steps of each edit kind per session, at least (see measureProfileSession). */
const MIN_KIND_SAMPLES = 6;

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

    // The edits people make (editKinds.mjs), each kind `kindCycles` times; every step waits
    // for its diagnostics except inside a burst, where only the last keystroke's are timed.
    const kindMs = {};
    let burstVersions = 0;
    for (const kind of editKinds(o.profile)) {
      const ms = [];
      // At least MIN_KIND_SAMPLES timed steps a kind per session: a paste or a deleted line is one
      // timed step a cycle, and a median of two per run moved its row by a fifth from run to run.
      const measured = kind.burst ? 1 : kind.steps.filter((s) => s.measured).length;
      const asked = o.kindCycles ?? 2;
      const cycles = asked === 0 ? 0 : Math.max(asked, Math.ceil(MIN_KIND_SAMPLES / Math.max(1, measured)));
      for (let c = 0; c < cycles; c++) {
        for (const [i, step] of kind.steps.entries()) {
          version++;
          const lastOfBurst = !kind.burst || !step.measured || i === kind.steps.length - 1 || !kind.steps[i + 1].measured;
          mark = client.mark();
          t0 = performance.now();
          client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: step.range, text: step.text }] });
          if (!lastOfBurst) {
            burstVersions++;
            await sleep(kind.burstGapMs);
            continue;
          }
          const d = await client.waitFor(isDiagnosticsFor(uri, version), { sinceIndex: mark, what: `diagnostics of version ${version} (${kind.name})` });
          if (step.measured) ms.push(d.t - t0);
          lastDiagnostics = d.params.diagnostics ?? [];
          await sleep(5);
        }
      }
      kindMs[kind.name] = ms;
    }

    const timeRequests = async (method, position, check) => {
      const ms = [];
      let sample;
      const warm = o.warmup >= 3 ? 2 : 1;
      for (let i = 0; i < warm + o.samples; i++) {
        const r = await client.request(method, { textDocument: { uri }, position, ...(method === 'textDocument/completion' ? { context: { triggerKind: 1 } } : {}) });
        if (i >= warm) ms.push(r.ms);
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
    // One publish per version is what the "next publish after the change" rule for the peer
    // relies on; more would mean a later edit could be matched by an earlier one's publish.
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params?.uri === uri);
    // Ours says the version of each; one without a version is the workspace pass's, for the file
    // on disk before it was opened (the peer gives no versions at all: each of its publishes counts).
    const versioned = published.filter((n) => n.params.version !== undefined);
    const publishes = versioned.length > 0 ? versioned.length : published.length;
    return {
      openMs,
      publishes,
      versions: version,
      /** Versions inside a burst, which a server may publish diagnostics for or not. */
      burstVersions,
      diagnosticsOnOpen: diagnostics.length,
      diagnosticsAfterEdits: lastDiagnostics.length,
      errorsSeen: check,
      firstDiagnostics: diagnostics.slice(0, 12).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? ''}: ${d.message.split('\n')[0]}`),
      edit: { median: median(editMs), p95: p95(editMs), n: editMs.length },
      completionFact: { median: median(completionFact.ms), p95: p95(completionFact.ms), ...completionFact.sample },
      completionKey: { median: median(completionKey.ms), p95: p95(completionKey.ms), ...completionKey.sample },
      hover: { median: median(hover.ms), p95: p95(hover.ms), ...hover.sample },
      peakRssMb: (Number.isFinite(mem?.hwmKb) ? mem.hwmKb : max(rssPoll)) / 1024,
      /** Every sample, so the report can pool them over runs. */
      raw: { edit: editMs, completionFact: completionFact.ms, completionKey: completionKey.ms, hover: hover.ms, ...Object.fromEntries(Object.entries(kindMs).map(([k, v]) => [`kind:${k}`, v])) },
      kinds: Object.fromEntries(editKinds(o.profile).map((k) => [k.name, k.label])),
    };
  } finally {
    clearInterval(poller);
    await client.shutdown();
  }
}

/**
 * Our server on the workspace of many prospects: evaluate all once (cold), then, several times,
 * edit the profile and time `idealClient/evaluateAll` until its last page (every prospect
 * evaluated against the new profile; paged by the client's own pager, bench/lib/pager.mjs), while completion requests in the profile are sent one after the
 * other and timed. A request that takes longer than `o.capMs` ends the session: it is reported
 * as "more than" the cap, so a slow server cannot blow the benchmark's time budget.
 */
export async function measureWorkspaceSession(o) {
  const { client } = await startSession(o.def, o.repo, o.folder);
  const uri = pathToFileURL(o.file).href;
  const cap = o.capMs ?? 120_000;
  const result = { coldMs: NaN, coldSummary: undefined, answerMb: NaN, pages: undefined, rounds: [], peakRssMb: NaN, timedOut: undefined, capMs: cap };
  const summarise = (r) => {
    const list = Array.isArray(r) ? r : [];
    const verdicts = {};
    for (const e of list) {
      const k = e?.evaluation?.ok ? e.evaluation.verdict.verdict : 'error';
      verdicts[k] = (verdicts[k] ?? 0) + 1;
    }
    return { count: list.length, verdicts };
  };
  try {
    let mark = client.mark();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: o.profile.text } });
    await client.waitFor(isDiagnosticsFor(uri, 1), { sinceIndex: mark, what: 'first diagnostics of the workspace profile' });

    let t0 = performance.now();
    try {
      const cold = await evaluateAllPaged(client, cap);
      result.coldMs = cold.t - t0;
      result.coldSummary = summarise(cold.result);
      result.answerMb = cold.bytes / 2 ** 20;
      result.pages = { count: cold.pages, largest: cold.largestPage, maxPageMb: cold.maxPageBytes / 2 ** 20, pageSize: await pageSize() };
    } catch (e) {
      result.timedOut = `cold evaluateAll: ${e.message}`;
      return result;
    }

    let version = 1;
    for (let k = 0; k < o.rounds && (k === 0 || !o.more || o.more()); k++) {
      version++;
      mark = client.mark();
      t0 = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: o.profile.marks.edit, end: { line: o.profile.marks.edit.line, character: o.profile.marks.edit.character + 1 } }, text: String((k % 5) + 1) }],
      });
      let done = false;
      const all = evaluateAllPaged(client, cap).finally(() => { done = true; });
      const completionMs = [];
      const completing = (async () => {
        while (!done) {
          const r = await client.request('textDocument/completion', { textDocument: { uri }, position: o.profile.marks.factValue, context: { triggerKind: 1 } }, cap);
          completionMs.push(r.ms);
          await sleep(10);
        }
      })();
      let r;
      try {
        r = await all;
        await completing;
      } catch (e) {
        result.timedOut = `evaluateAll after edit ${k + 1}: ${e.message}`;
        completing.catch(() => { /* the session is ended below */ });
        return result;
      }
      const since = client.notifications.slice(Math.max(0, mark - client.dropped));
      const notified = since.find((n) => n.method === 'idealClient/verdictsChanged');
      const diag = since.find(isDiagnosticsFor(uri, version));
      result.rounds.push({
        reevalMs: r.t - t0,
        summary: summarise(r.result),
        pages: r.pages,
        changed: r.changed,
        completion: { n: completionMs.length, median: median(completionMs), p95: p95(completionMs), max: max(completionMs), all: completionMs },
        verdictsChangedMs: notified ? notified.t - t0 : undefined,
        profileDiagnosticsMs: diag ? diag.t - t0 : undefined,
      });
      await sleep(200);
    }
    return result;
  } finally {
    const mem = memoryOf(client.pid);
    result.peakRssMb = mem ? mem.hwmKb / 1024 : NaN;
    await client.shutdown();
  }
}

/** One run of a command; resolves with wall time, exit code, stdout size and text. */
export function runCommand(command, args, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.setEncoding('utf8');
    p.stderr.on('data', (d) => { err = (err + d).slice(-20_000); });
    p.on('error', reject);
    // 'close', not 'exit': only then has every byte of the output arrived.
    p.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
  });
}

/** Verdicts in the CLI's output: the items of the JSON list, or the unindented headlines of the text. */
function countVerdicts(format, stdout) {
  if (format === 'text') return stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' ')).length;
  try {
    const v = JSON.parse(stdout);
    return Array.isArray(v) ? v.length : v ? 1 : 0;
  } catch {
    return 0;
  }
}

/**
 * The CLI evaluating every prospect: one process for all (in batches only if E2BIG), in
 * `o.format` (text, the default, or json), with `o.workers` worker threads (IDEAL_CLIENT_WORKERS;
 * undefined: the CLI decides, one per core).
 */
export async function measureCli(o) {
  const batches = [o.files];
  const env = { ...process.env };
  if (o.workers !== undefined) env.IDEAL_CLIENT_WORKERS = String(o.workers);
  else delete env.IDEAL_CLIENT_WORKERS;
  for (;;) {
    try {
      let ms = 0;
      let count = 0;
      let codes = [];
      let stderr = '';
      let bytes = 0;
      for (const b of batches) {
        const r = await runCommand(process.execPath, [o.cli, 'evaluate', ...b, '--format', o.format], o.cwd, env);
        ms += r.ms;
        codes.push(r.code);
        stderr += r.stderr.slice(0, 2000);
        bytes += Buffer.byteLength(r.stdout);
        count += countVerdicts(o.format, r.stdout);
      }
      return { ms, count, batches: batches.length, codes, stderr, outMb: bytes / 2 ** 20, perSecond: o.files.length / (ms / 1000) };
    } catch (e) {
      if (e?.code !== 'E2BIG') throw e;
      const half = Math.ceil(batches[0].length / 2);
      const all = batches.flat();
      batches.length = 0;
      for (let i = 0; i < all.length; i += half) batches.push(all.slice(i, i + half));
    }
  }
}

/** What our diagnostics cost after an edit, the service alone, next to the bare parse (floor.mjs cost). */
export async function diagnosticsCost(file, reps, mark, bundle) {
  const r = await runCommand(process.execPath, [new URL('./floor.mjs', import.meta.url).pathname, 'cost', file, String(reps), `${mark.line}:${mark.character}`, bundle], process.cwd());
  return r.code === 0 ? JSON.parse(r.stdout) : { parseMs: NaN, serviceMs: NaN, error: r.stderr.slice(0, 500) };
}

/** Our language service alone, in a fresh process: edit → diagnostics of each edit kind (editCost.mjs). */
export async function editKindsCost(lines, cycles, bundle) {
  const r = await runCommand(process.execPath, [new URL('./editCost.mjs', import.meta.url).pathname, String(lines), String(cycles), bundle], process.cwd());
  return r.code === 0 ? JSON.parse(r.stdout) : { error: r.stderr.slice(0, 500) };
}

/** Peak RSS (MB) of an idle Node.js process, and of one that has only required yaml and ajv. */
export async function nodeBaselines(repo) {
  const script = (req) => `${req};setTimeout(()=>{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));process.stdout.write(String(m?m[1]/1024:NaN))},300)`;
  const bare = await runCommand(process.execPath, ['-e', script('0')], repo);
  const libs = await runCommand(process.execPath, ['-e', script("require('yaml');require('ajv')")], repo);
  return { bareMb: Number(bare.stdout), yamlAjvMb: Number(libs.stdout) };
}

/** The floor for one document: yaml's parseDocument, median of `reps`, in a fresh process. */
export async function bareParseMs(file, reps) {
  const r = await runCommand(process.execPath, [new URL('./floor.mjs', import.meta.url).pathname, 'profile', file, String(reps)], process.cwd());
  return r.code === 0 ? JSON.parse(r.stdout).ms : NaN;
}

/** The floor for the workspace: parse every listed prospect once (warm), in a fresh process. */
export async function bareParseAllMs(listFile) {
  const r = await runCommand(process.execPath, [new URL('./floor.mjs', import.meta.url).pathname, 'all', listFile], process.cwd());
  return r.code === 0 ? JSON.parse(r.stdout).ms : NaN;
}
