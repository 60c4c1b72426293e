// Schema errors (docs/reference.md, “Problems the editor reports”): the document's value checked
// against schemas/*.schema.json with ajv, every error put on the exact YAML node and said in plain
// words. ajv reports one problem several times (allErrors), and wraps alternatives (oneOf, if/then)
// in generic errors; those become one clear sentence each, and a wrapper is dropped when a specific
// error says more.
import * as l10n from '@vscode/l10n';
import { isMap, type Node as YamlNode } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Range } from '../../../../shared/src/types';
import { MATCHERS } from '../../../../shared/src/types';
import { nodeRange, type ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath, findPair, type PathSegment } from '../../parser/astNavigation';
import type { Problem } from '../../model/problem';
import { schemaFor, validatorFor } from '../../schema/schemas';
import { propertiesOf, resolveRef, schemaAtPath, type JsonSchema, type SchemaObject } from '../../schema/schemaWalker';
import {
  firstSentence, foundWords, patternWords, propertyHint, typesWords, valueWords,
} from '../../schema/schemaWords';
import { closest } from './didYouMean';
import { schemaDescription, schemaText } from '../../schema/keyWords';
import { uiLanguage } from '../../model/uiLanguage';
import { firstLine, hasRange, isEmptyNull, rangeAtPath } from './problemHelpers';

/** A hostile file may have thousands of errors; an editor shows this many at most. */
const MAX_PROBLEMS = 1000;

interface SchemaError {
  e: ErrorObject;
  /** The instance path as YAML path segments (numbers for list items). */
  path: PathSegment[];
}

