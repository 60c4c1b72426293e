#!/usr/bin/env node
// `npm run bench`: our language server against Red Hat's yaml-language-server, side by side.
//
// 1. Generates (seeded) profiles of 100, 1,000 and 10,000 lines with three deliberate errors,
//    and a workspace of 10,000 prospects with their profile, under bench/work/.
// 2. For each size and run, alternating ours → peer, one fresh server per session over stdio:
//    open → first diagnostics, edit → diagnostics of that version (≥ 30 edits), completion at a
//    `fact:` value and at a key, hover, peak RSS (VmHWM); plus the bare yaml parse (the floor).
// 3. The CLI evaluating all prospects; our server re-evaluating them after a profile edit
//    (`idealClient/evaluateAll`) while completion requests keep coming.
// 4. Writes bench/results.md (and bench/work/results.json) and prints the table.
//
// Options: --runs N (default 3), --sizes 100,1000,10000, --edits N (30), --samples N (20; 5 at
//   10,000 lines), --prospects N (10000), --rounds N (profile edits in the workspace session, 3),
//   --budget S (540: later runs are skipped rather than overrun ~10 minutes), --ws-cap S (90: a
//   workspace request slower than this ends that session, reported as "more than"),
//   --only ours|peer|peer2 (or a list: ours,peer2), --no-build, --no-workspace, --cpu-prof (our server writes .cpuprofile
//   files to bench/work/prof/ and the top functions are printed), --diff-only (the workspace's
//   `diff HEAD`, the profile-change lens and the capacity note alone).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfile, generateProspect } from './lib/generate.mjs';
import { peer2Missing, node22, PEER2_PACKAGE, serverDefs } from './lib/servers.mjs';
import { bareParseAllMs, bareParseMs, diagnosticsCost, editKindsCost, measureCli, measureProfileSession, measureWorkspaceSession, nodeBaselines } from './lib/scenarios.mjs';
import { serviceBundle } from './lib/serviceBundle.mjs';
import { renderResults } from './lib/report.mjs';
import { summariseProfiles } from './lib/cpuProfile.mjs';
import { commitAll, measureDiffCli, measureLensLatency } from './lib/diffScenarios.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(repo, 'bench', 'work');

function parseOptions(argv) {
  const o = { runs: 3, sizes: [100, 1000, 10000], edits: 30, kindCycles: 2, samples: undefined, prospects: 10000, rounds: 3, budget: 900, wsCap: 90, build: true, workspace: true, only: undefined, cpuProf: false, diffOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--runs') o.runs = Number(next());
    else if (a === '--sizes') o.sizes = next().split(',').map(Number).filter((n) => n > 0);
    else if (a === '--edits') o.edits = Number(next());
    else if (a === '--samples') o.samples = Number(next());
    else if (a === '--prospects') o.prospects = Number(next());
    else if (a === '--rounds') o.rounds = Number(next());
    else if (a === '--budget') o.budget = Number(next());
    else if (a === '--ws-cap') o.wsCap = Number(next());
    else if (a === '--only') o.only = next();
    else if (a === '--kind-cycles') o.kindCycles = Number(next());
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-workspace') o.workspace = false;
    else if (a === '--cpu-prof') o.cpuProf = true;
    else if (a === '--diff-only') o.diffOnly = true;
    else throw new Error(`unknown option ${a}`);
  }
  // The workspace's `diff HEAD`, the lens and the capacity note alone: no profile sizes.
  if (o.diffOnly) o.sizes = [];
  return o;
}

const log = (s) => process.stdout.write(`${s}\n`);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');

