// Finds the YAML front matter of a Markdown prospect: a first line "---", the YAML, a closing
// "---" (or "...") line; the rest is the Markdown body, which holds the prospect's notes.

export type FrontMatter =
  | { kind: 'none' }
  | { kind: 'unterminated'; openStart: number; openEnd: number }
  | { kind: 'found'; yamlStart: number; yamlEnd: number; bodyStart: number };

export function splitFrontMatter(text: string): FrontMatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(text.slice(bom, bom + 8));
  if (!open) return { kind: 'none' };
  const yamlStart = bom + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  let pos = yamlStart;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    if (close.test(line)) {
      return { kind: 'found', yamlStart, yamlEnd: pos, bodyStart: nl < 0 ? text.length : nl + 1 };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { kind: 'unterminated', openStart: bom, openEnd: bom + 3 };
}
