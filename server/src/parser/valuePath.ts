// Copy-on-write updates of a document's plain value along a path of keys and indices: an edit
// replaces one part of the value and leaves every other object as it was (shared, never mutated).

export type PathSegment = string | number;

/** The part of `value` at `path`, or undefined when the value does not have this path. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const head of path) {
    if (Array.isArray(v) && typeof head === 'number' && head < v.length) v = v[head];
    else if (isRecord(v) && typeof head === 'string' && Object.prototype.hasOwnProperty.call(v, head)) v = v[head];
    else return undefined;
  }
  return v;
}

/** `value` with the part at `path` replaced by `leaf`; every object on the way copied, nothing mutated. */
export function withLeaf(value: unknown, path: readonly PathSegment[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number' && head < value.length) {
    const copy = value.slice();
    copy[head] = withLeaf(value[head], rest, leaf);
    return copy;
  }
  if (isRecord(value) && typeof head === 'string' && head !== '__proto__' && Object.prototype.hasOwnProperty.call(value, head)) {
    return { ...value, [head]: withLeaf(value[head], rest, leaf) };
  }
  throw new Error('the value does not have this path');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
