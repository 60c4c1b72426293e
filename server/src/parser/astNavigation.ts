// Walking the YAML AST: from a path to its nodes (for diagnostics on the exact node), and from
// an offset to the path under the cursor (for completion, hover and definition).
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type Document } from 'yaml';

export type PathSegment = string | number;

export interface NodeAtPath {
  /** The mapping pair whose key is the last path segment (absent for sequence items). */
  pair?: Pair<unknown, unknown>;
  key?: YamlNode;
  /** The node at the path itself. */
  value?: YamlNode;
  /** The collection holding the last segment. */
  parent?: YamlNode;
}

/** The string a mapping key stands for (non-scalar keys have none). */
export function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null || key.value === undefined ? undefined : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/**
 * Each mapping's keys, indexed on first use: a problem per key of a 20,000-key mapping looked
 * each one up by a scan of the whole mapping (20,000 keys: 13.9 s). Keyed by the node, so an
 * index goes with its document; checked against the items, so a mapping edited meanwhile (code
 * actions edit a document's nodes) is indexed again.
 */
const keyIndexes = new WeakMap<object, { items: unknown[]; length: number; at: Map<string, number> }>();

function keyIndex(map: { items: Pair<unknown, unknown>[] }): Map<string, number> {
  let entry = keyIndexes.get(map);
  if (!entry || entry.items !== map.items || entry.length !== map.items.length) {
    const at = new Map<string, number>();
    map.items.forEach((item, i) => {
      const name = keyName(item.key);
      // The first pair of a name, as a scan finds it.
      if (name !== undefined && !at.has(name)) at.set(name, i);
    });
    entry = { items: map.items, length: map.items.length, at };
    keyIndexes.set(map, entry);
  }
  return entry.at;
}

/** A mapping whose pairs were replaced in place (blockSplice.ts): its index is built again when asked. */
export function forgetKeyIndex(map: object): void {
  keyIndexes.delete(map);
}

export function findPair(map: YamlNode | undefined | null, name: string): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  const items = map.items as Pair<unknown, unknown>[];
  const i = keyIndex(map as { items: Pair<unknown, unknown>[] }).get(name);
  if (i === undefined) return undefined;
  if (keyName(items[i]?.key) === name) return items[i];
  // A key renamed in place since it was indexed: the scan answers, the index is built again.
  keyIndexes.delete(map);
  for (const item of items) if (keyName(item.key) === name) return item;
  return undefined;
}

/** The nodes at a path such as ['criteria', 2, 'fact']; as far as the document goes. */
export function findAtPath(doc: Document | undefined, path: readonly PathSegment[]): NodeAtPath | undefined {
  let node = doc?.contents as YamlNode | null | undefined;
  let found: NodeAtPath = { value: node ?? undefined };
  for (const seg of path) {
    if (!node) return undefined;
    if (isMap(node)) {
      const pair = findPair(node, String(seg));
      if (!pair) return undefined;
      found = { pair, key: pair.key as YamlNode, value: (pair.value as YamlNode | null) ?? undefined, parent: node };
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) return undefined;
      found = { value: item, parent: node };
      node = item;
    } else {
      return undefined;
    }
  }
  return found;
}

export interface CursorLocation {
  /** Path of the innermost node holding the offset: for a key or its value, the path includes the key. */
  path: PathSegment[];
  /** The cursor is on a mapping key (completion of keys, hover of a property). */
  onKey: boolean;
  /** Innermost mapping pair holding the offset. */
  pair?: Pair<unknown, unknown>;
  /** Innermost node holding the offset (a scalar, or a collection if between its items). */
  node?: YamlNode;
}

function contains(node: unknown, offset: number, text: string): boolean {
  const r = (node as YamlNode | null)?.range;
  if (!r || offset < r[0]) return false;
  // A block collection that ends where the next line starts: that offset belongs to the next
  // key. One that ends mid-line (the document's last "fact: ") still holds its end.
  if ((isMap(node) || isSeq(node)) && !node.flow && offset === r[1]) {
    const before = text.charCodeAt(r[1] - 1);
    return !(before === 10 || before === 13);
  }
  return offset <= r[1];
}

/**
 * Where an offset (in the YAML text) falls. A pair whose value is empty ("fact: |") counts
 * as holding the offsets up to the end of its line, so completion after "fact: " finds it.
 */
export function locate(doc: Document | undefined, offset: number, text: string): CursorLocation {
  const loc: CursorLocation = { path: [], onKey: false };
  let node = doc?.contents as YamlNode | null | undefined;
  for (let guard = 0; node && guard < 1000; guard++) {
    loc.node = node;
    if (isMap(node)) {
      let next: YamlNode | undefined;
      for (const item of node.items) {
        const pair = item as Pair<unknown, unknown>;
        const name = keyName(pair.key) ?? '';
        if (contains(pair.key, offset, text)) {
          loc.path.push(name);
          loc.onKey = true;
          loc.pair = pair;
          loc.node = pair.key as YamlNode;
          return loc;
        }
        if (contains(pair.value, offset, text) && !isEmptyScalar(pair.value)) {
          loc.path.push(name);
          loc.pair = pair;
          next = pair.value as YamlNode;
          break;
        }
        if (isEmptyValueOnLine(pair, offset, text)) {
          loc.path.push(name);
          loc.pair = pair;
          loc.node = (pair.value as YamlNode | null) ?? undefined;
          return loc;
        }
      }
      if (!next) return loc;
      node = next;
    } else if (isSeq(node)) {
      let next: YamlNode | undefined;
      node.items.forEach((item, i) => {
        if (!next && contains(item, offset, text) && !isEmptyScalar(item)) {
          loc.path.push(i);
          next = item as YamlNode;
        }
      });
      if (!next) return loc;
      node = next;
    } else {
      return loc;
    }
  }
  return loc;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === '') && (node.source ?? '') === '';
}

/** "key: " with nothing after it: the cursor anywhere after the colon on that line. */
function isEmptyValueOnLine(pair: Pair<unknown, unknown>, offset: number, text: string): boolean {
  if (pair.value !== null && !isEmptyScalar(pair.value)) return false;
  const keyEnd = (pair.key as YamlNode | null)?.range?.[1];
  if (keyEnd === undefined || offset < keyEnd) return false;
  const between = text.slice(keyEnd, offset);
  return /^\s*:[^\n\r]*$/.test(between);
}

export { isMap, isSeq, isScalar, isPair };
