// Completion: keys, enum values and snippets from the JSON Schema, fact names and
// option values from the profile. Works from the parsed document only — never parses again —
// and from the text of the cursor's line for what the AST of half-typed YAML does not show.
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { MATCHERS, MATCHERS_BY_TYPE, type Position } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { PathSegment } from '../parser/astNavigation';
import { isObject } from '../model/profileModel';
import type { FeatureContext } from '../model/featureContext';
import { schemaFor } from '../schema/schemas';
import { schemaAtPath, typesOf } from '../schema/schemaWalker';
import { asListValue, cursorContext, type CursorContext } from './completion/cursorContext';
import { allowsObject, allowsScalar, keyItems, valueItems } from './completion/schemaItems';
import { vocabularyKeyItems, vocabularyValueItems } from './completion/vocabularyItems';
import { factIndex } from './completion/factInfo';
import { pathItems, pathKindAt } from './completion/pathItems';
import { placeholderCompletions } from './replyPlaceholders';

type KeyContext = Extract<CursorContext, { kind: 'key' }>;
type ValueContext = Extract<CursorContext, { kind: 'value' }>;

export function doComplete(parsed: ParsedDocument, position: Position, ctx: FeatureContext): CompletionList {
  // Inside a reply template (free text, where no key or value is typed): its placeholders.
  const placeholders = placeholderCompletions(parsed, position);
  if (placeholders) return { isIncomplete: false, items: placeholders };
  const cursor = cursorContext(parsed, position);
  const items = cursor ? (cursor.kind === 'key' ? completeKey(parsed, cursor, ctx) : completeValue(parsed, cursor, ctx)) : [];
  return { isIncomplete: false, items: dedupe(items) };
}

function completeKey(parsed: ParsedDocument, cursor: KeyContext, ctx: FeatureContext): CompletionItem[] {
  const root = schemaFor(parsed.kind);
  const schemas = schemaAtPath(root, cursor.parent);
  const items: CompletionItem[] = [];

  // Under a key whose value is a list, a new line starts an item: the item's keys, after "- ".
  const types = typesOf(schemas);
  const isList = cursor.needsDash || (types.has('array') && !allowsObject(schemas));
  if (isList && !cursor.afterDash) {
    const itemPath = [...cursor.parent, 0];
    const itemSchemas = schemaAtPath(root, itemPath);
    if (allowsObject(itemSchemas)) {
      items.push(...keyItems(root, itemSchemas, {
        range: cursor.range, existing: new Set(), hasColon: cursor.hasColon, extraIndent: cursor.extraIndent, dashPrefix: !cursor.hasColon,
      }));
    }
    return items;
  }

  if (allowsObject(schemas) || schemas.length === 0) {
    const vocab = vocabularyKeyItems(parsed, cursor.parent, cursor.range, cursor.existing, cursor.hasColon, ctx.profile);
    items.push(...vocab.items);
    items.push(...keyItems(root, schemas, {
      range: cursor.range, existing: cursor.existing, hasColon: cursor.hasColon, extraIndent: cursor.extraIndent, dashPrefix: false,
      hidden: unfitKeys(parsed, cursor.parent, ctx),
    }));
  }
  // "- |" in a list of plain values (options, a matcher's list): the item is a value.
  if (cursor.afterDash && allowsScalar(schemas) && !cursor.hasColon) {
    const asValue = asListValue(cursor, parsed);
    if (asValue) items.push(...completeValue(parsed, asValue, ctx));
  }
  // A line under a key whose value is a scalar ("fact:\n    |"): the value, on its own line.
  if (!cursor.afterDash && !allowsObject(schemas) && schemas.length > 0 && cursor.parent.length > 0 && !cursor.hasColon) {
    items.push(...completeValue(parsed, {
      kind: 'value', path: cursor.parent, word: cursor.word, range: cursor.range, inList: false, existing: new Set(), extraIndent: cursor.extraIndent,
    }, ctx));
  }
  return items;
}

function completeValue(parsed: ParsedDocument, cursor: ValueContext, ctx: FeatureContext): CompletionItem[] {
  const pathKind = pathKindAt(parsed, cursor.path);
  if (pathKind) return pathItems(pathKind, cursor.word, cursor.range, ctx);
  const root = schemaFor(parsed.kind);
  const schemas = schemaAtPath(root, cursor.path);
  const vocab = vocabularyValueItems(parsed, cursor.path, cursor.range, cursor.existing, cursor.inList, ctx.profile);
  return [
    ...vocab.items,
    ...valueItems(schemas, {
      range: cursor.range, existing: cursor.existing, inList: cursor.inList, extraIndent: cursor.extraIndent,
      booleans: !vocab.claimed, snippets: cursor.word === '',
    }),
  ];
}

/**
 * Keys of a criterion that cannot fit it: the matchers of other fact types once its fact is
 * known (docs/reference.md, “Matchers”), and `weight` on a dealbreaker.
 */
function unfitKeys(parsed: ParsedDocument, parent: readonly PathSegment[], ctx: FeatureContext): Set<string> | undefined {
  if (parsed.kind !== 'profile' || parent.length !== 2 || parent[0] !== 'criteria' || typeof parent[1] !== 'number') return undefined;
  const value = parsed.value;
  const criterion: unknown = isObject(value) && Array.isArray(value.criteria) ? value.criteria[parent[1]] : undefined;
  if (!isObject(criterion)) return undefined;
  const hidden = new Set<string>();
  if (criterion.dealbreaker === true) hidden.add('weight');
  const fact = ctx.profile && typeof criterion.fact === 'string' ? factIndex(ctx.profile.profile).byName.get(criterion.fact) : undefined;
  if (fact) for (const m of MATCHERS) if (!MATCHERS_BY_TYPE[fact.type].includes(m)) hidden.add(m);
  return hidden;
}

/** The profile's words first; a schema item with the same label adds nothing. */
function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const key = `${it.kind}:${it.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
