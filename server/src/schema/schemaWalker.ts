// Generic JSON-Schema navigation for completion and hover: which sub-schemas apply at a path of
// the YAML (["criteria", 0, "fact"]). Nothing here knows our schemas: it resolves local $refs,
// follows properties / patternProperties / additionalProperties / items, and merges the branches
// of allOf / anyOf / oneOf / if-then-else, so that completion offers everything that could be
// valid there and hover finds the description wherever the schema put it.
import type { PathSegment } from '../parser/astNavigation';

export type JsonSchema = boolean | SchemaObject;

/** A defaultSnippets entry, as VS Code's JSON and YAML tooling understand it. */
export interface DefaultSnippet {
  label?: string;
  description?: string;
  markdownDescription?: string;
  /** A JSON value; strings may hold snippet syntax; a leading "^" inserts the string unquoted. */
  body?: unknown;
  /** Snippet text used as is. */
  bodyText?: string;
}

export interface SchemaObject {
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  additionalItems?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  not?: JsonSchema;
  pattern?: string;
  format?: string;
  defaultSnippets?: DefaultSnippet[];
  [keyword: string]: unknown;
}

/** How deep $ref chains and nested combinators are followed (a schema may be recursive). */
const MAX_DEPTH = 32;
const EMPTY: SchemaObject = {};

function isSchemaObject(s: unknown): s is SchemaObject {
  return typeof s === 'object' && s !== null && !Array.isArray(s);
}

function own<T>(rec: Record<string, T> | undefined, key: string): T | undefined {
  return rec && typeof rec === 'object' && Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** A schema with its $ref chain followed (local refs only: "#/definitions/x", "#/$defs/x"). */
export function resolveRef(root: JsonSchema, schema: JsonSchema | undefined): SchemaObject | undefined {
  let s: unknown = schema;
  for (let i = 0; i < MAX_DEPTH; i++) {
    if (s === true) return EMPTY;
    if (!isSchemaObject(s)) return undefined;
    if (typeof s.$ref !== 'string') return s;
    s = pointer(root, s.$ref);
  }
  return undefined;
}

function pointer(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let cur: unknown = root;
  const body = ref.slice(1);
  if (body === '') return root;
  if (!body.startsWith('/')) return undefined;
  for (const raw of body.slice(1).split('/')) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isSchemaObject(cur) && !Array.isArray(cur)) return undefined;
    cur = own(cur as Record<string, unknown>, seg);
  }
  return cur;
}

/**
 * The schema and every branch that may also apply to the same value: allOf, anyOf, oneOf,
 * then and else, recursively, with $refs resolved. Order: the schema first, then its branches.
 */
export function expand(root: JsonSchema, schema: JsonSchema | undefined): SchemaObject[] {
  const out: SchemaObject[] = [];
  const seen = new Set<SchemaObject>();
  const visit = (s: JsonSchema | undefined, depth: number): void => {
    const r = resolveRef(root, s);
    if (!r || seen.has(r) || depth > MAX_DEPTH) return;
    seen.add(r);
    out.push(r);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = r[key];
      if (Array.isArray(list)) for (const b of list) visit(b, depth + 1);
    }
    visit(r.then, depth + 1);
    visit(r.else, depth + 1);
  };
  visit(schema, 0);
  return out;
}

/** The schemas that directly describe a child of a value that `parent` describes. */
function childSchemas(parent: SchemaObject, seg: PathSegment): JsonSchema[] {
  if (typeof seg === 'number') {
    const items = parent.items;
    if (Array.isArray(items)) {
      const item = items[seg];
      if (item !== undefined) return [item];
      return parent.additionalItems !== undefined && parent.additionalItems !== false ? [parent.additionalItems] : [];
    }
    return items !== undefined && items !== false ? [items] : [];
  }
  const named = own(parent.properties, seg);
  const out: JsonSchema[] = named !== undefined ? [named] : [];
  if (isSchemaObject(parent.patternProperties)) {
    for (const pattern of Object.keys(parent.patternProperties)) {
      if (matches(pattern, seg)) out.push(parent.patternProperties[pattern]);
    }
  }
  if (out.length === 0 && parent.additionalProperties !== undefined && parent.additionalProperties !== false) {
    out.push(parent.additionalProperties);
  }
  return out;
}

const regexCache = new Map<string, RegExp | null>();

function matches(pattern: string, name: string): boolean {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return !!re && re.test(name);
}

