// Pages through idealClient/evaluateAll exactly as the extension does: the client's own pager
// (client/src/evaluateAllPages.ts), bundled here with esbuild, over the bench's JSON-RPC client.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let loaded;

/** The client's evaluateAllPages and the server's EVALUATE_ALL_PAGE_SIZE, built once per bench run. */
async function load() {
  if (!loaded) {
    const out = path.join(repo, 'bench', 'work', 'pager.bundle.mjs');
    mkdirSync(path.dirname(out), { recursive: true });
    await esbuild.build({
      stdin: {
        contents: "export { evaluateAllPages } from './client/src/evaluateAllPages';\nexport { EVALUATE_ALL_PAGE_SIZE } from './shared/src/protocol';\n",
        resolveDir: repo, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
    });
    loaded = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  }
  return loaded;
}

/** The page size the client gets (it asks for none: the server's default, its upper bound). */
export async function pageSize() {
  return (await load()).EVALUATE_ALL_PAGE_SIZE;
}

/**
 * Every prospect's verdict through the client's pager; resolves with the items, the time the
 * last page arrived (`t`, performance.now() of this process), the pages and the bytes of them all.
 */
export async function evaluateAllPaged(client, timeoutMs) {
  const { evaluateAllPages } = await load();
  let bytes = 0;
  let pages = 0;
  let maxPageBytes = 0;
  let largestPage = 0;
  let t = NaN;
  const all = await evaluateAllPages(async (params) => {
    const r = await client.request('idealClient/evaluateAll', params, timeoutMs);
    bytes += r.bytes;
    pages++;
    maxPageBytes = Math.max(maxPageBytes, r.bytes);
    if (r.result?.ok) largestPage = Math.max(largestPage, r.result.items.length);
    t = r.t;
    return r.result;
  });
  return { result: all.items, changed: all.changed, t, bytes, pages, maxPageBytes, largestPage };
}