/** Writes every generated file; returns what the measurements need. */
function generate(o) {
  rmSync(work, { recursive: true, force: true });
  const sizes = [];
  for (const n of o.sizes) {
    const folder = path.join(work, 'sizes', String(n));
    const lessons = ['prospects/lesson-1.prospect.yaml', 'prospects/lesson-2.prospect.yaml'];
    const profile = generateProfile({ lines: n, seed: 1000 + n, errors: true, lessons });
    const file = path.join(folder, 'bench.profile.yaml');
    mkdirSync(path.join(folder, 'prospects'), { recursive: true });
    writeFileSync(file, profile.text);
    lessons.forEach((p, i) => writeFileSync(path.join(folder, p), generateProspect({ seed: 77 + i, index: i, facts: profile.facts, profilePath: '../bench.profile.yaml' })));
    sizes.push({ n, folder, file, profile });
  }
  let ws;
  if (o.workspace) {
    const folder = path.join(work, 'ws');
    const profile = generateProfile({ lines: 300, seed: 4242, errors: false, name: 'Workspace profile' });
    const file = path.join(folder, 'ideal.profile.yaml');
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, profile.text);
    const files = [];
    for (let i = 0; i < o.prospects; i++) {
      const batch = `b${String(Math.floor(i / 1000)).padStart(2, '0')}`;
      const markdown = i % 10 === 9;
      // Most name their profile; every fifth relies on the nearest-profile rule.
      const profilePath = i % 5 === 4 ? undefined : '../../ideal.profile.yaml';
      const text = generateProspect({ seed: 500_000 + i, index: i, facts: profile.facts, profilePath, markdown });
      const rel = path.join('prospects', batch, `p-${String(i).padStart(5, '0')}.prospect.${markdown ? 'md' : 'yaml'}`);
      mkdirSync(path.join(folder, 'prospects', batch), { recursive: true });
      writeFileSync(path.join(folder, rel), text);
      files.push(rel);
    }
    // The list of prospects, relative to the workspace folder, for the floor measurement.
    const list = path.join(folder, 'prospects.txt');
    writeFileSync(list, `${files.join('\n')}\n`);
    ws = { folder, file, profile, files, list };
  }
  return { sizes, ws };
}

function build(o) {
  if (!o.build) return existsSync(path.join(repo, 'dist', 'server.js')) ? { ok: true } : { ok: false, why: 'dist/server.js missing (--no-build)' };
  try {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: existsSync(path.join(repo, 'dist', 'server.js')), why: 'no dist/server.js after the build' };
  } catch (e) {
    return { ok: false, why: `node esbuild.mjs failed: ${String(e.stderr ?? e.message).split('\n').slice(0, 6).join(' ')}` };
  }
}

/** The CLI over every prospect (up to --runs times), then one server session on the workspace. */
async function measureWorkspace({ o, data, defsFor, elapsed }) {
  const cliPath = path.join(repo, 'dist', 'cli.js');
  // The default command (text), JSON, and each on one thread (IDEAL_CLIENT_WORKERS=1) to show
  // what the worker threads give.
  const variants = { text: { format: 'text' }, json: { format: 'json' }, textOne: { format: 'text', workers: 1 }, jsonOne: { format: 'json', workers: 1 } };
  const cli = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  // Every file read once first: just written, they are not all in the page cache yet, and the
  // first process to read them paid for it (reads 1.9 s instead of 0.1 s in a profile of the CLI).
  const tw = performance.now();
  for (const f of data.ws.files) readFileSync(path.join(data.ws.folder, f));
  log(`read every prospect once (page cache): ${fmt(performance.now() - tw)} ms`);
  for (let run = 1; run <= o.runs; run++) {
    if (run > 1 && elapsed() + Object.values(cli).reduce((a, v) => a + v[0].ms, 0) / 1000 > o.budget * 0.6) break;
    for (const [name, v] of Object.entries(variants)) {
      const r = await measureCli({ cli: cliPath, files: data.ws.files, cwd: data.ws.folder, ...v });
      cli[name].push(r);
      log(`run ${run} CLI evaluate ${data.ws.files.length} prospects, ${v.format}${v.workers ? `, ${v.workers} thread` : ''}: ${fmt(r.ms)} ms, ${fmt(r.perSecond, 0)} prospects/s, ${r.count} verdicts, ${fmt(r.outMb)} MB, exit ${r.codes.join(',')}` +
        (r.count !== data.ws.files.length ? ` — stderr: ${r.stderr.slice(0, 300)}` : ''));
    }
  }
  const r = await measureWorkspaceSession({
    def: defsFor('workspace').ours, repo, folder: data.ws.folder, file: data.ws.file, profile: data.ws.profile, rounds: o.rounds,
    // Further rounds only while the budget allows (at least one).
    more: () => elapsed() < o.budget * 0.6,
    capMs: o.wsCap * 1000,
  });
  log(`server workspace: evaluateAll cold ${fmt(r.coldMs)} ms (${JSON.stringify(r.coldSummary)}, answer ${fmt(r.answerMb)} MB in ${r.pages?.count} pages of up to ${r.pages?.largest}, largest ${fmt(r.pages?.maxPageMb, 2)} MB), RSS ${fmt(r.peakRssMb)} MB`);
  if (r.timedOut) log(`! server workspace session ended: ${r.timedOut}`);
  for (const x of r.rounds) {
    log(`    after a profile edit: all re-evaluated in ${fmt(x.reevalMs)} ms (${x.summary.count} in ${x.pages} pages${x.changed ? ', changed meanwhile' : ''}), completion meanwhile ${x.completion.n}× median ${fmt(x.completion.median, 2)} / p95 ${fmt(x.completion.p95, 2)} / max ${fmt(x.completion.max, 2)} ms` +
      `, verdictsChanged after ${fmt(x.verdictsChangedMs)} ms, profile diagnostics after ${fmt(x.profileDiagnosticsMs)} ms`);
  }
  return { cli, sessions: [r], floorAllMs: await bareParseAllMs(data.ws.list), prospects: data.ws.files.length };
}

