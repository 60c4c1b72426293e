// The profile's vocabulary as completion and hover need it: facts by name, the criteria on each
// fact, and a fact or option in Markdown. Indexed once per Profile object (a WeakMap), so a
// request on a 10,000-line profile looks names up instead of walking the lists again.
import * as l10n from '@vscode/l10n';
import type { CriterionSpec, FactSpec, OptionSpec, Profile } from '../../../../shared/src/types';

export interface FactIndex {
  byName: Map<string, FactSpec>;
  criteriaByFact: Map<string, CriterionSpec[]>;
}

const indexes = new WeakMap<Profile, FactIndex>();

export function factIndex(profile: Profile): FactIndex {
  let index = indexes.get(profile);
  if (!index) {
    const byName = new Map<string, FactSpec>();
    for (const f of profile.facts) if (!byName.has(f.name)) byName.set(f.name, f);
    const criteriaByFact = new Map<string, CriterionSpec[]>();
    for (const c of profile.criteria) {
      const list = criteriaByFact.get(c.fact);
      if (list) list.push(c);
      else criteriaByFact.set(c.fact, [c]);
    }
    index = { byName, criteriaByFact };
    indexes.set(profile, index);
  }
  return index;
}

/** Backticks in user text would end the inline code; Markdown specials are escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_<>[\]]/g, (c) => `\\${c}`);
}

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/** A matcher's argument as written: "intuitive, structured", "[2w, 26w]" for between. */
export function argumentWords(c: CriterionSpec): string {
  const arg = c.expected;
  // `{ fromOffer: key }` reads as where the value comes from.
  if (typeof arg === 'object' && arg !== null && !Array.isArray(arg) && 'fromOffer' in arg) return `offer.${String((arg as { fromOffer: unknown }).fromOffer)}`;
  const one = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (Array.isArray(arg)) return c.matcher === 'between' ? `[${arg.map(one).join(', ')}]` : arg.map(one).join(', ');
  return one(arg);
}

/** "`working-style`: is intuitive, structured — weight 3" */
export function criterionLine(c: CriterionSpec): string {
  const rule = `${code(c.id)}: ${c.matcher} ${escapeMarkdown(argumentWords(c))}`;
  const weight = c.dealbreaker ? l10n.t('dealbreaker')
    : c.caution ? `${l10n.t('caution')}, ${l10n.t('weight {0}', c.weight)}` : l10n.t('weight {0}', c.weight);
  return `${rule} — ${weight}`;
}

/** The option's value, label and phrases on one line. */
export function optionLine(o: OptionSpec): string {
  let s = code(o.value);
  if (o.label) s += ` — ${escapeMarkdown(o.label)}`;
  if (o.phrases.length > 0) s += ` (${l10n.t('phrases: {0}', o.phrases.map((p) => `"${escapeMarkdown(p)}"`).join(', '))})`;
  return s;
}

export interface FactMarkdownOptions {
  /** Also list the criteria that use the fact. */
  criteria?: readonly CriterionSpec[];
}

/** A fact in Markdown: its name and label, question, type and options (with labels). */
export function factMarkdown(fact: FactSpec, options: FactMarkdownOptions = {}): string {
  const lines: string[] = [];
  lines.push(fact.label ? `**${code(fact.name)}** — ${escapeMarkdown(fact.label)}` : `**${code(fact.name)}**`);
  lines.push('');
  if (fact.question) lines.push(`${l10n.t('Question:')} ${escapeMarkdown(fact.question)}  `);
  let type = `${l10n.t('Type:')} ${code(fact.type)}`;
  if (fact.currency) type += ` (${escapeMarkdown(fact.currency)})`;
  lines.push(type);
  // What the fact's role changes (source: self, clarifyBy: offer), in a line each.
  if (fact.source === 'self') lines.push('', l10n.t('Your own observation: never asked; noted after the call.'));
  if (fact.clarifyBy === 'offer') lines.push('', l10n.t('To clarify before an offer: while unknown, a fit stays undetermined.'));
  if (fact.options.length > 0) {
    lines.push('', l10n.t('Options:'));
    for (const o of fact.options) lines.push(`- ${optionLine(o)}`);
  }
  if (options.criteria) {
    lines.push('');
    if (options.criteria.length === 0) lines.push(l10n.t('No criterion uses this fact.'));
    else {
      lines.push(l10n.t('Used by:'));
      for (const c of options.criteria) lines.push(`- ${criterionLine(c)}`);
    }
  }
  return lines.join('\n');
}

/** An option in Markdown: value, label, phrases, and the fact it belongs to. */
export function optionMarkdown(fact: FactSpec, option: OptionSpec): string {
  const lines = [option.label ? `**${code(option.value)}** — ${escapeMarkdown(option.label)}` : `**${code(option.value)}**`, ''];
  lines.push(l10n.t('An option of the fact {0} ({1}).', code(fact.name), fact.type));
  if (option.phrases.length > 0) {
    lines.push('', l10n.t('Phrases in the notes that hint at it: {0}', option.phrases.map((p) => `"${escapeMarkdown(p)}"`).join(', ')));
  }
  return lines.join('\n');
}
