// The .vsix (issue 7, "Packaging"): @vscode/vsce packs this working tree — with the options of
// `npm run package` — into a temporary folder, without a warning; the package holds exactly what
// the installed extension and its Extensions-view page need (bundles, schemas, translations,
// snippets, walkthrough pages, icon, README with what it links to, CHANGELOG, LICENSE) and
// nothing else (no sources, tests, node_modules, samples, source maps); it stays under 1.5 MB besides the README's screenshots.
//
// vsce runs in a child process: it logs its warnings to the console and may call process.exit.
// It walks the whole tree (including .vscode-test/) before applying .vscodeignore, which takes
// ~15 s here: that is the price of checking the real tree rather than a tidy copy of it.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_BYTES = 1.5 * 1024 * 1024;
const MAX_IMAGE_BYTES = 320 * 1024;

interface Manifest {
  main: string; icon: string; scripts: Record<string, string>;
  contributes: { snippets: { path: string }[]; walkthroughs: { steps: { media: { markdown?: string } }[] }[] };
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** vsce's options for the flags of the `package` script; a flag the test does not know fails it. */
function packOptions(): Record<string, boolean> {
  const script = pkg.scripts.package ?? '';
  const m = /^vsce package((?: --[a-z-]+)*)$/.exec(script);
  assert.ok(m, `"package" script: ${script}`);
  const known: Record<string, [string, boolean]> = {
    '--no-dependencies': ['dependencies', false],
    '--no-rewrite-relative-links': ['rewriteRelativeLinks', false],
  };
  const options: Record<string, boolean> = {};
  for (const flag of m[1].split(' ').filter(Boolean)) {
    assert.ok(known[flag], `teach package.test.ts the vsce flag ${flag}`);
    options[known[flag][0]] = known[flag][1];
  }
  return options;
}

// Runs in the child: pack without the prepublish build (the tests already built dist/), then list
// the archive and unpack it into `extractTo`. The last stdout line is the JSON result.
const CHILD = `
const { pack } = require('@vscode/vsce/out/package');
const { readZip } = require('@vscode/vsce/out/zip');
const fs = require('node:fs');
const [packagePath, options] = [process.argv[1], JSON.parse(process.argv[2])];
pack({ cwd: process.cwd(), packagePath, ...options })
  .then(() => readZip(packagePath, () => true))
  .then((entries) => {
    for (const [name, buf] of entries) {
      const to = require('node:path').join(process.argv[3], name);
      fs.mkdirSync(require('node:path').dirname(to), { recursive: true });
      fs.writeFileSync(to, buf);
    }
    const sizes = Object.fromEntries([...entries].map(([name, buf]) => [name, buf.length]));
    process.stdout.write('\\n' + JSON.stringify({ size: fs.statSync(packagePath).size, sizes }) + '\\n');
  }, (e) => { console.error('ERROR', e && e.message || e); process.exit(1); });
`;

interface Packed { size: number; sizes: Record<string, number>; stdout: string; stderr: string; code: number | null }

function runVsce(packagePath: string, extractTo: string): Promise<Packed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, packagePath, JSON.stringify(packOptions()), extractTo], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: '', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trimEnd().split('\n').pop() ?? '';
      let parsed: { size: number; sizes: Record<string, number> } = { size: 0, sizes: {} };
      try {
        parsed = JSON.parse(last) as typeof parsed;
      } catch {
        // Reported by the tests below, with vsce's output.
      }
      resolve({ ...parsed, stdout, stderr, code });
    });
  });
}

/** Where vsce puts a file of the tree in the archive (lower case: the zip reader folds names). */
const inVsix = (rel: string): string => {
  const special: Record<string, string> = { 'README.md': 'readme.md', 'LICENSE': 'license.txt', 'CHANGELOG.md': 'changelog.md' };
  return `extension/${special[rel] ?? rel}`.toLowerCase();
};