/**
 * `ideal-client diff HEAD` over the workspace (made a git repository) after a profile edit, and
 * the profile-change lens after an edit of a 1,000-line profile judging 1,000 prospects.
 */
async function measureGitDiff({ o, data, defsFor }) {
  commitAll(data.ws.folder);
  const cli = await measureDiffCli({ cli: path.join(repo, 'dist', 'cli.js'), folder: data.ws.folder, profileFile: data.ws.file, runs: Math.min(o.runs, 3) });
  for (const r of cli) log(`CLI diff HEAD, ${data.ws.files.length} prospects after a profile edit: ${fmt(r.ms)} ms, CPU user ${fmt(r.userMs, 0)} ms + system ${fmt(r.systemMs, 0)} ms, ${r.changed} verdicts changed, exit ${r.code}${r.stderr ? ` — ${r.stderr}` : ''}`);
  // The same on two threads (IDEAL_CLIENT_WORKERS=2, not the default: see cli/diffWorker.ts).
  const cliTwo = await measureDiffCli({ cli: path.join(repo, 'dist', 'cli.js'), folder: data.ws.folder, profileFile: data.ws.file, runs: Math.min(o.runs, 3), workers: 2 });
  for (const r of cliTwo) log(`CLI diff HEAD on two threads: ${fmt(r.ms)} ms, CPU user ${fmt(r.userMs, 0)} ms + system ${fmt(r.systemMs, 0)} ms, ${r.changed} verdicts changed, exit ${r.code}${r.stderr ? ` — ${r.stderr}` : ''}`);
  const folder = path.join(work, 'lens');
  const profile = generateProfile({ lines: 1000, seed: 2000, errors: false, name: 'Lens profile' });
  const file = path.join(folder, 'ideal.profile.yaml');
  mkdirSync(path.join(folder, 'prospects'), { recursive: true });
  writeFileSync(file, profile.text);
  for (let i = 0; i < 1000; i++) {
    writeFileSync(path.join(folder, 'prospects', `p-${String(i).padStart(4, '0')}.prospect.yaml`), generateProspect({ seed: 700_000 + i, index: i, facts: profile.facts, profilePath: '../ideal.profile.yaml' }));
  }
  commitAll(folder);
  const lens = await measureLensLatency({ def: defsFor('lens').ours, repo, folder, profileFile: file, edits: 6 });
  for (const x of lens) log(`profile-change lens after an edit (1,000-line profile, 1,000 prospects): ${fmt(x.ms)} ms to "${x.title}", the comparison itself ${x.serverMs} ms`);
  return { cli, cliTwo, lens, prospects: data.ws.files.length };
}

/**
 * The capacity note (bench/lib/capacityCost.mjs): a profile's first check beside the workspace's
 * number of prospects (in memory and on disk), and again after a prospect edit, `--runs` times.
 */
function measureCapacity(o, bundle) {
  const runs = [];
  for (let i = 0; i < Math.min(o.runs, 3); i++) {
    const r = JSON.parse(execFileSync(process.execPath, [path.join(repo, 'bench', 'lib', 'capacityCost.mjs'), String(o.prospects), bundle], { encoding: 'utf8' }));
    log(`capacity note, ${r.prospects} prospects (${r.clients} clients): first check ${fmt(r.inMemory.firstMs)} ms in memory, ${fmt(r.onDisk.firstMs)} ms on disk (walk ${fmt(r.onDisk.walkMs)} ms apart); after a prospect edit ${fmt(r.inMemory.afterEditMs)} ms; without hoursPerWeek ${fmt(r.withoutHoursMs)} ms`);
    runs.push(r);
  }
  return runs;
}

/**
 * Each server's validation delay (debounce), read from its source, so the report can show the
 * time after it — the work — beside the time a user waits. Undefined when not found.
 */
