// Runs the extension-host mocha suite (out/test/suite/index.js) inside the real VS Code workbench
// served by code-server: the workbench's smoke-test driver honours a `payload` query parameter with
// extensionDevelopmentPath + extensionTestsPath, runs the suite in the extension host and reports
// the end through window.codeAutomationExit(code).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';

// index.ts logs these around the mocha run; between them the workbench's own log lines are noise.
export const SUITE_START = '[ideal-client-e2e] suite start';
export const SUITE_END = '[ideal-client-e2e] suite end';
const NOISE = /\/static\/out\/vs\/|^\[(AccountPolicyGate|AgentHost[^\]]*|Service Worker|reconnection-grace-time)\]|^Creating a socket|^Resolv(ing|ed) connection token|ENOTFOUND open-vsx|^Canceled: Canceled|^Creation of workbench contribution/;

/**
 * @param {object} server            from startCodeServer({ smokeTestDriver: true })
 * @param {object} o
 * @param {string} o.extensionPath   the extension under development (folder with package.json)
 * @param {string} o.testsPath       the compiled suite module exporting run()
 * @param {object} [o.env]           environment for the suite (extensionEnvironment)
 * @param {number} [o.timeoutMs]
 * @param {string} [o.logFile]      where to write the workbench's whole log
 * @param {string} [o.screenshot]    where to put a screenshot when the run fails or times out
 * @returns {Promise<{ code: number, passed: number, failed: number, pending: number, seconds: number, results?: object }>}
 */
export async function runHostSuite(server, o) {
  const started = Date.now();
  if (!fs.existsSync(o.testsPath)) throw new Error(`extension-host suite not built: ${o.testsPath} is missing`);
  if (!fs.existsSync(path.join(o.extensionPath, 'package.json'))) throw new Error(`no extension at ${o.extensionPath} (package.json missing)`);
  const resultsFile = path.join(server.tmp, 'host-results.json');
  fs.rmSync(resultsFile, { force: true });
  const env = { IDEAL_CLIENT_E2E_RESULTS: resultsFile, ...(o.env ?? {}) };
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(o.extensionPath)],
    ['extensionTestsPath', server.remoteUri(o.testsPath)],
    ['extensionEnvironment', JSON.stringify(env)],
  ];
  const timeoutMs = o.timeoutMs ?? 240_000;
  const browser = await launchBrowser();
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    const output = [];
    let inSuite = false;
    let sawSuite = false;
    const earlyErrors = [];
    // Both must exist before the workbench loads: it looks them up when the run starts/ends.
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const list = Array.isArray(args) ? args : [args];
      const text = typeof list[0] === 'string' ? format(...list) : list.map((a) => JSON.stringify(a)).join(' ');
      output.push(`[${level}] ${text}`);
      if (text.includes(SUITE_START)) { inSuite = true; return; }
      if (text.includes(SUITE_END)) { inSuite = false; return; }
      if (inSuite && !NOISE.test(text)) process.stdout.write(`  ${text.replace(/\n/g, '\n  ')}\n`);
      else if (!sawSuite && level === 'error' && !NOISE.test(text)) earlyErrors.push(text);
      if (inSuite) sawSuite = true;
    });
    await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code)); });
    page.on('pageerror', (e) => { if (process.env.IDEAL_CLIENT_E2E_DEBUG) console.error(`[page error] ${e.message}`); });
    await page.goto(server.workbenchUrl(payload));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const hasDriver = await page.waitForFunction(() => !!window.driver, null, { timeout: 5_000 }).then(() => true, () => false);
    if (!hasDriver) {
      throw new Error('window.driver is absent: code-server was started without --vscode-option enable-smoke-test-driver, so the test payload is ignored');
    }
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    fs.mkdirSync(path.dirname(o.logFile ?? server.tmp), { recursive: true });
    if (o.logFile) fs.writeFileSync(o.logFile, output.join('\n') + '\n');
    if (!sawSuite && earlyErrors.length) process.stdout.write(`  ${earlyErrors.join('\n  ')}\n`);
    let results;
    try { results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { /* suite did not get that far */ }
    const seconds = (Date.now() - started) / 1000;
    if (code === 'timeout') {
      if (o.screenshot) await page.screenshot({ path: o.screenshot }).catch(() => {});
      return { code: 124, timedOut: true, passed: results?.passed ?? 0, failed: (results?.failed ?? 0) || 1, pending: results?.pending ?? 0, seconds, results, output };
    }
    if (code !== 0 && o.screenshot) await page.screenshot({ path: o.screenshot }).catch(() => {});
    const failed = results ? results.failed : code === 0 ? 0 : 1;
    return { code, passed: results?.passed ?? 0, failed: code !== 0 && failed === 0 ? 1 : failed, pending: results?.pending ?? 0, seconds, results, output };
  } finally {
    await browser.close().catch(() => {});
  }
}
