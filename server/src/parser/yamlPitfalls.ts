// What YAML reads otherwise than people mean, said plainly: an unresolved merge conflict (whose
// markers would be read as notes, or as broken YAML far from the cause), a merge key "<<" (this
// reader does not merge: the key would be "a fact named <<"), and .inf / .nan (infinity and
// "not a number" to YAML, no value to compare with).
import { isPair, isScalar, visit, type Document } from 'yaml';
import * as l10n from '@vscode/l10n';

export interface Pitfall {
  /** Offsets in the text given. */
  start: number;
  end: number;
  message: string;
}

const MARKER_START = /^[ \t]*<{7}(?:[ \t]|$)/m;
const MARKER_MIDDLE = /^[ \t]*={7}[ \t]*$/m;
const MARKER_END = /^[ \t]*>{7}(?:[ \t]|$)/m;

/**
 * The first unresolved merge conflict: a "<<<<<<<" line followed by a "=======" and a ">>>>>>>"
 * line (as git writes them; indented too, as inside `notes: |`). One linear scan when there is
 * no "<<<<<<<" at all, which is nearly always.
 */
export function mergeConflict(text: string): Pitfall | undefined {
  if (!text.includes('<<<<<<<')) return undefined;
  const start = MARKER_START.exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index);
  const middle = MARKER_MIDDLE.exec(rest);
  if (!middle || !MARKER_END.test(rest.slice(middle.index))) return undefined;
  const at = start.index + start[0].indexOf('<');
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { start: at, end: at + 7, message: l10n.t('Unresolved merge conflict at line {0} ("<<<<<<<"): keep one side, delete the markers, then the file is checked.', line) };
}

/** Whether a plain value holds what yamlPitfalls would report: a key "<<", or a number that is not finite. */
export function hasPitfallValue(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasPitfallValue);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (k === '<<' || hasPitfallValue(v)) return true;
  }
  return false;
}

/**
 * What a text must hold for yamlPitfalls to find anything in it: "<<", ".inf" or ".nan" in any
 * case, or a number too large to be finite (a digit, "e" and three digits, or some 250 digits).
 * Nearly no profile does, and the test spares a walk over every node: with yaml's `visit`, this
 * walk and the duplicate keys' took 22 ms of a cold 1,000-line profile's first diagnostics.
 */
const MAY_HOLD_PITFALL = /<<|\.(?:inf|nan)\b|[0-9]e[-+]?[0-9]{3}|[0-9a-f]{250}/i;

export function mayHoldPitfall(text: string): boolean {
  return MAY_HOLD_PITFALL.test(text);
}

/** Merge keys and .inf / .nan in a parsed document (offsets in the YAML text). */
export function yamlPitfalls(doc: Document.Parsed, yamlText: string): Pitfall[] {
  const out: Pitfall[] = [];
  if (!mayHoldPitfall(yamlText)) return out;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN' && pair.key.range) {
        const [s, e] = pair.key.range;
        out.push({ start: s, end: e, message: l10n.t('YAML merge keys ("<<") are not supported: write the keys out.') });
      }
    },
    Scalar(_, node) {
      if (typeof node.value !== 'number' || Number.isFinite(node.value) || !node.range) return;
      const [s, e] = node.range;
      const written = yamlText.slice(s, e).trim();
      out.push({
        start: s, end: e,
        message: Number.isNaN(node.value)
          ? l10n.t('YAML reads {0} as "not a number", which is no value here: write a number, or quote it for text.', written)
          : l10n.t('YAML reads {0} as infinity, which is no value here: write a number, or quote it for text.', written),
      });
    },
  });
  return out;
}
