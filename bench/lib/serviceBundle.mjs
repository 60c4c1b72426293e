// Our language service alone (server/src/service), bundled with esbuild as the server bundles it,
// for measuring what our diagnostics cost in a process of their own, next to the bare parse
// (bench/lib/floor.mjs cost): no JSON-RPC, no debounce — the work itself.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let built;

/** The path of the bundle (CommonJS, exporting LanguageService), built once per bench run. */
export async function serviceBundle() {
  if (!built) {
    const out = path.join(repo, 'bench', 'work', 'service.bundle.cjs');
    mkdirSync(path.dirname(out), { recursive: true });
    await esbuild.build({
      stdin: { contents: "export { LanguageService } from './server/src/service/languageService';\n", resolveDir: repo, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning',
    });
    built = out;
  }
  return built;
}
