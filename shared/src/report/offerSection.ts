// "What you offer": the profile's `offer:` as a section of a Markdown report, for the CLI's
// `evaluate --format markdown` and the editor's Evaluate All report alike. Pure: the caller passes
// its translation function (@vscode/l10n's or vscode.l10n's t), so each side speaks its language.
import type { Offer } from '../types';
import { markdownText as inline } from './markdownText';
import type { Translate } from './translate';

/** A profile's name and its offer, as a report shows them. */
export interface ProfileOffer {
  /** The profile's name (`profile:`). */
  profile: string;
  offer?: Offer;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return inline(String(value));
  try {
    return inline(JSON.stringify(value) ?? '');
  } catch {
    return '';
  }
}

/** The offer's keys in words, in the order the profile format lists them; any other key as written. */
function labelOf(key: string, t: Translate): string {
  switch (key) {
    case 'services': return t('Services');
    case 'hoursPerWeek': return t('Hours per week');
    case 'responseTime': return t('Response time');
    case 'channels': return t('Channels');
    case 'workingStyle': return t('Working style');
    default: return inline(key);
  }
}

const ORDER = ['services', 'hoursPerWeek', 'responseTime', 'channels', 'workingStyle'];

function offerLines(offer: Offer, t: Translate): string[] {
  const record = offer as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== null && record[k] !== undefined && shown(record[k]) !== '');
  keys.sort((a, b) => (ORDER.indexOf(a) + 1 || ORDER.length + 1) - (ORDER.indexOf(b) + 1 || ORDER.length + 1));
  return keys.map((k) => `- ${labelOf(k, t)}: ${shown(record[k])}`);
}

/**
 * The lines of the section (none when no profile has an offer): a blank line and a heading, then
 * the offer as a list; with several profiles, each under its name. Profiles are listed once, in
 * the order given.
 */
export function offerSection(profiles: readonly ProfileOffer[], t: Translate, level = 2): string[] {
  const seen = new Set<string>();
  const withOffer = profiles.filter((p) => {
    if (!p.offer || typeof p.offer !== 'object' || seen.has(p.profile)) return false;
    seen.add(p.profile);
    return offerLines(p.offer, t).length > 0;
  });
  if (withOffer.length === 0) return [];
  const out = ['', `${'#'.repeat(level)} ${t('What you offer')}`];
  for (const p of withOffer) {
    if (withOffer.length > 1) out.push('', `**${inline(p.profile)}**`);
    out.push('', ...offerLines(p.offer!, t));
  }
  return out;
}
