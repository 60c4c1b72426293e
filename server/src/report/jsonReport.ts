// A verdict as the CLI's JSON list holds it: exactly the bytes of JSON.stringify(list, null, 2)
// for that item. The criteria are most of those bytes, and the engine shares one frozen result
// between all prospects that give a criterion the same value (engine/evaluate.ts, byValue): each
// such result is written once and its text reused, instead of stringified again per prospect.
//
// State owned here: the WeakMap below, its JSON text per criterion result — only for the engine's
// frozen, shared results (a result that cannot change); gone with the result.
import type { CriterionResult, Verdict } from '../../../shared/src/types';

/** Stands for the criteria while the rest of the verdict is stringified (see verdictJsonPiece). */
const PLACEHOLDER = '\u0000criteria\u0000';
/**
 * Where it ends up: a key of the verdict itself (indented by 4, after a line break that no string
 * can contain, escaped as it is), so that no value written by the user can be taken for it.
 */
const SLOT = `\n    "criteria": ${JSON.stringify(PLACEHOLDER)}`;
/** A criterion's text as an element of the criteria list (indented by 6), by result object. */
const elements = new WeakMap<CriterionResult, string>();

/** One item of a JSON list: `JSON.stringify([item], null, 2)` without its "[\n" and "\n]". */
export function jsonPiece(item: unknown): string {
  return JSON.stringify([item], null, 2).slice(2, -2);
}

/**
 * jsonPiece(verdict), with the text of each criterion result written once (see above); the CLI
 * puts the prospect's path before the verdict's own keys.
 */
export function verdictJsonPiece(v: Verdict & { path?: string }): string {
  if (!Array.isArray(v.criteria) || v.criteria.length === 0) return jsonPiece(v);
  const rest = jsonPiece({ ...v, criteria: PLACEHOLDER });
  const at = rest.indexOf(SLOT);
  if (at < 0) return jsonPiece(v);
  const list = v.criteria.map(element).join(',\n');
  return `${rest.slice(0, at)}\n    "criteria": [\n${list}\n    ]${rest.slice(at + SLOT.length)}`;
}

function element(r: CriterionResult): string {
  let text = elements.get(r);
  if (text === undefined) {
    text = `      ${JSON.stringify(r, null, 2).replace(/\n/g, '\n      ')}`;
    // Only results that cannot change are remembered: the engine's shared ones are frozen.
    if (Object.isFrozen(r)) elements.set(r, text);
  }
  return text;
}
