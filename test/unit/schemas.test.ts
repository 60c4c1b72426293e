// The JSON Schemas (schemas/*.schema.json) and the samples (samples/): every sample is valid
// against its schema, the error samples report exactly their schema-level mistakes, every
// property is documented for hover and completion, and the structural rules of profiles and
// prospects ("exactly one matcher", "a dealbreaker has no weight", …) hold.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { FACT_TYPES, MATCHERS, VERDICTS } from '../../shared/src/types';
import { readExpected, type ExpectedRow } from '../helpers/expected.mjs';

type Json = Record<string, unknown>;

const ROOT = resolve(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const PROFILE_ID = 'https://ideal-client.dev/schemas/profile.schema.json';
const PROSPECT_ID = 'https://ideal-client.dev/schemas/prospect.schema.json';

const profileSchema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'profile.schema.json'), 'utf8')) as Json;
const prospectSchema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'prospect.schema.json'), 'utf8')) as Json;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateProfile = ajv.compile(profileSchema);
const validateProspect = ajv.compile(prospectSchema);

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validator(ref: string): ValidateFunction {
  const v = ajv.getSchema(ref);
  assert.ok(v, `no schema at ${ref}`);
  return v;
}

/** The YAML of a profile or prospect: the whole file, or a Markdown file's front matter. */
function yamlOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return text;
  const lines = text.split(/\r?\n/);
  assert.equal(lines[0].trim(), '---', `${file}: a Markdown prospect starts with "---"`);
  const close = lines.indexOf('---', 1);
  assert.ok(close > 0, `${file}: the front matter is never closed`);
  return lines.slice(1, close).join('\n');
}

function load(file: string): unknown {
  return parse(yamlOf(file));
}

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const all = walk(SAMPLES);
const rel = (f: string): string => relative(SAMPLES, f).split('\\').join('/');
const isProfile = (f: string): boolean => /\.profile\.ya?ml$/.test(f);
const isProspect = (f: string): boolean => /\.prospect\.(ya?ml|md)$/.test(f);
const isError = (f: string): boolean => rel(f).startsWith('errors/');
const profiles = all.filter((f) => isProfile(f) && !isError(f));
const prospects = all.filter((f) => isProspect(f) && !isError(f));

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Every schema that describes a property (or an open map's values), with its path. */
function propertySchemas(schema: unknown, path: string, out: [string, Json][] = []): [string, Json][] {
  if (!isObj(schema)) return out;
  if (isObj(schema.properties)) {
    for (const [k, v] of Object.entries(schema.properties)) {
      if (isObj(v)) out.push([`${path}.${k}`, v]);
      propertySchemas(v, `${path}.${k}`, out);
    }
  }
  if (isObj(schema.additionalProperties)) {
    const ap = schema.additionalProperties;
    if (ap.$ref === undefined) out.push([`${path}.*`, ap]);
    propertySchemas(ap, `${path}.*`, out);
  }
  if (isObj(schema.items)) propertySchemas(schema.items, `${path}[]`, out);
  if (isObj(schema.definitions)) {
    for (const [k, v] of Object.entries(schema.definitions)) {
      if (isObj(v)) out.push([`#/definitions/${k}`, v]);
      propertySchemas(v, `#/definitions/${k}`, out);
    }
  }
  return out;
}

/** A defaultSnippets body with every placeholder replaced by its default text. */
function fillSnippet(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = body
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, 'x');
    return text.startsWith('^') ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(fillSnippet);
  if (isObj(body)) return Object.fromEntries(Object.entries(body).map(([k, v]) => [fillSnippet(k) as string, fillSnippet(v)]));
  return body;
}

interface Snippet { label: string; description?: string; body: unknown }
function snippets(schema: unknown): Snippet[] {
  return isObj(schema) && Array.isArray(schema.defaultSnippets) ? (schema.defaultSnippets as Snippet[]) : [];
}