function readDebounces() {
  const grab = (file, re) => {
    try {
      const m = re.exec(readFileSync(path.join(repo, file), 'utf8'));
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    ours: grab('server/src/lsp/validation.ts', /VALIDATION_DELAY_MS\s*=\s*(\d+)/),
    peer: grab('node_modules/yaml-language-server/out/server/src/yamlSettings.js', /validationDelayMs\s*=\s*(\d+)/),
    peer2: grab(`node_modules/${PEER2_PACKAGE}/out/server/src/yamlSettings.js`, /validationDelayMs\s*=\s*(\d+)/),
  };
}

/** Edits and samples per session: fewer completion samples at 10,000 lines, where the peer takes seconds each. */
function planFor(n, o) {
  const big = n >= 10000;
  return { edits: o.edits, warmup: big ? 1 : 3, samples: o.samples ?? (big ? 5 : 20), kindCycles: o.kindCycles };
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const t0 = performance.now();
  const loadStart = os.loadavg();
  const machine = { nproc: os.availableParallelism?.() ?? os.cpus().length, node: process.version, cpu: os.cpus()[0]?.model ?? '?', memGb: os.totalmem() / 2 ** 30, platform: `${os.platform()} ${os.release()}` };
  log(`Ideal Client benchmark — nproc ${machine.nproc}, node ${machine.node}, ${machine.cpu}`);

  const built = build(o);
  // The second peer, yaml-language-server 2.x, runs where its Node.js (≥ 22) is found; else the table says why not.
  const peer2Why = peer2Missing(repo);
  const servers = ['ours', 'peer', 'peer2'].filter((s) => !o.only || o.only.split(',').includes(s)).filter((s) => s !== 'ours' || built.ok).filter((s) => s !== 'peer2' || !peer2Why);
  if (peer2Why) log(`! yaml-language-server 2.x is not measured: ${peer2Why}`);
  if (!built.ok) log(`! our server is not measured: ${built.why}`);
  const debounceMs = readDebounces();
  const peerVersion = JSON.parse(readFileSync(path.join(repo, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;
  const peer2 = peer2Why ? { missing: peer2Why } : { version: JSON.parse(readFileSync(path.join(repo, 'node_modules', PEER2_PACKAGE, 'package.json'), 'utf8')).version, node: node22(repo).version };

  const tg = performance.now();
  const data = generate(o);
  log(`generated ${data.sizes.map((s) => `${s.profile.lineCount}-line profile (${s.profile.facts.length} facts, ${s.profile.criteriaCount} criteria)`).join(', ')}` +
    (data.ws ? `, ${data.ws.files.length} prospects` : '') + ` in ${fmt((performance.now() - tg) / 1000)} s`);

  const profDir = path.join(work, 'prof');
  // With --cpu-prof, each session of our server writes its profile to a folder of its own.
  const defsFor = (label) => serverDefs(repo, { cpuProfDir: o.cpuProf ? path.join(profDir, label) : undefined });
  /** results.sessions[size][server] = [one result per run] */
  const sessions = {};
  const floor = {};
  /** Our diagnostics after an edit, the service alone in a fresh process, next to the bare parse. */
  const cost = {};
  /** The same for each edit kind (bench/lib/editKinds.mjs). */
  const kindCost = {};
  const bundle = built.ok ? await serviceBundle() : undefined;
  for (const s of data.sizes) {
    floor[s.n] = await bareParseMs(s.file, s.n >= 10000 ? 20 : 50);
    if (bundle) {
      cost[s.n] = await diagnosticsCost(s.file, s.n >= 10000 ? 20 : 50, s.profile.marks.edit, bundle);
      log(`${String(s.n).padStart(5)} lines: bare parse ${fmt(floor[s.n], 2)} ms; after an edit, in one process: parse ${fmt(cost[s.n].parseMs, 2)} ms, our diagnostics ${fmt(cost[s.n].serviceMs, 2)} ms${cost[s.n].error ? ` (${cost[s.n].error})` : ''}`);
      kindCost[s.n] = await editKindsCost(s.n, o.kindCycles, bundle);
      log(`${String(s.n).padStart(5)} lines, each edit kind, in one process (median ms): ${kindCost[s.n].error ?? Object.entries(kindCost[s.n]).map(([k, v]) => `${k} ${fmt(v.median, 2)}`).join(', ')}`);
    }
    sessions[s.n] = { ours: [], peer: [], peer2: [] };
  }
  const elapsed = () => (performance.now() - t0) / 1000;
  /** Seconds one run of a size took (both servers), to decide whether another run fits. */
  const runCost = {};

  async function sizeRun(run, s) {
    const tr = performance.now();
    const plan = planFor(s.n, o);
    for (const name of servers) {
      const ts = performance.now();
      const r = await measureProfileSession({ def: defsFor(`${s.n}-lines-run${run}`)[name], repo, folder: s.folder, file: s.file, profile: s.profile, ...plan });
      sessions[s.n][name].push(r);
      log(`run ${run} ${String(s.n).padStart(5)} lines ${name}: open ${fmt(r.openMs)} ms, edit→diag ${fmt(r.edit.median)}/${fmt(r.edit.p95)} ms (${r.edit.n}), ` +
        `completion fact ${fmt(r.completionFact.median, 2)} ms (${r.completionFact.items} items), key ${fmt(r.completionKey.median, 2)} ms (${r.completionKey.items}), ` +
        `hover ${fmt(r.hover.median, 2)} ms, RSS ${fmt(r.peakRssMb)} MB, ${r.diagnosticsOnOpen} diagnostics [${fmt((performance.now() - ts) / 1000)} s]`);
      if (run === 1) {
        if (r.publishes < r.versions - (r.burstVersions ?? 0) || r.publishes > r.versions) log(`    ! ${r.publishes} diagnostics publishes for ${r.versions} versions`);
        for (const e of r.errorsSeen) log(`    ${e.kind} (line ${e.line + 1}, "${e.text}"): ${e.seen.length ? e.seen.join(' | ') : 'NOT REPORTED'}`);
        // The peer's numbers count only if it really validates against our schema: it must
        // report the two schema errors (wrong enum, unknown key), in our schema's words.
        const schemaErrors = r.errorsSeen.filter((e) => e.kind !== 'unknown fact');
        if (name !== 'ours' && !schemaErrors.every((e) => e.seen.some((m) => /Fact type|Criterion|not allowed|Value is not accepted/i.test(m)))) {
          throw new Error('the peer does not report our schema\'s errors: its numbers would not be a validation against our schema');
        }
      }
    }
    runCost[s.n] = (performance.now() - tr) / 1000;
  }

  // Run 1 of every size, then the workspace, then further runs while the time budget allows
  // (a run of a size is skipped when it would not finish within the budget; see --budget).
  for (const s of data.sizes) await sizeRun(1, s);

  let workspace;
  if (data.ws && servers.includes('ours') && !o.diffOnly) workspace = await measureWorkspace({ o, data, defsFor, elapsed });
  let gitDiff;
  if (data.ws && servers.includes('ours')) gitDiff = await measureGitDiff({ o, data, defsFor });
  let capacity;
  if (data.ws && bundle) capacity = measureCapacity(o, bundle);

  const skipped = [];
  for (let run = 2; run <= o.runs; run++) {
    for (const s of data.sizes) {
      if (elapsed() + runCost[s.n] * 1.2 > o.budget) {
        skipped.push(`${s.n} lines run ${run}`);
        continue;
      }
      await sizeRun(run, s);
    }
  }
  if (skipped.length) log(`! skipped to stay within the ${o.budget} s budget: ${skipped.join(', ')}`);

  const totalS = (performance.now() - t0) / 1000;
  const results = { date: new Date().toISOString(), machine, peerVersion, peer2, debounceMs, options: o, built, skipped, load: { start: loadStart, end: os.loadavg() }, sizes: data.sizes.map((s) => ({ n: s.n, lines: s.profile.lineCount, facts: s.profile.facts.length, criteria: s.profile.criteriaCount, errors: s.profile.errors })), floor, cost, kindCost, baselines: await nodeBaselines(repo), sessions, workspace, gitDiff, capacity, totalS };
  writeFileSync(path.join(work, 'results.json'), JSON.stringify(results, null, 2));
  const md = renderResults(results);
  // Only a full run replaces bench/results.md; a partial or profiled one (slower by the
  // profiler) goes beside the generated data.
  const full = !o.only && !o.cpuProf && o.workspace && o.prospects === 10000 && o.runs >= 3 && o.edits >= 30 &&
    [100, 1000, 10000].every((n) => o.sizes.includes(n));
  const out = full ? path.join(repo, 'bench', 'results.md') : path.join(work, 'results.md');
  writeFileSync(out, md);
  log(`\n${md}`);
  log(`written to ${path.relative(repo, out)}${full ? '' : ' (a partial run: bench/results.md is kept)'}`);
  if (o.cpuProf && existsSync(profDir)) log(summariseProfiles(profDir, path.join(repo, 'dist', 'server.js')));
  log(`total ${fmt(totalS)} s`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.stack ?? e}\n`);
  process.exit(1);
});

