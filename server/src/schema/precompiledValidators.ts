// The validators compiled at build time: in the bundles (dist/server.js, dist/cli.js) esbuild.mjs
// replaces this module with ajv's standalone code for both schemas
// (scripts/standaloneValidators.mjs), so that starting the server compiles nothing (~120 ms of
// ajv compiling measured on the cold path before). Run from the sources, as the unit tests are,
// it is empty and schemas.ts compiles each schema on first use with the same options.
import type { ValidateFunction } from 'ajv';
import type { DocumentKind } from '../../../shared/src/fileKinds';

export const precompiled: Partial<Record<DocumentKind, ValidateFunction>> = {};