const profileDefs = profileSchema.definitions as Json;

describe('JSON Schemas', () => {
  describe('shape', () => {
    it('are draft-07 with $ids', () => {
      for (const [schema, id] of [[profileSchema, PROFILE_ID], [prospectSchema, PROSPECT_ID]] as const) {
        assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.equal(schema.$id, id);
      }
    });

    it('document every property with title, description and markdownDescription', () => {
      const props = [...propertySchemas(profileSchema, 'profile'), ...propertySchemas(prospectSchema, 'prospect')];
      assert.ok(props.length > 50, `only ${props.length} property schemas found`);
      const missing: string[] = [];
      for (const [path, s] of props) {
        for (const k of ['title', 'description', 'markdownDescription'] as const) {
          if (typeof s[k] !== 'string' || (s[k] as string).trim() === '') missing.push(`${path}: ${k}`);
        }
        if (path.includes('#/definitions/')) continue;
        if (!Array.isArray(s.examples) || s.examples.length === 0) missing.push(`${path}: examples`);
      }
      assert.deepEqual(missing, []);
    });

    it('use only draft-07 keywords, markdownDescription, defaultSnippets and deprecationMessage', () => {
      const allowed = new Set([
        '$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples',
        'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
        'additionalItems', 'items', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties', 'minProperties',
        'required', 'additionalProperties', 'definitions', 'properties', 'patternProperties', 'dependencies',
        'propertyNames', 'const', 'enum', 'type', 'format', 'contentMediaType', 'contentEncoding', 'if', 'then', 'else',
        'allOf', 'anyOf', 'oneOf', 'not',
        'markdownDescription', 'defaultSnippets', 'deprecationMessage',
      ]);
      const unknown = new Set<string>();
      const visit = (s: unknown): void => {
        if (Array.isArray(s)) { s.forEach(visit); return; }
        if (!isObj(s)) return;
        for (const [k, x] of Object.entries(s)) {
          if (!allowed.has(k)) unknown.add(k);
          if (['examples', 'default', 'const', 'enum', 'defaultSnippets', 'required'].includes(k)) continue; // data, not schemas
          if (['properties', 'definitions', 'patternProperties'].includes(k) && isObj(x)) Object.values(x).forEach(visit);
          else visit(x);
        }
      };
      visit(profileSchema);
      visit(prospectSchema);
      assert.deepEqual([...unknown], []);
    });

    it('fix the enums of the profile format (fact types, languages, verdicts)', () => {
      const fact = profileDefs.fact as Json;
      assert.deepEqual((fact.properties as Json & { type: Json }).type.enum, [...FACT_TYPES]);
      assert.deepEqual(((profileSchema.properties as Json).language as Json).enum, ['en', 'de']);
      const lesson = profileDefs.lesson as Json & { properties: Json & { expect: Json } };
      assert.deepEqual(lesson.properties.expect.enum, [...VERDICTS]);
    });

    it('give the verdict thresholds their defaults 70, 50, 50 within 0..100', () => {
      const v = (profileSchema.properties as Json).verdict as { properties: Record<string, Json> };
      for (const [k, d] of [['fit', 70], ['borderline', 50], ['minKnown', 50]] as const) {
        assert.equal(v.properties[k].default, d, k);
        assert.equal(v.properties[k].minimum, 0, k);
        assert.equal(v.properties[k].maximum, 100, k);
      }
    });

    it('express "exactly one matcher" as a oneOf of required-branches, one per matcher', () => {
      const c = profileDefs.criterion as Json & { oneOf: Json[]; properties: Json };
      assert.deepEqual(c.oneOf, MATCHERS.map((m) => ({ required: [m] })));
      for (const m of MATCHERS) assert.ok(isObj(c.properties[m]), `criterion property ${m}`);
    });

    it('express "a dealbreaker has no weight" as one if/then', () => {
      const c = profileDefs.criterion as Json;
      assert.deepEqual(c.if, { properties: { dealbreaker: { const: true } }, required: ['dealbreaker'] });
      assert.deepEqual(c.then, { not: { required: ['weight'] } });
    });
  });

  describe('snippets', () => {
    it('offer a new fact of each type, as a fact body and as a named fact', () => {
      const validateFact = validator(`${PROFILE_ID}#/definitions/fact`);
      const bodies = snippets(profileDefs.fact).map((s) => fillSnippet(s.body) as Json);
      assert.deepEqual(bodies.map((b) => b.type), [...FACT_TYPES]);
      for (const b of bodies) assert.ok(validateFact(b), `${JSON.stringify(b)}\n${describeErrors(validateFact.errors)}`);

      const named = snippets((profileSchema.properties as Json).facts).map((s) => fillSnippet(s.body) as Json);
      assert.equal(named.length, FACT_TYPES.length);
      for (const n of named) {
        const profile = { profile: 'x', facts: n, criteria: [{ id: 'a', fact: 'factName', is: 'x' }] };
        assert.ok(validateProfile(profile), describeErrors(validateProfile.errors));
      }
    });

    it('offer a criterion of each matcher kind (and a dealbreaker), each valid', () => {
      const validateCriterion = validator(`${PROFILE_ID}#/definitions/criterion`);
      const bodies = snippets(profileDefs.criterion).map((s) => fillSnippet(s.body) as Json);
      for (const m of MATCHERS) assert.ok(bodies.some((b) => m in b), `no criterion snippet for ${m}`);
      assert.ok(bodies.some((b) => b.dealbreaker === true), 'no dealbreaker snippet');
      for (const b of bodies) assert.ok(validateCriterion(b), `${JSON.stringify(b)}\n${describeErrors(validateCriterion.errors)}`);
    });

    it('offer a referral and a lesson, each valid', () => {
      for (const def of ['referral', 'lesson']) {
        const v = validator(`${PROFILE_ID}#/definitions/${def}`);
        const bodies = snippets(profileDefs[def]).map((s) => fillSnippet(s.body));
        assert.ok(bodies.length >= 1, `no ${def} snippet`);
        for (const b of bodies) assert.ok(v(b), `${JSON.stringify(b)}\n${describeErrors(v.errors)}`);
      }
    });

    it('give every snippet a label and a description', () => {
      const visit = (v: unknown): void => {
        if (Array.isArray(v)) { v.forEach(visit); return; }
        if (!isObj(v)) return;
        for (const s of snippets(v)) {
          assert.equal(typeof s.label, 'string');
          assert.equal(typeof s.description, 'string', `snippet ${s.label}`);
        }
        Object.values(v).forEach(visit);
      };
      visit(profileSchema);
      visit(prospectSchema);
    });
  });

  describe('targeted negative cases', () => {
    const base = (): Json => ({
      profile: 'P',
      facts: { budget: { type: 'money', currency: 'EUR' }, style: { type: 'choice', options: ['a', { value: 'b', phrases: ['bee'] }] } },
      criteria: [{ id: 'budget', fact: 'budget', atLeast: '5000 EUR', weight: 2 }],
    });
    const criterion = (c: Json): Json => ({ ...base(), criteria: [c] });
    const only = (errors: ErrorObject[], keyword: string, instancePath: string): ErrorObject => {
      const found = errors.filter((e) => e.keyword === keyword && e.instancePath === instancePath);
      assert.equal(found.length, 1, `expected one ${keyword} error at ${instancePath}, got:\n${describeErrors(errors)}`);
      return found[0];
    };

    it('accepts the minimal profile', () => {
      assert.deepEqual(errorsOf(validateProfile, base()), []);
    });

    it('a profile without `profile`', () => {
      const p = base();
      delete p.profile;
      const e = only(errorsOf(validateProfile, p), 'required', '');
      assert.equal(e.params.missingProperty, 'profile');
    });

    it('a profile without criteria, or with none', () => {
      const p = base();
      delete p.criteria;
      assert.equal(only(errorsOf(validateProfile, p), 'required', '').params.missingProperty, 'criteria');
      only(errorsOf(validateProfile, { ...base(), criteria: [] }), 'minItems', '/criteria');
    });

    it('a fact without type, and one of an unknown type', () => {
      const e = only(errorsOf(validateProfile, { ...base(), facts: { budget: { currency: 'EUR' } } }), 'required', '/facts/budget');
      assert.equal(e.params.missingProperty, 'type');
      only(errorsOf(validateProfile, { ...base(), facts: { budget: { type: 'currency' } } }), 'enum', '/facts/budget/type');
    });

    it('a fact name that is not an identifier', () => {
      const errors = errorsOf(validateProfile, { ...base(), facts: { 'my budget': { type: 'money' } } });
      assert.ok(errors.some((e) => e.keyword === 'pattern' && e.propertyName === 'my budget'), describeErrors(errors));
    });

    it('a criterion with two matchers', () => {
      const e = only(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', atMost: '9 EUR' })), 'oneOf', '/criteria/0');
      assert.deepEqual(e.params.passingSchemas, [MATCHERS.indexOf('atLeast'), MATCHERS.indexOf('atMost')]);
    });

    it('a criterion with no matcher', () => {
      const errors = errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', weight: 1 }));
      only(errors, 'oneOf', '/criteria/0');
      // Besides the oneOf: one "required" per matcher, which a diagnostic folds into one sentence.
      assert.equal(errors.filter((e) => e.keyword === 'required').length, MATCHERS.length);
    });

    it('a criterion without id or fact', () => {
      const errors = errorsOf(validateProfile, criterion({ atLeast: '1 EUR' }));
      const missing = errors.filter((e) => e.keyword === 'required' && e.instancePath === '/criteria/0').map((e) => e.params.missingProperty);
      assert.deepEqual(missing.sort(), ['fact', 'id']);
    });

    it('a dealbreaker with a weight (but a non-dealbreaker may have one)', () => {
      const errors = errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', dealbreaker: true, weight: 2 }));
      only(errors, 'not', '/criteria/0');
      assert.deepEqual(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', dealbreaker: false, weight: 2 })), []);
      assert.deepEqual(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', dealbreaker: true })), []);
    });

    it('a weight of 0, and a misspelt weight', () => {
      only(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', weight: 0 })), 'minimum', '/criteria/0/weight');
      const e = only(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', atLeast: '1 EUR', wieght: 2 })), 'additionalProperties', '/criteria/0');
      assert.equal(e.params.additionalProperty, 'wieght');
    });

    it('between with other than two bounds', () => {
      only(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', between: ['1 EUR', '2 EUR', '3 EUR'] })), 'maxItems', '/criteria/0/between');
      only(errorsOf(validateProfile, criterion({ id: 'c', fact: 'budget', between: '1 EUR' })), 'type', '/criteria/0/between');
    });

    it('an unknown top-level key', () => {
      const e = only(errorsOf(validateProfile, { ...base(), criterias: [] }), 'additionalProperties', '');
      assert.equal(e.params.additionalProperty, 'criterias');
    });

    it('an option object without value, or with an unknown key', () => {
      only(errorsOf(validateProfile, { ...base(), facts: { s: { type: 'choice', options: [{ label: 'x' }] } } }), 'required', '/facts/s/options/0');
      const e = only(errorsOf(validateProfile, { ...base(), facts: { s: { type: 'choice', options: [{ value: 'x', phrase: ['y'] }] } } }), 'additionalProperties', '/facts/s/options/0');
      assert.equal(e.params.additionalProperty, 'phrase');
    });

    it('thresholds out of range, an unknown language, an unknown lesson verdict, a referral without name', () => {
      only(errorsOf(validateProfile, { ...base(), verdict: { fit: 120 } }), 'maximum', '/verdict/fit');
      only(errorsOf(validateProfile, { ...base(), language: 'fr' }), 'enum', '/language');
      only(errorsOf(validateProfile, { ...base(), lessons: [{ prospect: 'a.prospect.yaml', expect: 'nofit' }] }), 'enum', '/lessons/0/expect');
      only(errorsOf(validateProfile, { ...base(), referrals: [{ contact: 'a@b.example' }] }), 'required', '/referrals/0');
    });

    it('a prospect without `prospect`, with an unknown key, a bad date, or an object as a fact value', () => {
      assert.deepEqual(errorsOf(validateProspect, { prospect: 'P', facts: { a: 'x', b: 1, c: true, d: ['t'], e: [], f: null } }), []);
      assert.equal(only(errorsOf(validateProspect, { facts: {} }), 'required', '').params.missingProperty, 'prospect');
      assert.equal(only(errorsOf(validateProspect, { prospect: 'P', note: 'x' }), 'additionalProperties', '').params.additionalProperty, 'note');
      // met: is read by the prospect check (2026-11-20 or 20.11.2026, a day that exists), not the schema.
      assert.deepEqual(errorsOf(validateProspect, { prospect: 'P', met: '20.11.2026' }), []);
      only(errorsOf(validateProspect, { prospect: 'P', facts: { budget: { amount: 8000 } } }), 'type', '/facts/budget');
      only(errorsOf(validateProspect, { prospect: 'P', facts: { tags: [1] } }), 'type', '/facts/tags/0');
    });

    it('a prospect contact may hold more than the listed details', () => {
      assert.deepEqual(errorsOf(validateProspect, { prospect: 'P', contact: { name: 'N', linkedin: 'https://x.example' } }), []);
    });
  });
});

describe('samples', () => {
  it('has the profiles and prospects the brief asks for', () => {
    for (const f of ['wunschkunde.profile.yaml', 'agency/bant.profile.yaml', 'freelance-dev/dev.profile.yaml',
      'prospects/2026-11-20-acme.prospect.yaml', 'prospects/archive/2019-always-right.prospect.yaml',
      'errors/broken.profile.yaml', 'errors/broken.prospect.yaml', 'EXPECTED.md']) {
      assert.ok(existsSync(join(SAMPLES, f)), f);
    }
    assert.ok(prospects.filter((f) => rel(f).startsWith('prospects/')).length >= 6);
    assert.ok(prospects.some((f) => f.endsWith('.md')) && prospects.some((f) => f.endsWith('.yaml')));
  });

  for (const f of [...profiles, ...prospects]) {
    it(`${rel(f)} is valid against its schema`, () => {
      const value = load(f);
      const v = isProfile(f) ? validateProfile : validateProspect;
      assert.ok(v(value), describeErrors(v.errors));
    });
  }

  it('the profiles keep one naming style for their facts, and each criterion names a known fact', () => {
    for (const f of profiles) {
      const p = load(f) as { facts: Json; criteria: Json[]; lessons?: Json[] };
      const names = Object.keys(p.facts);
      const camel = names.filter((n) => /[A-Z]/.test(n)).length;
      const snake = names.filter((n) => n.includes('_')).length;
      assert.ok(camel === 0 || snake === 0, `${rel(f)} mixes camelCase and snake_case fact names`);
      for (const c of p.criteria) assert.ok(names.includes(c.fact as string), `${rel(f)}: criterion ${c.id} names unknown fact ${c.fact}`);
      const ids = p.criteria.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, `${rel(f)}: duplicate criterion ids`);
      for (const l of p.lessons ?? []) assert.ok(existsSync(resolve(dirname(f), l.prospect as string)), `${rel(f)}: lesson ${l.prospect}`);
    }
  });

  it('the prospects name an existing profile and only facts it knows', () => {
    for (const f of prospects) {
      const p = load(f) as { profile?: string; facts?: Json };
      // Without `profile:`, a prospect belongs to the nearest *.profile.yaml in its folder or above.
      let profile = p.profile ? resolve(dirname(f), p.profile) : undefined;
      for (let dir = dirname(f); !profile && dir.startsWith(SAMPLES); dir = dirname(dir)) {
        const found = readdirSync(dir).filter((n) => isProfile(n));
        assert.ok(found.length <= 1, `${rel(f)}: several profiles in ${dir}`);
        if (found.length === 1) profile = join(dir, found[0]);
      }
      assert.ok(profile && existsSync(profile), `${rel(f)}: no profile`);
      const known = Object.keys((load(profile) as { facts: Json }).facts);
      for (const k of Object.keys(p.facts ?? {})) assert.ok(known.includes(k), `${rel(f)}: unknown fact ${k}`);
    }
  });

  describe('EXPECTED.md', () => {
    let rows: ExpectedRow[] = [];
    before(() => { rows = readExpected(join(SAMPLES, 'EXPECTED.md')); });

    it('lists every valid prospect once, and every verdict occurs', () => {
      assert.deepEqual(rows.map((r) => r.file).sort(), prospects.map(rel).sort());
      for (const v of VERDICTS) assert.ok(rows.some((r) => r.verdict === v), `no ${v} sample`);
    });

    it('agrees with the "# expected verdict" comment at the top of each prospect', () => {
      for (const r of rows) {
        const text = readFileSync(join(SAMPLES, r.file), 'utf8');
        const m = /^# expected verdict: (\S+) \(score (\S+), known (\d+)\)/m.exec(text);
        assert.ok(m, `${r.file}: no "# expected verdict" comment`);
        assert.ok(text.split('\n').slice(0, 2).some((l) => l.startsWith('# expected verdict:')), `${r.file}: the comment is not at the top`);
        assert.deepEqual({ verdict: m[1], score: m[2] === 'null' ? null : Number(m[2]), known: Number(m[3]) },
          { verdict: r.verdict, score: r.score, known: r.known }, r.file);
      }
    });

    it('agrees with the lessons of the profiles', () => {
      for (const f of profiles) {
        for (const l of (load(f) as { lessons?: { prospect: string; expect: string }[] }).lessons ?? []) {
          const row = rows.find((r) => r.file === rel(resolve(dirname(f), l.prospect)));
          assert.ok(row, `lesson ${l.prospect} is not in EXPECTED.md`);
          assert.equal(row.verdict, l.expect, l.prospect);
        }
      }
    });
  });

  describe('errors/', () => {
    /** The lines marked "# <- error". */
    const marked = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((l) => /#\s*<- error \d/.test(l));

    it('broken.profile.yaml: the schema reports the misspelt `wieght`, and only that', () => {
      const file = join(SAMPLES, 'errors', 'broken.profile.yaml');
      const errors = errorsOf(validateProfile, load(file));
      assert.deepEqual(errors.map((e) => [e.keyword, e.instancePath, e.params]),
        [['additionalProperties', '/criteria/5', { additionalProperty: 'wieght' }]], describeErrors(errors));
      const lines = marked(file);
      assert.equal(lines.length, 6, 'six marked mistakes');
      assert.ok(lines.some((l) => /^\s*wieght:/.test(l)));
    });

    it('broken.prospect.yaml: the schema finds nothing wrong (every mistake is one of meaning)', () => {
      const file = join(SAMPLES, 'errors', 'broken.prospect.yaml');
      const value = load(file) as { profile: string };
      const errors = errorsOf(validateProspect, value);
      assert.deepEqual(errors.map((e) => [e.keyword, e.instancePath, e.params]), [], describeErrors(errors));
      assert.equal(marked(file).length, 5, 'five marked mistakes');
      assert.ok(existsSync(resolve(dirname(file), value.profile)));
    });
  });
});
