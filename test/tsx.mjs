// Loads TypeScript for mocha through tsx with the base compiler options (strict mode, as in the
// bundles). tsx applies a tsconfig's options only to the files it includes: the root
// tsconfig.json is a solution that lists none, tsconfig.base.json (no "include") takes them all.
import { fileURLToPath } from 'node:url';

process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL('../tsconfig.base.json', import.meta.url));
await import('tsx');
