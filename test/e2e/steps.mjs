// A small step runner for the playwright phases (Restricted Mode, German .vsix): each step is
// timed, gets a screenshot (its own, or one taken after it), and a failure is recorded without
// stopping the steps after it — so the summary counts every step as passed or failed.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {import('playwright-core').Page} page
 * @param {{ dir: string, root: string, log: (s: string) => void, budget?: { seconds: number, started: number } }} o
 *   dir: where the screenshots go; budget: steps that would start after it is used up are failed, not run
 */
export function stepRunner(page, { dir, root, log, budget }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const steps = [];
  /** Runs `fn(shotPath)`; a step after a failed one that it `needs` is counted as failed, not run. */
  async function step(name, fn, { needs } = {}) {
    const shot = path.join(dir, `${String(steps.length + 1).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}.png`);
    const entry = { name, ok: false, seconds: 0, screenshot: path.relative(root, shot) };
    steps.push(entry);
    const t0 = Date.now();
    const blocker = needs && steps.find((s) => s.name === needs && !s.ok);
    if (blocker) {
      entry.error = `not run: "${needs}" failed`;
    } else if (budget && (t0 - budget.started) / 1000 > budget.seconds) {
      entry.error = `not run: the time budget (${budget.seconds} s) is used up`;
    } else {
      try {
        await fn(shot);
        entry.ok = true;
      } catch (e) {
        entry.error = e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
      }
      if (!fs.existsSync(shot)) await page.screenshot({ path: shot }).catch(() => {});
    }
    entry.seconds = (Date.now() - t0) / 1000;
    log(`  ${entry.ok ? '✔' : '✘'} ${name} (${entry.seconds.toFixed(1)} s)${entry.ok ? '' : `\n      ${entry.error.replace(/\n/g, '\n      ')}`}`);
    return entry.ok;
  }
  function result(started) {
    const passed = steps.filter((s) => s.ok).length;
    const r = { passed, failed: steps.length - passed, seconds: (Date.now() - started) / 1000, steps };
    fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(r, null, 2));
    return r;
  }
  return { step, steps, result };
}

/**
 * One playwright phase on its own code-server: `start()` brings the server up (after any setup
 * such as packaging), a browser page is opened on it, `body` runs its steps, and the browser and
 * the server are stopped on every path. Setup that fails counts as one failed step saying why.
 * @param {{ dir: string, root: string, log: (s: string) => void,
 *           start: () => Promise<{ stop(): Promise<void> }>,
 *           body: (o: { page: import('playwright-core').Page, server: any, step: ReturnType<typeof stepRunner>['step'] }) => Promise<void> }} o
 */
export async function runBrowserPhase({ dir, root, log, start, body }) {
  const { launchBrowser } = await import('./browser.mjs');
  const started = Date.now();
  let server;
  let browser;
  let runner;
  try {
    server = await start();
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    runner = stepRunner(page, { dir, root, log });
    await body({ page, server, step: runner.step });
  } catch (e) {
    if (!runner) return { passed: 0, failed: 1, seconds: (Date.now() - started) / 1000, steps: [], error: e instanceof Error ? e.message : String(e) };
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
  }
  return runner.result(started);
}

/**
 * Whether a phase copies its screenshots over the README's images in docs/images/ (tracked by
 * git): only when asked — the option, or IDEAL_CLIENT_UPDATE_DOCS=1 — so that a test run leaves
 * the working tree as it found it. The screenshots themselves are always in test-results/.
 * @param {boolean | undefined} option
 */
export function updateDocsImages(option) {
  return option ?? process.env.IDEAL_CLIENT_UPDATE_DOCS === '1';
}
