// @vscode/test-cli configuration, for machines where VS Code desktop can be downloaded:
//   npx vscode-test            (builds first: dist/ and out/test/suite/)
// Runs the same extension-host suite (test/suite/*.test.ts, compiled to out/test/suite/) that
// test/e2e/run.mjs runs through code-server here, on a throwaway copy of samples/.
import { defineConfig } from '@vscode/test-cli';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// The extension and the suite must be built: test-cli runs JavaScript only.
if (!process.env.IDEAL_CLIENT_SKIP_BUILD) {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['test/e2e/buildSuite.mjs'], { cwd: root, stdio: 'inherit' });
}

// A fresh copy of the samples per run: the tests edit files (and must never touch samples/).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-vscode-test-'));
const workspace = path.join(tmp, 'my-clients');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

export default defineConfig({
  label: 'extension host',
  files: 'out/test/suite/**/*.test.js',
  extensionDevelopmentPath: root,
  workspaceFolder: workspace,
  // The oldest VS Code the manifest allows (engines.vscode ^1.100.0); IDEAL_CLIENT_VSCODE=stable for the newest.
  version: process.env.IDEAL_CLIENT_VSCODE ?? '1.100.0',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'bdd', timeout: 60_000, color: true },
});
