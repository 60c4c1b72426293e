// Text that people wrote (names, reasons, questions, paths, error messages) put into Markdown:
// it must read as the text it is, never as Markdown or HTML of its own — a name with a newline
// must not end a table row or start a heading, and "<img src=x>" must not become an image.

/** Markdown's own characters, and `$` (math in the VS Code preview): each escaped with a backslash. */
const STRUCTURE = /[\\`*_[\]<>|~$]/g;
/** "&amp;", "&#60;": an entity would be decoded; a lone "&" (Lindner & Söhne) stays as it is. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/**
 * What would start a block where the text starts a line or a list item: a heading ("# "), a list
 * item ("- ", "+ ", "1. ", "1) "), a rule or setext underline ("---", "==="). Only these: "#tag",
 * "-5" and a date "1.12.2026" need no backslash.
 */
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+=](?=[-+=\s]|$)|\d{1,9}[.)](?=\s|$))/;
/** "#"s that would close a heading ("## Name ##"): at the end, after a space. */
const CLOSING_HASHES = /(\s)(#+)$/;

/**
 * `s` as Markdown text on one line, for a table cell, a heading or a list item: whitespace and
 * line breaks collapsed into one space, Markdown structure and raw HTML escaped.
 */
export function markdownText(s: string): string {
  // Runs of whitespace other than the no-break spaces: those keep "5.000 €", "1 Tag" and "29 %"
  // on one line, as the words were written (\s would turn them into plain spaces).
  return s.replace(/[^\S\u00A0\u202F]+/g, ' ').trim()
    .replace(STRUCTURE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`))
    .replace(CLOSING_HASHES, '$1\\$2');
}

/**
 * A link to `target` (a relative path or a URI) reading `text`. The target in angle brackets, so
 * that spaces and parentheses in it need no encoding; "<", ">" and line breaks percent-encoded
 * and backslashes escaped, so that nothing in it ends the link early.
 */
export function markdownLink(text: string, target: string): string {
  const inBrackets = target.replace(/[<>\r\n]/g, encodeURIComponent).replace(/\\/g, '\\\\');
  return `[${markdownText(text)}](<${inBrackets}>)`;
}
