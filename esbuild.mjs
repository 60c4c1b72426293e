// Builds the three bundles: the extension client, the language server and the CLI.
// Everything (yaml, ajv, the LSP libraries) is bundled, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { standaloneValidatorsPlugin } from './scripts/standaloneValidators.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The schemas' validators compiled now, not when the server or the CLI starts.
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [standaloneValidatorsPlugin()] },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [standaloneValidatorsPlugin()], banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(pkg.version) } },
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