export function validateAgainstSchema(parsed: ParsedDocument): Problem[] {
  if (parsed.value === undefined) return [];
  const validate = validatorFor(parsed.kind);
  if (validate(parsed.value)) return [];
  // Copied at once: the next validation overwrites validate.errors.
  const errors = (validate.errors ?? []).map((e): SchemaError => ({ e, path: toPath(parsed.value, e.instancePath) }));
  const mapper = new ErrorMapper(parsed, schemaFor(parsed.kind));
  const out: Problem[] = [];
  const seen = new Set<string>();
  const mapped = mapper.map(errors).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const p of mapped) {
    const key = `${p.range.start.line}:${p.range.start.character}:${p.range.end.line}:${p.range.end.character}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
    if (out.length >= MAX_PROBLEMS) break;
  }
  return out;
}

/** "/criteria/0/fact" → ["criteria", 0, "fact"], with numbers exactly where the data has lists. */
function toPath(value: unknown, pointer: string): PathSegment[] {
  if (!pointer) return [];
  const out: PathSegment[] = [];
  let cur: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = typeof cur === 'object' && cur !== null && Object.prototype.hasOwnProperty.call(cur, seg)
        ? (cur as Record<string, unknown>)[seg]
        : undefined;
    }
  }
  return out;
}

function isUnder(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer + '/');
}

function isSchemaObject(s: unknown): s is SchemaObject {
  return typeof s === 'object' && s !== null && !Array.isArray(s);
}

class ErrorMapper {
  constructor(private readonly parsed: ParsedDocument, private readonly root: JsonSchema) {}

  map(errors: SchemaError[]): Problem[] {
    const out: Problem[] = [];
    const consumed = new Set<SchemaError>();

    // Alternatives first: a oneOf/anyOf error owns every error reported inside its branches.
    const combinators = errors.filter((x) => x.e.keyword === 'oneOf' || x.e.keyword === 'anyOf');
    const outermost = combinators.filter((c) => !combinators.some((o) => o !== c && this.isInside(c, o)));
    for (const c of outermost) {
      const inner = errors.filter((x) => x !== c && this.isInside(x, c));
      for (const x of inner) consumed.add(x);
      consumed.add(c);
      out.push(...this.alternatives(c, inner));
    }

    // if/then: the specific errors of `then` / `else` say more than "must match then".
    for (const x of errors) {
      if (consumed.has(x) || x.e.keyword !== 'if') continue;
      const base = x.e.schemaPath.replace(/\/if$/, '');
      const branchErrors = errors.filter((y) => y !== x && (isUnder(y.e.schemaPath, `${base}/then`) || isUnder(y.e.schemaPath, `${base}/else`)));
      consumed.add(x);
      if (branchErrors.length > 0) {
        const condition = isSchemaObject(x.e.parentSchema) ? x.e.parentSchema.if : undefined;
        for (const y of branchErrors) {
          if (consumed.has(y)) continue;
          consumed.add(y);
          out.push(...this.simple(y, errors, condition as JsonSchema | undefined));
        }
      } else {
        out.push(this.at(this.valueRange(x.path), l10n.t('This does not meet the conditions of the schema here.')));
      }
    }

    for (const x of errors) if (!consumed.has(x)) out.push(...this.simple(x, errors));
    return out;
  }

  /** Whether error x was reported inside a branch of combinator c. */
  private isInside(x: SchemaError, c: SchemaError): boolean {
    return x.e.schemaPath.startsWith(c.e.schemaPath + '/') && isUnder(x.e.instancePath, c.e.instancePath);
  }

  // ----- oneOf / anyOf -------------------------------------------------------------------------

  private alternatives(c: SchemaError, inner: SchemaError[]): Problem[] {
    const branches = Array.isArray(c.e.schema) ? (c.e.schema as JsonSchema[]).map((b) => resolveRef(this.root, b)) : [];
    const data = c.e.data;
    // "Exactly one of these keys": every branch only requires some keys (the criterion matchers).
    const keySets = branches.map((b) => (b && Object.keys(b).every((k) => k === 'required' || k === 'title' || k === 'description') && Array.isArray(b.required) ? b.required : undefined));
    if (keySets.length > 0 && keySets.every((k) => k !== undefined) && isSchemaObject(data)) {
      const keys = [...new Set((keySets as string[][]).flat())];
      const present = keys.filter((k) => Object.prototype.hasOwnProperty.call(data, k));
      return [this.keyChoice(c, keys, present)];
    }
    const passing = (c.e.params as { passingSchemas?: unknown }).passingSchemas;
    if (c.e.keyword === 'oneOf' && Array.isArray(passing) && passing.length > 1) {
      return [this.at(this.valueRange(c.path), l10n.t('This fits more than one of the allowed forms; it must fit exactly one.'))];
    }
    // Otherwise the branch that came closest speaks: the fewest errors, the deepest first.
    const byBranch = new Map<string, SchemaError[]>();
    for (const x of inner) {
      const branch = x.e.schemaPath.slice(c.e.schemaPath.length + 1).split('/')[0];
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), x]);
    }
    let best: SchemaError[] | undefined;
    for (const list of byBranch.values()) {
      const depth = Math.max(...list.map((x) => x.path.length));
      const bestDepth = best ? Math.max(...best.map((x) => x.path.length)) : -1;
      if (!best || depth > bestDepth || (depth === bestDepth && list.length < best.length)) best = list;
    }
    if (best && best.length > 0) return this.map(best);
    const parentWords = isSchemaObject(c.e.parentSchema) ? schemaDescription(c.e.parentSchema) : undefined;
    const described = parentWords !== undefined ? ' ' + firstSentence(parentWords) + '.' : '';
    return [this.at(this.valueRange(c.path), l10n.t('This value does not have any of the allowed forms.') + described)];
  }

  private keyChoice(c: SchemaError, keys: string[], present: string[]): Problem {
    const isMatcher = keys.every((k) => (MATCHERS as readonly string[]).includes(k));
    const list = keys.join(', ');
    if (present.length === 0) {
      const message = isMatcher
        ? l10n.t('A criterion needs exactly one matcher ({0}); this one has none.', list)
        : l10n.t('Exactly one of these is needed: {0}; there is none.', list);
      return this.at(this.objectAnchor(c.path), message);
    }
    const both = l10n.t('{0} and {1}', present.slice(0, -1).join(', '), present[present.length - 1]);
    const message = isMatcher
      ? l10n.t('A criterion needs exactly one matcher ({0}); this one has {1}.', list, both)
      : l10n.t('Exactly one of these is allowed: {0}; there are {1}.', list, both);
    // On the matcher that is one too many: the user keeps the first and removes the others.
    return this.at(this.keyRange(c.path, present[1]), message);
  }

  // ----- one keyword, one message ---------------------------------------------------------

  private simple(x: SchemaError, all: SchemaError[], condition?: JsonSchema): Problem[] {
    const { e, path } = x;
    const params = e.params as Record<string, unknown>;
    const schema = isSchemaObject(e.parentSchema) ? e.parentSchema : {};
    switch (e.keyword) {
      case 'required': {
        const name = String(params.missingProperty ?? '');
        const propSchemas = this.propertySchemas(schema, path, name);
        const hint = propertyHint(name, propSchemas);
        const message = hint
          ? l10n.t('Missing required property "{0}" ({1}).', name, hint)
          : l10n.t('Missing required property "{0}".', name);
        return [this.at(this.objectAnchor(path), message)];
      }
      case 'additionalProperties': {
        const name = String(params.additionalProperty ?? '');
        const present = isSchemaObject(e.data) ? Object.keys(e.data) : [];
        const known = propertiesOf(this.root, schemaAtPath(this.root, path)).map((p) => p.name).filter((n) => !present.includes(n));
        const replacement = closest(name, known);
        const message = replacement !== undefined
          ? l10n.t('Unknown property "{0}". Did you mean "{1}"?', name, replacement)
          : known.length > 0
            ? l10n.t('Unknown property "{0}". Allowed here: {1}.', name, known.join(', '))
            : l10n.t('Unknown property "{0}": nothing more is allowed here.', name);
        const p = this.at(this.keyRange(path, name), message);
        if (replacement !== undefined) p.data = { replacement };
        return [p];
      }
      case 'false schema': {
        const name = path[path.length - 1];
        return [this.at(this.keyRange(path.slice(0, -1), String(name)), l10n.t('"{0}" is not allowed here.', String(name)))];
      }
      case 'not':
        return this.not(x, condition);
      case 'type': {
        const types = Array.isArray(params.type) ? (params.type as string[]) : String(params.type ?? '').split(',');
        if (path.length === 0) {
          const required = Array.isArray(schema.required) ? schema.required.join(', ') : '';
          const message = required
            ? l10n.t('This file should be a mapping (key: value pairs) with at least: {0}.', required)
            : l10n.t('This file should be a mapping (key: value pairs).');
          return [this.at(firstLine(this.parsed), message)];
        }
        return [this.at(this.valueRange(path), l10n.t('Expected {0}, found {1}.', typesWords(types), foundWords(e.data)))];
      }
      case 'enum': {
        const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(valueWords).join(', ') : '';
        return [this.at(this.valueRange(path), l10n.t('{0} is not allowed here. Expected one of: {1}.', capitalise(foundWords(e.data)), allowed))];
      }
      case 'const':
        return [this.at(this.valueRange(path), l10n.t('Expected {0}, found {1}.', valueWords(params.allowedValue), foundWords(e.data)))];
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        return [this.at(this.valueRange(path), this.limitMessage(e.keyword, params.limit, e.data))];
      case 'pattern':
        return [this.pattern(x)];
      case 'propertyNames': {
        const name = String(params.propertyName ?? '');
        // The specific error (pattern, …) of the same name already said it.
        if (all.some((y) => y !== x && y.e.propertyName === name && y.e.instancePath === e.instancePath)) return [];
        return [this.at(this.keyRange(path, name), l10n.t('"{0}" is not a valid name here.', name))];
      }
      case 'format':
        return [this.at(this.valueRange(path), this.formatMessage(String(params.format ?? ''), e.data))];
      case 'minLength':
        return [this.at(this.valueRange(path), Number(params.limit) <= 1
          ? l10n.t('This must not be empty.')
          : l10n.t('Expected at least {0} characters.', String(params.limit)))];
      case 'maxLength':
        return [this.at(this.valueRange(path), l10n.t('Expected at most {0} characters.', String(params.limit)))];
      case 'minItems':
        return [this.at(this.valueRange(path), Number(params.limit) === 1
          ? l10n.t('The list must have at least one entry.')
          : l10n.t('The list must have at least {0} entries, found {1}.', String(params.limit), Array.isArray(e.data) ? e.data.length : 0))];
      case 'maxItems':
        return [this.at(this.valueRange(path), l10n.t('The list may have at most {0} entries, found {1}.', String(params.limit), Array.isArray(e.data) ? e.data.length : 0))];
      case 'minProperties':
        return [this.at(this.valueRange(path), Number(params.limit) === 1
          ? l10n.t('Add at least one entry here.')
          : l10n.t('Add at least {0} entries here.', String(params.limit)))];
      case 'maxProperties':
        return [this.at(this.valueRange(path), l10n.t('At most {0} entries are allowed here.', String(params.limit)))];
      case 'uniqueItems':
        return [this.at(this.valueRange([...path, Number(params.i)]), l10n.t('Each entry of this list must be different: entries {0} and {1} are the same.', Number(params.j) + 1, Number(params.i) + 1))];
      case 'dependencies':
      case 'dependentRequired':
        return [this.at(this.keyRange(path, String(params.property ?? '')), l10n.t('"{0}" needs "{1}" as well.', String(params.property ?? ''), String(params.missingProperty ?? params.deps ?? '')))];
      case 'oneOf':
      case 'anyOf':
        return this.alternatives(x, []);
      case 'if':
        return [];
      default: {
        const words = schemaDescription(schema);
        const d = words !== undefined ? ' ' + firstSentence(words) + '.' : '';
        return [this.at(this.valueRange(path), l10n.t('This value is not valid here.') + d)];
      }
    }
  }

  /** `not: { required: [weight] }` under an if: "weight" is not allowed together with "dealbreaker: true". */
  private not(x: SchemaError, condition?: JsonSchema): Problem[] {
    const forbidden = isSchemaObject(x.e.schema) && Array.isArray(x.e.schema.required) ? x.e.schema.required.filter((k): k is string => typeof k === 'string') : [];
    const data = x.e.data;
    const present = isSchemaObject(data) ? forbidden.filter((k) => Object.prototype.hasOwnProperty.call(data, k)) : [];
    if (present.length === 0) return [this.at(this.valueRange(x.path), l10n.t('This value is not allowed here.'))];
    const when = conditionWords(this.root, condition);
    return present.map((k) => this.at(this.keyRange(x.path, k), when
      ? l10n.t('"{0}" is not allowed together with {1}.', k, when)
      : l10n.t('"{0}" is not allowed here.', k)));
  }

  private pattern(x: SchemaError): Problem {
    const { e, path } = x;
    const pattern = String((e.params as { pattern?: unknown }).pattern ?? '');
    const words = patternWords(pattern);
    const schema = isSchemaObject(e.parentSchema) ? e.parentSchema : {};
    if (e.propertyName !== undefined) {
      // A key of a mapping (propertyNames): a fact name under facts:, a fact under when:.
      const name = e.propertyName;
      return this.at(this.keyRange(path, name), words
        ? l10n.t('"{0}" is not a valid name: use {1}.', name, words)
        : l10n.t('"{0}" is not a valid name here.', name));
    }
    // German nouns keep their capital; an English title is lowercased inside the sentence.
    const title = typeof schema.title === 'string' ? schemaText(schema.title) : undefined;
    const subject = title === undefined ? l10n.t('value') : uiLanguage() === 'de' ? title : title.toLowerCase();
    if (words) return this.at(this.valueRange(path), l10n.t('{0} is not a valid {1}: use {2}.', capitalise(foundWords(e.data)), subject, words));
    const described = schemaDescription(schema);
    const d = described !== undefined ? ' ' + firstSentence(described) + '.' : '';
    return this.at(this.valueRange(path), l10n.t('{0} is not a valid {1}.', capitalise(foundWords(e.data)), subject) + d);
  }

  private limitMessage(keyword: string, limit: unknown, data: unknown): string {
    const n = String(limit);
    const found = foundWords(data);
    switch (keyword) {
      case 'minimum': return l10n.t('Expected a number of at least {0}, found {1}.', n, found);
      case 'maximum': return l10n.t('Expected a number of at most {0}, found {1}.', n, found);
      case 'exclusiveMinimum': return l10n.t('Expected a number greater than {0}, found {1}.', n, found);
      default: return l10n.t('Expected a number less than {0}, found {1}.', n, found);
    }
  }

  private formatMessage(format: string, data: unknown): string {
    const found = foundWords(data);
    switch (format) {
      case 'date': return l10n.t('Expected a date written YYYY-MM-DD (such as 2026-11-20), found {0}.', found);
      case 'date-time': return l10n.t('Expected a date and time such as 2026-11-20T14:30:00Z, found {0}.', found);
      case 'email': return l10n.t('Expected an e-mail address, found {0}.', found);
      case 'uri':
      case 'uri-reference': return l10n.t('Expected a web address (URI), found {0}.', found);
      default: return l10n.t('Expected a value in the format "{0}", found {1}.', format, found);
    }
  }

  // ----- where --------------------------------------------------------------------------------

  private at(range: Range, message: string): Problem {
    return { range, severity: 'error', message, code: 'schema' };
  }

  /** The schemas of a property: from the schema that requires it, else by walking the root. */
  private propertySchemas(schema: SchemaObject, path: PathSegment[], name: string): SchemaObject[] {
    const direct = isSchemaObject(schema.properties) && Object.prototype.hasOwnProperty.call(schema.properties, name)
      ? resolveRef(this.root, schema.properties[name])
      : undefined;
    return direct ? [direct] : schemaAtPath(this.root, [...path, name]);
  }

  /** The value at a path (see rangeAtPath); where the path is not in the document, the nearest ancestor's value. */
  private valueRange(path: readonly PathSegment[]): Range {
    return rangeAtPath(this.parsed, path, 'value', 'value');
  }

  /** The key `name` in the mapping at `path`; the mapping itself if the key is not there. */
  private keyRange(path: readonly PathSegment[], name: string): Range {
    const map = findAtPath(this.parsed.yaml, path)?.value;
    const pair = findPair(map, name);
    if (pair && hasRange(pair.key)) return nodeRange(this.parsed, pair.key as YamlNode);
    return this.objectAnchor(path);
  }

  /**
   * Where to report something about a whole mapping: the key that holds it ("facts", a fact's
   * name); for a list item, its first key (the line of the "- "); for the root, the first line.
   */
  private objectAnchor(path: readonly PathSegment[]): Range {
    if (path.length === 0) return firstLine(this.parsed);
    const at = findAtPath(this.parsed.yaml, path);
    if (typeof path[path.length - 1] === 'number') {
      const item = at?.value;
      if (isMap(item) && item.items.length > 0 && hasRange(item.items[0].key)) return nodeRange(this.parsed, item.items[0].key as YamlNode);
      if (hasRange(item) && !isEmptyNull(item)) return nodeRange(this.parsed, item);
      return this.valueRange(path.slice(0, -1));
    }
    if (at && hasRange(at.key)) return nodeRange(this.parsed, at.key);
    return this.valueRange(path);
  }
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The `if` of an if/then in words: `"dealbreaker: true"`, or `"x"` for a key that is required. */
function conditionWords(root: JsonSchema, condition: JsonSchema | undefined): string | undefined {
  const c = resolveRef(root, condition);
  if (!c) return undefined;
  const parts: string[] = [];
  const props = isSchemaObject(c.properties) ? c.properties : {};
  for (const name of Object.keys(props)) {
    const p = resolveRef(root, props[name]);
    if (p && Object.prototype.hasOwnProperty.call(p, 'const')) parts.push(`"${name}: ${valueWords(p.const)}"`);
    else if (p && Array.isArray(p.enum) && p.enum.length === 1) parts.push(`"${name}: ${valueWords(p.enum[0])}"`);
  }
  if (Array.isArray(c.required)) {
    for (const name of c.required) if (typeof name === 'string' && !Object.prototype.hasOwnProperty.call(props, name)) parts.push(`"${name}"`);
  }
  return parts.length > 0 ? parts.join(l10n.t(' and ')) : undefined;
}
