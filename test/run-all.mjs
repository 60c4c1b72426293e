#!/usr/bin/env node
// `npm test`: every suite in order — type check, lint, build, unit + LSP (mocha), then the
// real-editor suites (code-server + Chromium). Prints each stage's result and, last, one line
// "N passed, N failed" over all suites; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv.includes('--unit') ? 'unit' : 'all';
let passed = 0;
let failed = 0;
const STAGE_LIMIT_MS = 25 * 60_000;
const stages = [];

function run(name, cmd, args, { parse } = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  // A stage that stops making progress is killed after STAGE_LIMIT_MS (the slowest, the real
  // editor, takes ~5 min here): a failure with its output so far rather than a CI run that waits
  // out its whole budget.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, shell: false, timeout: STAGE_LIMIT_MS, killSignal: 'SIGKILL' });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.error && /ETIMEDOUT/.test(String(r.error.code ?? r.error))) process.stdout.write(`\n${name}: stopped after ${STAGE_LIMIT_MS / 60_000} minutes without finishing\n`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = r.status === 0;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (parse) {
    const c = parse(`${r.stdout}\n${r.stderr}`);
    // A runner that died before its summary still counts as a failure.
    if (c) counts = { passed: c.passed, failed: c.failed || (ok ? 0 : 1) };
  }
  passed += counts.passed;
  failed += counts.failed;
  stages.push({ name, ok, secs, ...counts });
  return ok;
}

const mochaCounts = (out) => {
  const p = /(\d+) passing/.exec(out);
  const f = /(\d+) failing/.exec(out);
  return p || f ? { passed: Number(p?.[1] ?? 0), failed: Number(f?.[1] ?? 0) } : undefined;
};
const e2eCounts = (out) => {
  let p = 0, f = 0, seen = false;
  for (const m of out.matchAll(/^e2e[^:\n]*: (\d+) passed, (\d+) failed/gm)) { p += Number(m[1]); f += Number(m[2]); seen = true; }
  return seen ? { passed: p, failed: f } : undefined;
};


run('type check', 'node', ['node_modules/typescript/bin/tsc', '-b']);
if (existsSync('eslint.config.mjs')) run('lint', 'node', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);
// No import cycles (runtime or type-only), each layer importing only downward: .dependency-cruiser.cjs.
run('imports: no cycles, layers downward', 'node', ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'shared', 'server/src', 'client/src', 'test', '--config', '.dependency-cruiser.cjs']);
run('build', 'node', ['esbuild.mjs']);
// .mocharc.json has `exit: true`: once every test has run, mocha exits. Twice, with every test
// passed, the process stayed alive with worker-thread event loops and no child left (2026-12-07),
// and the stage would have waited out its 25 minutes.
run('unit + LSP tests', 'node', ['node_modules/mocha/bin/mocha.js'], { parse: mochaCounts });
if (only === 'all') {
  if (existsSync('test/e2e/run.mjs')) run('real editor (code-server + Chromium)', 'node', ['test/e2e/run.mjs'], { parse: e2eCounts });
  else { stages.push({ name: 'real editor', ok: false, secs: '0', passed: 0, failed: 1 }); failed++; }
}

process.stdout.write('\n=== summary\n');
for (const s of stages) process.stdout.write(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.secs}s): ${s.passed} passed, ${s.failed} failed\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
