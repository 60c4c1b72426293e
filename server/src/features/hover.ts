// Hover: on a key, the schema's description; on a fact name (under `facts:`, after a
// criterion's `fact:`, a prospect's fact, a referral's `when:`), the fact — label, question, type,
// options and the criteria that use it — and, on an evaluated prospect, how it scored; on an
// option value, its label and phrases. From the parsed document only.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { isScalar, type Node as YamlNode } from 'yaml';
import * as l10n from '@vscode/l10n';
import type { FactSpec, MatcherKind, Position, Verdict } from '../../../shared/src/types';
import { nodeRange, type ParsedDocument } from '../parser/parsedDocument';
import { locate, type PathSegment } from '../parser/astNavigation';
import type { FeatureContext } from '../model/featureContext';
import { isObject } from '../model/profileModel';
import { parseNumberText } from '../engine/numberText';
import { THOUSANDS_GROUPED } from '../parser/yamlOptions';
import { schemaFor } from '../schema/schemas';
import { descriptionOf, schemaAtPath } from '../schema/schemaWalker';
import { keyDescription, keyTitle } from '../schema/keyWords';
import { yamlBounds } from './completion/cursorContext';
import { placeholderHover } from './replyPlaceholders';
import { escapeMarkdown, factIndex, factMarkdown, optionMarkdown, type FactIndex } from './completion/factInfo';
import { outcomeMark, worstFirst } from './outcomeMarks';

/** Matchers whose argument is option values of the criterion's fact. */
const VALUE_MATCHERS: readonly MatcherKind[] = ['is', 'isNot', 'includes', 'includesAny', 'excludes'];
/** Matchers whose argument is a number or amount. */
const BOUND_MATCHERS: readonly MatcherKind[] = ['atLeast', 'atMost', 'between'];

export function doHover(parsed: ParsedDocument, position: Position, ctx: FeatureContext): Hover | null {
  const bounds = yamlBounds(parsed);
  if (!bounds || position.line < bounds.firstLine || position.line >= bounds.endLine) return null;
  const placeholder = placeholderHover(parsed, position);
  if (placeholder) return { contents: { kind: MarkupKind.Markdown, value: placeholder.markdown }, range: placeholder.range };
  const offset = parsed.lines.offsetAt(position) - parsed.yamlOffset;
  const loc = locate(parsed.yaml, offset, bounds.yamlText);
  const node = loc.node;
  // Between items, on a comment or on nothing: no hover.
  if (!node || !isScalar(node) || loc.path.length === 0 || !node.range) return null;
  const text = node.value === null || node.value === undefined ? '' : String(node.value);

  const markdown = (loc.onKey ? keyHover(parsed, loc.path, ctx) : valueHover(parsed, loc.path, text, ctx))
    ?? schemaHover(parsed, loc.path);
  if (!markdown) return null;
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: nodeRange(parsed, node as YamlNode) };
}

/** A key that names a fact: under the profile's facts:, a prospect's facts:, a referral's when:. */
function keyHover(parsed: ParsedDocument, path: readonly PathSegment[], ctx: FeatureContext): string | undefined {
  const index = ctx.profile ? factIndex(ctx.profile.profile) : undefined;
  if (!index) return undefined;
  const name = String(path[path.length - 1]);
  const namesFact = parsed.kind === 'profile'
    ? (path.length === 2 && path[0] === 'facts') || (path.length === 4 && path[0] === 'referrals' && (path[2] === 'when' || path[2] === 'unless'))
    : path.length === 2 && path[0] === 'facts';
  if (!namesFact) return undefined;
  const fact = index.byName.get(name);
  if (!fact) return undefined;
  return factHover(fact, index, parsed.kind === 'prospect' ? ctx.verdict : undefined);
}

