// Record decision (docs/reference.md, "Record decision"): the edit that writes `status:` and
// `decision:` (date, outcome, and with a referral `to`) into a prospect. Where each line goes is
// read from the YAML document's nodes (a value replaced where it stands, a missing key added after
// its neighbour), so everything else — comments, blank lines, quoting, a Markdown prospect's body —
// stays byte for byte as it was.
import * as l10n from '@vscode/l10n';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair } from '../parser/astNavigation';
import type { ProspectStatus } from '../../../shared/src/types';
import { endOfLine, lastContentEnd, lineStart, scalar } from './recordLesson';

export type DecisionOutcome = 'signed' | 'declined' | 'referred';

export interface DecisionChoice {
  outcome: DecisionOutcome;
  /** The colleague, with `referred`. */
  to?: string;
  /** ISO day (yyyy-mm-dd). */
  date: string;
}

/** The status a decision puts a prospect in: signed makes a client. */
export function statusFor(outcome: DecisionOutcome): ProspectStatus {
  return outcome === 'signed' ? 'client' : outcome;
}

export type DecisionEditResult =
  | { ok: true; edits: TextEdit[] }
  | { ok: false; reason: 'syntax' | 'exists' | 'shape'; message: string };

/** Why a prospect cannot take the edit (a syntax error: its file, line and column), else undefined. */
export function syntaxRefusal(parsed: ParsedDocument, shownName: string): string | undefined {
  // Asked first: a prospect read by the fast reader is parsed in full only now, and that parse
  // adds its syntax problems.
  const doc = parsed.yaml;
  const broken = parsed.problems.find((p) => p.severity === 'error');
  if (broken) {
    return l10n.t('{0}:{1}:{2}: {3} Fix this first; nothing was changed.',
      shownName, broken.range.start.line + 1, broken.range.start.character + 1, broken.message);
  }
  if (!doc) return l10n.t('{0} has no YAML to write the decision into; nothing was changed.', shownName);
  return undefined;
}

/**
 * The edits that record `choice`: `status` set (replaced where it stands, else added under
 * `prospect:`), `decision` written (a new block under `status:`; an existing one only with
 * `replace`, and then only its date, outcome and `to` change — its note and comments stay).
 */
export function decisionEdit(parsed: ParsedDocument, choice: DecisionChoice, shownName: string, replace: boolean): DecisionEditResult {
  const refusal = syntaxRefusal(parsed, shownName);
  if (refusal) return { ok: false, reason: 'syntax', message: refusal };
  const root = parsed.yaml!.contents as YamlNode | null;
  if (!isMap(root) || root.flow || root.items.length === 0) {
    return { ok: false, reason: 'shape', message: l10n.t('{0} is not a prospect written as "key: value" lines; nothing was changed.', shownName) };
  }
  const text = parsed.text;
  const base = parsed.yamlOffset;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = ' '.repeat(columnOf(text, base + start(root.items[0].key)));
  const childIndent = `${indent}  `;
  const status = statusFor(choice.outcome);
  const fields: [string, string][] = [['date', choice.date], ['outcome', choice.outcome]];
  if (choice.outcome === 'referred' && choice.to !== undefined) fields.push(['to', choice.to]);

  const edits: Offsets[] = [];
  const statusPair = findPair(root, 'status');
  const decisionPair = findPair(root, 'decision');
  const existing = decisionPair && !isEmpty(decisionPair.value) ? decisionPair.value as YamlNode : undefined;
  if (existing && !replace) {
    return { ok: false, reason: 'exists', message: l10n.t('{0} already has a decision; it is not replaced without asking.', shownName) };
  }

  // Lines added after `status:` (or after `prospect:` when there is no status yet).
  const added: string[] = [];
  if (statusPair) edits.push(setValue(text, base, statusPair, status));
  else added.push(`${indent}status: ${status}`);

  if (existing && isMap(existing) && !existing.flow) {
    const inner = ' '.repeat(columnOf(text, base + start(existing.items[0]?.key ?? existing)));
    const newKeys: string[] = [];
    for (const [key, value] of fields) {
      const pair = findPair(existing, key);
      if (pair) edits.push(setValue(text, base, pair, value));
      else newKeys.push(`${inner}${key}: ${scalar(value)}`);
    }
    const staleTo = choice.outcome !== 'referred' ? findPair(existing, 'to') : undefined;
    if (staleTo) edits.push(removePair(text, base, staleTo));
    if (newKeys.length > 0) {
      const at = afterPair(text, base, existing.items[existing.items.length - 1]);
      edits.push({ start: at, end: at, newText: eol + newKeys.join(eol) });
    }
  } else if (decisionPair) {
    // `decision:` with nothing, a scalar or a one-line {…}: its value becomes the block.
    const block = fields.map(([k, v]) => `${childIndent}${k}: ${scalar(v)}`).join(eol);
    const keyEnd = base + end(decisionPair.key as YamlNode);
    const colon = text.indexOf(':', keyEnd);
    const valueEnd = existing ? lastContentEnd(text, base + end(existing)) : colon + 1;
    edits.push({ start: colon + 1, end: valueEnd, newText: eol + block });
  } else {
    added.push(`${indent}decision:`, ...fields.map(([k, v]) => `${childIndent}${k}: ${scalar(v)}`));
  }

  if (added.length > 0) {
    const anchor = statusPair ?? findPair(root, 'prospect') ?? root.items[0];
    const at = afterPair(text, base, anchor);
    edits.push({ start: at, end: at, newText: eol + added.join(eol) });
  }
  return {
    ok: true,
    edits: edits.map((e) => ({ range: { start: parsed.lines.positionAt(e.start), end: parsed.lines.positionAt(e.end) }, newText: e.newText })),
  };
}

interface Offsets { start: number; end: number; newText: string }

function start(node: unknown): number {
  return (node as YamlNode).range?.[0] ?? 0;
}

function end(node: unknown): number {
  return (node as YamlNode).range?.[1] ?? 0;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === ''));
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Replaces a pair's value where it stands (after `key:` when it has none). */
function setValue(text: string, base: number, pair: Pair, value: string): Offsets {
  const v = pair.value as YamlNode | null;
  if (v && !isEmpty(v) && v.range) return { start: base + v.range[0], end: base + v.range[1], newText: scalar(value) };
  const colon = text.indexOf(':', base + end(pair.key));
  return { start: colon + 1, end: colon + 1, newText: ` ${scalar(value)}` };
}

/** The end of the line a pair ends on: where a line added after it starts (with a line break). */
function afterPair(text: string, base: number, pair: Pair | YamlNode): number {
  const p = pair as Pair;
  const last = (p.value as YamlNode | null)?.range ? p.value : p.key;
  return endOfLine(text, lastContentEnd(text, base + end(last)));
}

/** Removes a pair's whole line(s), line break included. */
function removePair(text: string, base: number, pair: Pair): Offsets {
  const from = lineStart(text, base + start(pair.key));
  const to = afterPair(text, base, pair);
  const br = text.startsWith('\r\n', to) ? 2 : text[to] === '\n' ? 1 : 0;
  return { start: from, end: to + br, newText: '' };
}
