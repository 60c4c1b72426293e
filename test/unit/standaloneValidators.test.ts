// The validators the build compiles (scripts/standaloneValidators.mjs, ajv's standalone code in
// the bundles) must judge every document exactly as the validators compiled at run time from the
// sources do: same verdict, same errors (path, keyword, parameters, message, schema). Checked on
// every sample, the error samples included, and on those documents with values broken on purpose.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { validatorFor } from '../../server/src/schema/schemas';
import { SAMPLES_DIR } from './helpers/samples';

const REPO = path.resolve(__dirname, '../..');

function samples(): { kind: 'profile' | 'prospect'; value: unknown; file: string }[] {
  const out: { kind: 'profile' | 'prospect'; value: unknown; file: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(profile|prospect)\.yaml$/.test(e.name)) {
        const doc = parseDocument(fs.readFileSync(p, 'utf8'));
        if (doc.errors.length === 0) out.push({ kind: e.name.includes('.profile.') ? 'profile' : 'prospect', value: doc.toJS(), file: p });
      }
    }
  };
  walk(SAMPLES_DIR);
  return out;
}

/** The value with each top-level key and each list item's first key given a wrong value in turn. */
function broken(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: unknown[] = [{ ...value, unknownKey: 1 }, []];
  for (const [k, v] of Object.entries(value)) {
    for (const bad of [42, 'x', null, [], { a: 1 }, '2026-13-45']) out.push({ ...value, [k]: bad });
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null) {
      const first = Object.keys(v[0])[0];
      out.push({ ...value, [k]: [{ ...v[0], [first]: 3 }, ...v.slice(1)] });
    }
  }
  return out;
}

const words = (errors: ErrorObject[] | null | undefined): string =>
  JSON.stringify((errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.params, e.message, e.schema, e.parentSchema]));

describe('the validators compiled at build time (ajv standalone)', () => {
  let built: Record<string, ValidateFunction>;
  before(function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validators-'));
    const file = path.join(dir, 'validators.js');
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'standaloneValidators.mjs'), file], { cwd: REPO });
    // The generated code requires ajv's runtime and ajv-formats: resolve them from the repository.
    const code = fs.readFileSync(file, 'utf8').replace(/require\("([^"]+)"\)/g, (_m, id: string) => `require(${JSON.stringify(require.resolve(id, { paths: [REPO] }))})`);
    fs.writeFileSync(file, code);
    built = (createRequire(__filename)(file) as { precompiled: Record<string, ValidateFunction> }).precompiled;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('judge every sample, and every sample broken on purpose, as the run-time validators do', function () {
    this.timeout(60_000);
    let invalid = 0;
    let checked = 0;
    for (const s of samples()) {
      for (const value of [s.value, ...broken(s.value)]) {
        const runtime = validatorFor(s.kind);
        const a = runtime(value);
        const ea = words(runtime.errors);
        const b = built[s.kind](value);
        const eb = words(built[s.kind].errors);
        assert.equal(b, a, `${s.file}: ${JSON.stringify(value).slice(0, 200)}`);
        assert.equal(eb, ea, `${s.file}: errors of ${JSON.stringify(value).slice(0, 200)}`);
        if (!a) invalid++;
        checked++;
      }
    }
    assert.ok(invalid > 50 && checked > invalid, `${invalid} of ${checked} documents invalid: both verdicts were exercised`);
  });
});
