// Entry of the extension-host suite, as @vscode/test-electron and the code-server payload expect:
// a module exporting run(), which resolves when every test passed and rejects otherwise.
// Mocha runs inside the extension host; the test files are the *.test.js next to this file.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.IDEAL_CLIENT_E2E_TIMEOUT ?? 60_000),
    grep: process.env.IDEAL_CLIENT_E2E_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  // The code-server harness (test/e2e/hostSuite.mjs) prints the log between these two lines.
  console.log('[ideal-client-e2e] suite start');
  return new Promise((resolve, reject) => {
    const tally = { passed: 0, failed: 0, pending: 0, failures: [] as { title: string; error: string }[] };
    // The counts go to a file after every test, so that a harness that gives up waiting still
    // knows how far the suite got.
    const save = () => {
      const out = process.env.IDEAL_CLIENT_E2E_RESULTS;
      if (out) {
        try { fs.writeFileSync(out, JSON.stringify(tally, null, 2)); } catch { /* reporting only */ }
      }
    };
    const finish = (error?: Error) => {
      console.log('[ideal-client-e2e] suite end');
      save();
      if (error) reject(error); else resolve();
    };
    try {
      const runner = mocha.run((failures) => {
        finish(failures > 0 ? new Error(`${failures} test(s) failed`) : undefined);
      });
      runner.on('pass', () => { tally.passed++; });
      runner.on('pending', () => { tally.pending++; });
      runner.on('test end', save);
      runner.on('fail', (test, err: Error) => {
        tally.failed++;
        tally.failures.push({ title: test.fullTitle(), error: String(err?.message ?? err) });
      });
    } catch (e) {
      tally.failed++;
      finish(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