/** The schemas that apply at a path, each expanded (see `expand`), without duplicates. */
export function schemaAtPath(root: JsonSchema, path: readonly PathSegment[]): SchemaObject[] {
  let current = expand(root, root);
  for (const seg of path) {
    const next: SchemaObject[] = [];
    const seen = new Set<SchemaObject>();
    for (const parent of current) {
      for (const child of childSchemas(parent, seg)) {
        for (const s of expand(root, child)) {
          if (!seen.has(s)) {
            seen.add(s);
            next.push(s);
          }
        }
      }
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current;
}

/** What completion needs to know about one property of an object. */
export interface PropertyInfo {
  name: string;
  /** The schemas of the property's value (expanded). */
  schemas: SchemaObject[];
  required: boolean;
}

/**
 * The named properties an object at this place may have, in schema order. Required are only
 * those every valid value must have: from the schema itself and its allOf, not from the
 * alternatives of anyOf / oneOf / if, which would make every alternative look mandatory.
 */
export function propertiesOf(root: JsonSchema, schemas: readonly SchemaObject[]): PropertyInfo[] {
  const byName = new Map<string, PropertyInfo>();
  for (const s of schemas) {
    if (!isSchemaObject(s.properties)) continue;
    for (const name of Object.keys(s.properties)) {
      const info = byName.get(name) ?? { name, schemas: [], required: false };
      for (const e of expand(root, s.properties[name])) if (!info.schemas.includes(e)) info.schemas.push(e);
      byName.set(name, info);
    }
  }
  for (const name of certainRequired(root, schemas)) {
    const info = byName.get(name);
    if (info) info.required = true;
  }
  return [...byName.values()];
}

function certainRequired(root: JsonSchema, schemas: readonly SchemaObject[]): Set<string> {
  // An expanded list mixes the schemas the path led to with the branches of their anyOf /
  // oneOf / then / else. What the former and their allOf require is certain; the branches only
  // say what one alternative requires, so they are set aside first.
  const out = new Set<string>();
  const seen = new Set<SchemaObject>();
  const visit = (s: JsonSchema | undefined, depth: number): void => {
    const r = resolveRef(root, s);
    if (!r || seen.has(r) || depth > MAX_DEPTH) return;
    seen.add(r);
    if (Array.isArray(r.required)) for (const n of r.required) if (typeof n === 'string') out.add(n);
    if (Array.isArray(r.allOf)) for (const b of r.allOf) visit(b, depth + 1);
  };
  const branches = new Set<SchemaObject>();
  for (const s of schemas) {
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = s[key];
      if (Array.isArray(list)) for (const b of list) for (const e of expand(root, b)) branches.add(e);
    }
    for (const e of [...expand(root, s.then), ...expand(root, s.else)]) branches.add(e);
  }
  for (const s of schemas) if (!branches.has(s)) visit(s, 0);
  return out;
}

/** The JSON types the value may have (union over the schemas); empty when unconstrained. */
export function typesOf(schemas: readonly SchemaObject[]): Set<string> {
  const out = new Set<string>();
  for (const s of schemas) {
    if (typeof s.type === 'string') out.add(s.type);
    else if (Array.isArray(s.type)) for (const t of s.type) if (typeof t === 'string') out.add(t);
  }
  return out;
}

/** The fixed values the value may take: enum and const entries, in schema order. */
export function enumValuesOf(schemas: readonly SchemaObject[]): unknown[] {
  const out: unknown[] = [];
  const add = (v: unknown): void => {
    if (!out.some((o) => o === v)) out.push(v);
  };
  for (const s of schemas) {
    if (Array.isArray(s.enum)) for (const v of s.enum) add(v);
    if (Object.prototype.hasOwnProperty.call(s, 'const')) add(s.const);
  }
  return out;
}

/** The description to show for the value: the first markdownDescription, else description. */
export function descriptionOf(schemas: readonly SchemaObject[]): { markdown: boolean; text: string } | undefined {
  for (const s of schemas) if (typeof s.markdownDescription === 'string' && s.markdownDescription) return { markdown: true, text: s.markdownDescription };
  for (const s of schemas) if (typeof s.description === 'string' && s.description) return { markdown: false, text: s.description };
  return undefined;
}

/** Every defaultSnippets entry of the schemas, in order. */
export function snippetsOf(schemas: readonly SchemaObject[]): DefaultSnippet[] {
  const out: DefaultSnippet[] = [];
  for (const s of schemas) {
    if (!Array.isArray(s.defaultSnippets)) continue;
    for (const d of s.defaultSnippets) if (isSchemaObject(d) && !out.includes(d as DefaultSnippet)) out.push(d as DefaultSnippet);
  }
  return out;
}
