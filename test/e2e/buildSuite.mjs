// Compiles the extension-host suite (test/suite/*.ts) to out/test/suite/*.js: it runs inside the
// editor's extension host, so it must be plain CommonJS with `vscode` (provided by the host) and
// `mocha` (resolved from the project's node_modules) left external.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_OUT = path.join(ROOT, 'out', 'test', 'suite');

export async function buildSuite() {
  const srcDir = path.join(ROOT, 'test', 'suite');
  const entryPoints = fs.readdirSync(srcDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, f));
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(SUITE_OUT, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
  console.log(`built ${path.relative(ROOT, SUITE_OUT)}`);
}