/** What may be in the package: the allow-list of .vscodeignore, said once more from the outside. */
const ALLOWED: RegExp[] = [
  /^extension\.vsixmanifest$/, /^\[content_types\]\.xml$/,
  /^extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|readme\.md|changelog\.md|license\.txt)$/,
  /^extension\/dist\/(client|server|cli)\.js$/,
  /^extension\/schemas\/[a-z]+\.schema\.json$/,
  /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^extension\/snippets\/[a-z-]+\.code-snippets$/,
  /^extension\/walkthrough\/(en|de)\/[\w-]+\.md$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/docs\/(reference|glossary)\.md$/, /^extension\/docs\/images\/[\w-]+\.(png|jpg)$/,
];
/** Named, so a failure says why the file must not ship. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.ts$/, 'a TypeScript source'], [/\.map$/, 'a source map'], [/(^|\/)node_modules\//, 'node_modules'],
  [/^extension\/test\//, 'a test'], [/^extension\/bench\//, 'the benchmark'], [/^extension\/samples\//, 'a sample'],
  [/^extension\/\.vscode(-test)?\//, 'editor or test-editor files'], [/^extension\/(client|server)\//, 'a source folder'],
  [/\.vsix$/, 'an older package'],
];

describe('the .vsix (npm run package)', function () {
  this.timeout(120_000);
  let dir = '';
  let packed: Packed;

  before(async function () {
    // The test runner builds dist/ first; alone, this test builds it itself.
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
      if (!fs.existsSync(path.join(ROOT, f))) {
        const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        break;
      }
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ideal-client-vsix-'));
    packed = await runVsce(path.join(dir, 'ideal-client.vsix'), path.join(dir, 'x'));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const entries = (): string[] => Object.keys(packed.sizes).sort();

  it('is made by vsce without a warning or an error', () => {
    assert.equal(packed.code, 0, `vsce failed:\n${packed.stderr}\n${packed.stdout}`);
    const complaints = `${packed.stderr}\n${packed.stdout}`.split('\n').filter((l) => /WARNING|ERROR|Do you want to continue/i.test(l));
    assert.deepEqual(complaints, []);
    assert.ok(entries().length > 10, 'the archive was read');
  });

  it('holds nothing but the allow-listed files', () => {
    const bad = entries().flatMap((e) => {
      const why = FORBIDDEN.find(([re]) => re.test(e));
      if (why) return [`${e}: ${why[1]}`];
      return ALLOWED.some((re) => re.test(e)) ? [] : [`${e}: not on the allow-list`];
    });
    assert.deepEqual(bad, []);
  });

  it('holds everything the extension and its page need', () => {
    const nls = fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[a-z-]+)?\.json$/.test(f));
    assert.deepEqual(nls.sort(), ['package.nls.de.json', 'package.nls.json']);
    const pages = nls.flatMap((f) => {
      const strings = JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, string>;
      return pkg.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => {
        const key = /^%(.+)%$/.exec(s.media.markdown ?? '')?.[1];
        return key ? strings[key] : s.media.markdown ?? '';
      }));
    });
    assert.equal(pages.length, 10, 'five walkthrough pages in each language');
    // README's relative links and images are shown from the package (vsce --no-rewrite-relative-links).
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
    assert.ok(linked.includes('docs/reference.md'), 'README links the full reference');
    const expected = [
      pkg.main.replace(/^\.\//, ''), 'dist/server.js', pkg.icon, 'README.md', 'LICENSE', 'CHANGELOG.md', ...nls,
      ...fs.readdirSync(path.join(ROOT, 'schemas')).map((f) => `schemas/${f}`),
      ...fs.readdirSync(path.join(ROOT, 'l10n')).map((f) => `l10n/${f}`),
      ...pkg.contributes.snippets.map((s) => s.path.replace(/^\.\//, '')),
      ...pages, ...linked,
    ];
    const have = new Set(entries());
    assert.deepEqual(expected.filter((f) => !have.has(inVsix(f))), []);
    for (const f of expected) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists in the tree`);
  });

  it('ships a client bundle that needs nothing but vscode and Node', () => {
    const text = fs.readFileSync(path.join(dir, 'x', 'extension', 'dist', 'client.js'), 'utf8');
    const required = [...new Set([...text.matchAll(/\brequire\("([^"./][^"]*)"\)/g)].map((m) => m[1]))];
    assert.ok(required.includes('vscode'), 'the client bundle was read');
    assert.deepEqual(required.filter((r) => r !== 'vscode' && !builtinModules.includes(r.replace(/^node:/, ''))), []);
  });

  it('ships a language server that starts outside the repository and answers initialize', async () => {
    // Unpacked into a temporary folder: no node_modules anywhere above it to fall back on.
    const server = path.join(dir, 'x', 'extension', 'dist', 'server.js');
    const child = spawn(process.execPath, [server, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (/"id":1\b/.test(out)) resolve(out);
        });
        child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
        child.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering:\n${err}`)));
        const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      });
      assert.match(answer, /"serverInfo":\{"name":"Ideal Client"/);
    } finally {
      child.kill();
    }
  });

  it('stays under 1.5 MB besides the README\'s screenshots, each of them at most 320 KB', () => {
    // The screenshots are what the Extensions view shows with the README (eight of them, ~0.9 MB
    // in all); the budget is for what runs. The archive is compressed, the sizes read are not:
    // the packed size less the (already compressed) images is what the code and texts take.
    assert.ok(packed.size > 100_000, 'the package was written');
    const images = Object.entries(packed.sizes).filter(([name]) => /^extension\/docs\/images\//.test(name));
    const big = images.filter(([, size]) => size > MAX_IMAGE_BYTES).map(([name, size]) => `${name}: ${(size / 1024).toFixed(0)} KB`);
    assert.deepEqual(big, [], 'screenshots over 320 KB');
    const imageBytes = images.reduce((sum, [, size]) => sum + size, 0);
    assert.ok(packed.size - imageBytes <= MAX_BYTES, `${((packed.size - imageBytes) / 1024).toFixed(0)} KB without the screenshots`);
  });
});