/** A value that is a fact name or an option value. */
function valueHover(parsed: ParsedDocument, path: readonly PathSegment[], text: string, ctx: FeatureContext): string | undefined {
  const index = ctx.profile ? factIndex(ctx.profile.profile) : undefined;
  if (!index) return undefined;
  if (parsed.kind === 'profile') {
    if (path.length === 3 && path[0] === 'criteria' && path[2] === 'fact') {
      const fact = index.byName.get(text);
      return fact ? factHover(fact, index) : undefined;
    }
    if (path.length >= 3 && path.length <= 4 && path[0] === 'criteria' && typeof path[1] === 'number'
      && (VALUE_MATCHERS as readonly PathSegment[]).includes(path[2])) {
      return optionHover(index.byName.get(criterionFact(parsed.value, path[1]) ?? ''), text);
    }
    if (path.length >= 3 && path.length <= 4 && path[0] === 'criteria' && typeof path[1] === 'number'
      && (BOUND_MATCHERS as readonly PathSegment[]).includes(path[2])) {
      const fact = index.byName.get(criterionFact(parsed.value, path[1]) ?? '');
      return fact ? readAsThousands(fact, text) : undefined;
    }
    if (path.length >= 4 && path.length <= 5 && path[0] === 'referrals' && (path[2] === 'when' || path[2] === 'unless')) {
      return optionHover(index.byName.get(String(path[3])), text);
    }
    // An option as the profile defines it: "- intuitive" or "value: intuitive".
    if (path[0] === 'facts' && path[2] === 'options' && (path.length === 4 || (path.length === 5 && path[4] === 'value'))) {
      return optionHover(index.byName.get(String(path[1])), text);
    }
    return undefined;
  }
  if (path[0] === 'facts' && (path.length === 2 || path.length === 3)) {
    const fact = index.byName.get(String(path[1]));
    if (!fact) return undefined;
    const option = optionHover(fact, text);
    const read = readAsThousands(fact, text);
    if (read) return `${read}\n\n${factHover(fact, index, ctx.verdict)}`;
    if (!option) return factHover(fact, index, ctx.verdict);
    return ctx.verdict ? `${option}\n\n${scoredMarkdown(fact.name, ctx.verdict)}` : option;
  }
  // The story: an observation's fact and value, the criterion of ended.reason, the referral of decision.to.
  if (path[0] === 'observations' && typeof path[1] === 'number') {
    const value = parsed.value as Record<string, unknown>;
    const o: unknown = Array.isArray(value.observations) ? value.observations[path[1]] : undefined;
    const fact = index.byName.get(typeof o === 'object' && o !== null ? String((o as Record<string, unknown>).fact) : '');
    if (!fact) return undefined;
    if (path.length === 3 && path[2] === 'fact') return factHover(fact, index, ctx.verdict);
    if (path[2] === 'value' && (path.length === 3 || path.length === 4)) return optionHover(fact, text);
    return undefined;
  }
  if (path.length === 2 && path[0] === 'ended' && path[1] === 'reason') {
    const c = ctx.profile!.profile.criteria.find((x) => x.id === text);
    if (!c) return undefined;
    const kind = c.dealbreaker ? l10n.t('dealbreaker') : l10n.t('weight {0}', c.weight);
    return `**${escapeMarkdown(c.id)}** — \`${escapeMarkdown(c.fact)}\` ${c.matcher} (${kind})${c.why ? `\n\n${escapeMarkdown(c.why)}` : ''}`;
  }
  if (path.length === 2 && path[0] === 'decision' && path[1] === 'to') {
    const r = ctx.profile!.profile.referrals.find((x) => x.name === text);
    if (!r) return undefined;
    return [`**${escapeMarkdown(r.name)}**`, r.contact ? escapeMarkdown(r.contact) : '', r.note ? escapeMarkdown(r.note) : ''].filter((x) => x).join('\n\n');
  }
  return undefined;
}

/**
 * "Read as 8,000": a number written `8.000` on a number or money fact is eight thousand (a dot
 * before each group of three digits), which YAML alone would have read as 8; the hover says so.
 */
function readAsThousands(fact: FactSpec, text: string): string | undefined {
  if ((fact.type !== 'number' && fact.type !== 'money') || !THOUSANDS_GROUPED.test(text)) return undefined;
  const n = parseNumberText(text);
  if (n === undefined) return undefined;
  // The number as the reader's language writes it: the bundle names its locale.
  return l10n.t('Read as {0}: a dot before each group of three digits separates thousands.', n.toLocaleString(l10n.t('en-US')));
}

function optionHover(fact: FactSpec | undefined, value: string): string | undefined {
  const option = fact?.options.find((o) => o.value === value);
  return fact && option ? optionMarkdown(fact, option) : undefined;
}

function factHover(fact: FactSpec, index: FactIndex, verdict?: Verdict): string {
  let md = factMarkdown(fact, { criteria: index.criteriaByFact.get(fact.name) ?? [] });
  if (verdict) md += '\n\n' + scoredMarkdown(fact.name, verdict);
  return md;
}

/**
 * How the criteria on a fact came out for this prospect, worst first (the line's inlay hint shows
 * the first), each with its mark and the engine's whole reason.
 */
function scoredMarkdown(factName: string, verdict: Verdict): string {
  const results = worstFirst(verdict.criteria.filter((c) => c.fact === factName));
  if (results.length === 0) return l10n.t('No criterion scores this fact.');
  const lines = [l10n.t('How it scored:')];
  // The mark says the outcome; the reason says it in words ("ungeklärt, gewünscht: …"), once.
  for (const r of results) lines.push(`- ${outcomeMark(r)} ${escapeMarkdown(r.reason)}`);
  return lines.join('\n');
}

/** The schema's description of the key, or of the property a value belongs to (a list's for its items). */
function schemaHover(parsed: ParsedDocument, path: readonly PathSegment[]): string | undefined {
  const root = schemaFor(parsed.kind);
  let at = [...path];
  let schemas = schemaAtPath(root, at);
  while (!descriptionOf(schemas) && typeof at[at.length - 1] === 'number') {
    at = at.slice(0, -1);
    schemas = schemaAtPath(root, at);
  }
  const d = keyDescription(schemas);
  if (!d) return undefined;
  const title = keyTitle(schemas);
  const body = d.markdown ? d.text : escapeMarkdown(d.text);
  return title ? `**${escapeMarkdown(title)}**\n\n${body}` : body;
}

function criterionFact(value: unknown, index: number): string | undefined {
  if (!isObject(value) || !Array.isArray(value.criteria)) return undefined;
  const c: unknown = value.criteria[index];
  return isObject(c) && typeof c.fact === 'string' ? c.fact : undefined;
}
