// Rewriting a path written in a profile or prospect (a prospect's `profile:`, a lesson's
// `prospect:`) when the file it names, or the file it is written in, is renamed or moved. Only
// the scalar itself is replaced, in the quoting it was written in: comments, spacing and the
// rest of the file stay as they are.
import { isScalar, Scalar, type Node as YamlNode } from 'yaml';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-types';
import { nodeRange, type ParsedDocument } from '../parser/parsedDocument';
import { findAtPath, type PathSegment } from '../parser/astNavigation';

/** A path written in a document, with the node it is written in. */
export interface WrittenPath {
  written: string;
  node: Scalar;
}

/** The prospect's `profile:`, or each lesson's `prospect:` of a profile. */
export function writtenPaths(parsed: ParsedDocument): WrittenPath[] {
  const at = (p: readonly PathSegment[]): WrittenPath | undefined => {
    const node = findAtPath(parsed.yaml, p)?.value;
    return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? { written: node.value, node } : undefined;
  };
  if (parsed.kind === 'prospect') {
    const w = at(['profile']);
    return w ? [w] : [];
  }
  const lessons = findAtPath(parsed.yaml, ['lessons'])?.value as YamlNode | undefined;
  const count = lessons && 'items' in lessons && Array.isArray(lessons.items) ? lessons.items.length : 0;
  const out: WrittenPath[] = [];
  for (let i = 0; i < count; i++) {
    const w = at(['lessons', i, 'prospect']);
    if (w) out.push(w);
  }
  return out;
}

/**
 * The path from a file at `fromFsPath` to `toFsPath`, as a profile or prospect writes it: relative,
 * with "/", and with a leading "./" when the old one had it.
 */
export function relativePath(fromFsPath: string, toFsPath: string, old: string): string {
  let rel = path.relative(path.dirname(fromFsPath), toFsPath).split(path.sep).join('/');
  if (old.startsWith('./') && !rel.startsWith('../')) rel = `./${rel}`;
  return rel;
}

/** The edit writing `value` in place of the scalar `node`, in the scalar's own quoting. */
export function replaceScalar(parsed: ParsedDocument, node: Scalar, value: string): TextEdit {
  const range = nodeRange(parsed, node);
  let text: string;
  if (node.type === Scalar.QUOTE_SINGLE) text = `'${value.replace(/'/g, "''")}'`;
  else if (node.type === Scalar.QUOTE_DOUBLE || !plainIsSafe(value)) text = JSON.stringify(value);
  else text = value;
  return { range, newText: text };
}

/** Whether a path can stand unquoted in YAML and be read back as the same text. */
function plainIsSafe(value: string): boolean {
  return /^[A-Za-z0-9_./][^:#'"]*$/.test(value) && !/\s$/.test(value) && !value.includes(': ') && !value.includes(' #');
}
