// After a YAML syntax error the parser's recovery often builds values the writer never meant (a
// duplicated key's second, broken value replaces the first; an unclosed `[` swallows the lines
// after it), and the schema and meaning checks would then mark valid lines: one slip gave five
// problems, two of them on a correct `budget: 8000 EUR`. The rule: while a document has a syntax
// error, the schema and meaning problems of the top-level entry that holds the first error, and of
// everything after it, are left out; the entries before it are checked as usual. Fixing the
// syntax brings the rest back. (An error between two entries counts for the one before it.)
import { isMap, isNode } from 'yaml';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { Problem } from '../../model/problem';

/** `problems` without those that may only echo a syntax error in `parsed`. */
export function withoutSyntaxEchoes(parsed: ParsedDocument, problems: Problem[]): Problem[] {
  const syntax = new Set(parsed.problems);
  const cut = echoStart(parsed);
  if (cut === undefined) return problems;
  return problems.filter((p) => syntax.has(p) || parsed.lines.offsetAt(p.range.end) < cut);
}

/**
 * Where the echoes may start (an offset in the file): the start of the top-level entry holding
 * the first syntax error — or, when the error lies between entries (a tab before a key), of the
 * entry before it, which the error cut short. Undefined when there is no syntax error.
 */
function echoStart(parsed: ParsedDocument): number | undefined {
  const errors = parsed.problems.filter((p) => p.severity === 'error' && p.code === 'yaml-syntax');
  if (!errors.length) return undefined;
  const first = Math.min(...errors.map((p) => parsed.lines.offsetAt(p.range.start)));
  const root = parsed.yaml?.contents;
  if (!isMap(root)) return first;
  const at = first - parsed.yamlOffset;
  let start: number | undefined;
  for (const pair of root.items) {
    const keyStart = isNode(pair.key) ? pair.key.range?.[0] : undefined;
    if (keyStart !== undefined && keyStart <= at) start = keyStart;
  }
  return start === undefined ? first : Math.min(first, parsed.yamlOffset + start);
}
