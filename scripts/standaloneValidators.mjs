// The ajv validators of schemas/profile.schema.json and schemas/prospect.schema.json as ajv's
// standalone code (a CommonJS module exporting `precompiled`), generated at build time so that
// the server and the CLI compile no schema when they start. esbuild.mjs puts this module in the
// place of server/src/schema/precompiledValidators.ts; run from the sources (the unit tests),
// schemas.ts compiles the schemas itself with the same options.
//   node scripts/standaloneValidators.mjs <out.js>   writes the module (for tests and inspection)
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const schema = (name) => JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));

/** The module's source. The options are those of server/src/schema/schemas.ts (getAjv), plus `code.source`. */
export function standaloneValidatorsSource() {
  const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: false, code: { source: true } });
  ajv.addVocabulary(['markdownDescription', 'defaultSnippets']);
  // ajv-formats makes the generated code require its formats (ajv-formats/dist/formats), which
  // esbuild then bundles.
  addFormats.default(ajv);
  ajv.addSchema(schema('profile'), 'profile');
  ajv.addSchema(schema('prospect'), 'prospect');
  return `${standaloneCode.default(ajv, { profile: 'profile', prospect: 'prospect' })}\nexports.precompiled = { profile: exports.profile, prospect: exports.prospect };\n`;
}

/** An esbuild plugin putting the generated module in the place of precompiledValidators.ts. */
export function standaloneValidatorsPlugin() {
  return {
    name: 'standalone-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]src[\\/]schema[\\/]precompiledValidators\.ts$/ }, () => ({
        contents: standaloneValidatorsSource(),
        loader: 'js',
        resolveDir: repo,
        watchFiles: [fileURLToPath(new URL('../schemas/profile.schema.json', import.meta.url)), fileURLToPath(new URL('../schemas/prospect.schema.json', import.meta.url))],
      }));
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2]) {
  writeFileSync(process.argv[2], standaloneValidatorsSource());
}
