// Completion items from the profile's own vocabulary: fact names after a criterion's
// `fact:`, under a prospect's `facts:` and a referral's `when:`; option values after a matcher and
// as a prospect's fact values. Which places these are is the formats' business (docs/reference.md);
// the words come from the profile the feature context carries.
import {
  CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range,
} from 'vscode-languageserver-types';
import type { FactSpec, MatcherKind } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { PathSegment } from '../../parser/astNavigation';
import type { ProfileInfo } from '../../model/featureContext';
import { isObject } from '../../model/profileModel';
import { factIndex, factMarkdown, optionMarkdown } from './factInfo';
import { escapeChoice, escapeSnippet } from './schemaItems';

/** Matchers whose argument is option values (or true/false for a yes/no fact). */
const VALUE_MATCHERS: readonly MatcherKind[] = ['is', 'isNot', 'includes', 'includesAny', 'excludes'];

export interface VocabularyResult {
  items: CompletionItem[];
  /** The place is one the profile speaks for (a known fact): the schema's booleans stay out. */
  claimed: boolean;
}

const NONE: VocabularyResult = { items: [], claimed: false };

/** Fact names as new keys: under a prospect's `facts:`, under a referral's `when:`. */
export function vocabularyKeyItems(
  parsed: ParsedDocument, parent: readonly PathSegment[], range: Range, existing: ReadonlySet<string>, hasColon: boolean, profile: ProfileInfo | undefined,
): VocabularyResult {
  if (!profile) return NONE;
  const isProspectFacts = parsed.kind === 'prospect' && parent.length === 1 && parent[0] === 'facts';
  const isReferralWhen = parsed.kind === 'profile' && parent.length === 3 && parent[0] === 'referrals' && typeof parent[1] === 'number' && (parent[2] === 'when' || parent[2] === 'unless');
  if (!isProspectFacts && !isReferralWhen) return NONE;
  const items: CompletionItem[] = [];
  profile.profile.facts.forEach((fact, i) => {
    if (existing.has(fact.name)) return;
    const name = escapeSnippet(fact.name);
    const newText = hasColon ? name : `${name}: ${isReferralWhen ? listSnippet(fact) : valueSnippet(fact)}`;
    items.push({
      label: fact.name,
      kind: CompletionItemKind.Field,
      detail: fact.label ? `${fact.label} (${fact.type})` : fact.type,
      documentation: { kind: MarkupKind.Markdown, value: factMarkdown(fact) },
      sortText: `0_${String(i).padStart(5, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText },
    });
  });
  return { items, claimed: true };
}

/** Values: fact names after `fact:`, options after a matcher, a prospect's fact values. */
export function vocabularyValueItems(
  parsed: ParsedDocument, path: readonly PathSegment[], range: Range, existing: ReadonlySet<string>, inList: boolean, profile: ProfileInfo | undefined,
): VocabularyResult {
  if (!profile) return NONE;
  const index = factIndex(profile.profile);
  if (parsed.kind === 'profile') {
    // criteria[i].fact
    if (path.length === 3 && path[0] === 'criteria' && typeof path[1] === 'number' && path[2] === 'fact') {
      return { items: factNameItems(profile.profile.facts, range), claimed: true };
    }
    // criteria[i].<matcher> and its list items
    if (path.length >= 3 && path.length <= 4 && path[0] === 'criteria' && typeof path[1] === 'number'
      && (VALUE_MATCHERS as readonly PathSegment[]).includes(path[2])) {
      const fact = index.byName.get(criterionFact(parsed.value, path[1]) ?? '');
      if (!fact) return NONE;
      return { items: optionItems(fact, range, existing, path[2] === 'is'), claimed: true };
    }
    // criteria[i].<matcher>.fromOffer: the keys the offer has
    if (path.length === 4 && path[0] === 'criteria' && typeof path[1] === 'number' && path[3] === 'fromOffer') {
      return { items: offerKeyItems(profile.profile.offer, range), claimed: true };
    }
    // referrals[i].when.<fact> and its list items
    if (path.length >= 4 && path.length <= 5 && path[0] === 'referrals' && (path[2] === 'when' || path[2] === 'unless') && typeof path[3] === 'string') {
      const fact = index.byName.get(path[3]);
      if (!fact) return NONE;
      return { items: optionItems(fact, range, existing, true), claimed: true };
    }
    // lessons[i].because
    if (path.length === 3 && path[0] === 'lessons' && typeof path[1] === 'number' && path[2] === 'because') {
      return { items: criterionIdItems(profile, range), claimed: true };
    }
    return NONE;
  }
  // A prospect's story: observations[i].fact and .value, decision.to, ended.reason.
  if (path.length >= 3 && path[0] === 'observations' && typeof path[1] === 'number') {
    if (path.length === 3 && path[2] === 'fact') return { items: factNameItems(profile.profile.facts, range), claimed: true };
    if (path.length <= 4 && path[2] === 'value') {
      const fact = index.byName.get(observationFact(parsed.value, path[1]) ?? '');
      if (!fact) return NONE;
      return { items: factValueItems(fact, range, existing, inList || path.length === 4), claimed: true };
    }
    return NONE;
  }
  if (path.length === 2 && path[0] === 'decision' && path[1] === 'to') {
    return {
      items: profile.profile.referrals.map((r, i) => ({
        label: r.name, kind: CompletionItemKind.Reference, detail: r.contact, documentation: r.note,
        sortText: `0_${String(i).padStart(5, '0')}`, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: escapeSnippet(r.name) },
      })),
      claimed: true,
    };
  }
  if (path.length === 2 && path[0] === 'ended' && path[1] === 'reason') return { items: criterionIdItems(profile, range), claimed: true };
  // A prospect: facts.<fact> and its list items.
  if (path.length >= 2 && path.length <= 3 && path[0] === 'facts' && typeof path[1] === 'string') {
    const fact = index.byName.get(path[1]);
    if (!fact) return NONE;
    return { items: factValueItems(fact, range, existing, inList || path.length === 3), claimed: true };
  }
  return NONE;
}

/** A prospect's value of a fact (under facts: or in an observation): its options. */
function factValueItems(fact: FactSpec, range: Range, existing: ReadonlySet<string>, inItem: boolean): CompletionItem[] {
  let items = optionItems(fact, range, existing, true);
  // A tags value is a list: in a plain value position, offer each option as a one-item list.
  if (fact.type === 'tags' && !inItem) {
    items = items.map((it) => ({ ...it, textEdit: { range, newText: `[${escapeSnippet(it.label)}]` }, filterText: it.label }));
  }
  if (fact.type === 'choice' && inItem) items = [];
  return items;
}

function observationFact(value: unknown, index: number): string | undefined {
  if (!isObject(value) || !Array.isArray(value.observations)) return undefined;
  const o: unknown = value.observations[index];
  return isObject(o) && typeof o.fact === 'string' ? o.fact : undefined;
}

/** The profile's criterion ids, with what each asks for. */
function criterionIdItems(profile: ProfileInfo, range: Range): CompletionItem[] {
  return profile.profile.criteria.map((c, i) => ({
    label: c.id,
    kind: CompletionItemKind.Constant,
    detail: c.dealbreaker ? `${c.fact} (dealbreaker)` : c.fact,
    documentation: c.why,
    sortText: `0_${String(i).padStart(5, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: escapeSnippet(c.id) },
  }));
}

function criterionFact(value: unknown, index: number): string | undefined {
  if (!isObject(value) || !Array.isArray(value.criteria)) return undefined;
  const c: unknown = value.criteria[index];
  return isObject(c) && typeof c.fact === 'string' ? c.fact : undefined;
}

/** The keys written under the profile's `offer:`, with their values as detail. */
function offerKeyItems(offer: unknown, range: Range): CompletionItem[] {
  if (!isObject(offer)) return [];
  return Object.keys(offer).filter((k) => offer[k] !== null && offer[k] !== undefined).map((k, i) => ({
    label: k,
    kind: CompletionItemKind.Property,
    detail: Array.isArray(offer[k]) ? (offer[k] as unknown[]).map(String).join(', ') : String(offer[k]),
    sortText: `0_${String(i).padStart(5, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: escapeSnippet(k) },
  }));
}

function factNameItems(facts: readonly FactSpec[], range: Range): CompletionItem[] {
  return facts.map((fact, i) => ({
    label: fact.name,
    kind: CompletionItemKind.Field,
    detail: fact.label ? `${fact.label} (${fact.type})` : fact.type,
    documentation: { kind: MarkupKind.Markdown, value: factMarkdown(fact) },
    sortText: `0_${String(i).padStart(5, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: escapeSnippet(fact.name) },
  }));
}

/** The options of a choice/tags fact; true/false for a yes/no fact where that fits. */
function optionItems(fact: FactSpec, range: Range, existing: ReadonlySet<string>, booleans: boolean): CompletionItem[] {
  if (fact.type === 'yesno') {
    return booleans
      ? ['true', 'false'].filter((v) => !existing.has(v)).map((v, i) => ({
        label: v, kind: CompletionItemKind.Value, sortText: `0_${i}`,
        insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: v },
      }))
      : [];
  }
  if (fact.type !== 'choice' && fact.type !== 'tags') return [];
  return fact.options.filter((o) => !existing.has(o.value)).map((o, i) => ({
    label: o.value,
    kind: CompletionItemKind.EnumMember,
    detail: o.label,
    documentation: { kind: MarkupKind.Markdown, value: optionMarkdown(fact, o) },
    sortText: `0_${String(i).padStart(5, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: escapeSnippet(o.value) },
  }));
}

/** The value part of "name: …" under a prospect's facts: a choice of the options where there are some. */
function valueSnippet(fact: FactSpec): string {
  const options = fact.options.map((o) => escapeChoice(o.value));
  switch (fact.type) {
    case 'choice': return options.length > 0 ? `\${1|${options.join(',')}|}` : '$1';
    case 'tags': return options.length > 0 ? `[\${1|${options.join(',')}|}]` : '[$1]';
    case 'yesno': return '${1|true,false|}';
    default: return '$1';
  }
}

/** The value part of "name: …" under a referral's when: always a list. */
function listSnippet(fact: FactSpec): string {
  const options = fact.options.map((o) => escapeChoice(o.value));
  if (fact.type === 'yesno') return '[${1|true,false|}]';
  return options.length > 0 ? `[\${1|${options.join(',')}|}]` : '[$1]';
}
