// The placeholders of a reply template: `{name}` for one of the known placeholders, `{{` and `}}`
// for a brace itself. Read the same way by the checks (which point at the exact characters) and
// by the drafts (which fill them in), so that what the editor accepts is what a draft fills.
import { REPLY_PLACEHOLDERS, type ReplyPlaceholder } from '../../../shared/src/types';

/** A piece of a template: text as it is, or a placeholder; offsets into the text scanned. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: ReplyPlaceholder; start: number; end: number }
  /** `{name}` with a name that is no placeholder: a draft leaves its line out. */
  | { kind: 'unknown'; name: string; start: number; end: number }
  /** A `{` that no `}` closes on its line: a draft keeps it as it is. */
  | { kind: 'unclosed'; text: string; start: number; end: number };

/** `{` and what can stand between it and its `}`: anything but braces and line breaks. */
const PLACEHOLDER_AT = /\{([^{}\r\n]*)\}/y;

export function isPlaceholder(name: string): name is ReplyPlaceholder {
  return (REPLY_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * The parts of a template (or of the source text of one: the offsets are into what is given).
 * Never throws; every character of `text` is in exactly one part.
 */
export function scanTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain !== '') parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      plain += c;
      i += 2;
      continue;
    }
    if (c !== '{') {
      plain += c;
      i++;
      continue;
    }
    PLACEHOLDER_AT.lastIndex = i;
    const m = PLACEHOLDER_AT.exec(text);
    flush();
    if (m) {
      const name = m[1].trim();
      const end = i + m[0].length;
      parts.push(isPlaceholder(name) ? { kind: 'placeholder', name, start: i, end } : { kind: 'unknown', name, start: i, end });
      i = end;
    } else {
      // The brace and the word after it: what was being typed.
      const word = /^\{[\p{L}\p{N}_-]*/u.exec(text.slice(i, i + 80))![0];
      parts.push({ kind: 'unclosed', text: word, start: i, end: i + word.length });
      i += word.length;
    }
  }
  flush();
  return parts;
}
