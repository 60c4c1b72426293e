// The JSON Schemas of profiles and prospects (schemas/*.schema.json), bundled into the server by
// esbuild, and their ajv validators. The bundles carry them compiled at build time
// (precompiledValidators.ts); from the sources each is compiled once, on first use: compiling
// costs tens of milliseconds, which should not be paid for a kind of file never opened.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import profileSchema from '../../../schemas/profile.schema.json';
import prospectSchema from '../../../schemas/prospect.schema.json';
import type { DocumentKind } from '../../../shared/src/fileKinds';
import type { JsonSchema } from './schemaWalker';
import { precompiled } from './precompiledValidators';

const SCHEMAS: Readonly<Record<DocumentKind, JsonSchema>> = {
  profile: profileSchema as JsonSchema,
  prospect: prospectSchema as JsonSchema,
};

const validators: Partial<Record<DocumentKind, ValidateFunction>> = {};
let ajv: Ajv | undefined;

/** The schema of a kind of document, as a plain object (for completion and hover). */
export function schemaFor(kind: DocumentKind): JsonSchema {
  return SCHEMAS[kind];
}

/** The compiled validator of a kind of document (compiled on the first call). */
export function validatorFor(kind: DocumentKind): ValidateFunction {
  let v = validators[kind] ?? precompiled[kind];
  if (!v) {
    v = getAjv().compile(SCHEMAS[kind] as object);
    validators[kind] = v;
  }
  return v;
}

// The same options in scripts/standaloneValidators.mjs, which compiles the bundles' validators.
function getAjv(): Ajv {
  if (!ajv) {
    // allErrors: every problem at once, as an editor shows them; verbose: each error carries its
    // schema and data, which the messages are written from. The editor-only keywords
    // (markdownDescription, defaultSnippets) are registered so strict mode stays meaningful.
    ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    ajv.addVocabulary(['markdownDescription', 'defaultSnippets']);
    addFormats(ajv);
  }
  return ajv;
}
