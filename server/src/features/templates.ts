// New Profile templates and the text of a new prospect ("New Prospect": every fact of the
// profile, with its question). The template texts live in ../templates as strings so the server
// bundle carries them; a new prospect is written from the profile model.
import * as l10n from '@vscode/l10n';
import { stringify } from 'yaml';
import type { FactSpec, Language, Profile } from '../../../shared/src/types';
import { questionFor } from '../engine';
import { CONSULTANT_DE, CONSULTANT_EN } from '../templates/consultant';
import { BANT_AGENCY_DE, BANT_AGENCY_EN } from '../templates/bantAgency';
import { FREELANCE_DEVELOPER_DE, FREELANCE_DEVELOPER_EN } from '../templates/freelanceDeveloper';
import { MEDDIC_DE, MEDDIC_EN } from '../templates/meddic';
import { CHAMP_DE, CHAMP_EN } from '../templates/champ';

export interface ProfileTemplate {
  id: string;
  /** The language the template was written for: used when no language is asked for. */
  language: Language;
  texts: Record<Language, string>;
  /** File name the client suggests in the save dialog. */
  fileName: string;
  label(): string;
  description(): string;
}

// Labels are looked up when asked for, so they follow the l10n bundle loaded at initialisation.
export const PROFILE_TEMPLATES: readonly ProfileTemplate[] = [
  {
    id: 'consultant',
    language: 'de',
    texts: { de: CONSULTANT_DE, en: CONSULTANT_EN },
    fileName: 'wunschkunde.profile.yaml',
    label: () => l10n.t('Consultant (intuitive, big-picture)'),
    description: () => l10n.t('For a consultant who works intuitively and with the big picture: working style, response time, budget, realistic expectations; dealbreakers: wants to be right, expects answers at any hour.'),
  },
  {
    id: 'bant-agency',
    language: 'en',
    texts: { en: BANT_AGENCY_EN, de: BANT_AGENCY_DE },
    fileName: 'agency.profile.yaml',
    label: () => l10n.t('Agency (BANT: budget, authority, need, timeline)'),
    description: () => l10n.t('Qualifies leads by budget, who decides, the services needed and the timeline; dealbreaker: no written agreement.'),
  },
  {
    id: 'freelance-developer',
    language: 'en',
    texts: { en: FREELANCE_DEVELOPER_EN, de: FREELANCE_DEVELOPER_DE },
    fileName: 'freelance.profile.yaml',
    label: () => l10n.t('Freelance developer'),
    description: () => l10n.t('Tech stack, budget, deposit, payment terms, scope, revisions; dealbreakers: rights before payment, support around the clock.'),
  },
  {
    id: 'meddic',
    language: 'en',
    texts: { en: MEDDIC_EN, de: MEDDIC_DE },
    fileName: 'meddic.profile.yaml',
    label: () => l10n.t('Consultancy for larger projects (MEDDIC)'),
    description: () => l10n.t('Where several people decide: measurable goal, who signs, decision criteria and process, pain, a champion inside; dealbreaker: no pain.'),
  },
  {
    id: 'champ',
    language: 'en',
    texts: { en: CHAMP_EN, de: CHAMP_DE },
    fileName: 'champ.profile.yaml',
    label: () => l10n.t('Freelancer, challenge first (CHAMP)'),
    description: () => l10n.t('Challenge, who decides, how it is paid and where it ranks this quarter; dealbreaker: no challenge named.'),
  },
];

export function listProfileTemplates(): { id: string; label: string; description: string; fileName: string }[] {
  return PROFILE_TEMPLATES.map((t) => ({ id: t.id, label: t.label(), description: t.description(), fileName: t.fileName }));
}

/** The text of a template in the given language (default: its own), or undefined for an unknown id. */
export function profileTemplateText(id: string, language?: string): string | undefined {
  const t = PROFILE_TEMPLATES.find((x) => x.id === id);
  if (!t) return undefined;
  const lang: Language = language === 'de' || language === 'en' ? language : t.language;
  return t.texts[lang];
}

// The words of a new prospect are in the profile's language (like the engine's reasons and
// questions), not the editor's: the prospect is part of the profile owner's notes.
interface ProspectWords {
  header(profile: string): string;
  defaultName: string;
  contact: string;
  contactExample: string;
  facts: string;
  /** The comment above the facts of your own (`source: self`). */
  selfFacts: string;
  notes: string;
  choice(options: string): string;
  tags(options: string): string;
  yesno: string;
  number: string;
  money(currency: string): string;
  duration: string;
  date: string;
  text: string;
}

const WORDS: Record<Language, ProspectWords> = {
  en: {
    header: (p) => `A prospect for the profile "${p}". Fill in what you learned in the call; leave a fact empty while it is unknown.`,
    defaultName: 'New prospect',
    contact: 'Who you spoke to:',
    contactExample: 'contact: { name: Max Muster, email: max@example.org }',
    facts: 'Each fact with the question that finds it out.',
    selfFacts: 'Your own observations: never asked, note them after the call.',
    notes: 'Your notes from the call, below "notes: |", indented: phrases in them suggest values.',
    choice: (o) => `one of: ${o}`,
    tags: (o) => `a list of: ${o} ([] = none of them)`,
    yesno: 'yes or no',
    number: 'a number',
    money: (c) => `an amount, e.g. 5000 ${c}`,
    duration: 'a duration, e.g. 4h, 1d, 2w',
    date: 'a date, e.g. 2026-12-01',
    text: 'free text',
  },
  de: {
    header: (p) => `Ein Interessent für das Profil „${p}“. Tragen Sie ein, was Sie im Gespräch erfahren haben; lassen Sie einen Fakt leer, solange er unbekannt ist.`,
    defaultName: 'Neuer Interessent',
    contact: 'Mit wem Sie gesprochen haben:',
    contactExample: 'contact: { name: Max Muster, email: max@example.org }',
    facts: 'Jeder Fakt mit der Frage, die ihn klärt.',
    selfFacts: 'Ihre eigenen Beobachtungen: werden nie gefragt, notieren Sie sie nach dem Gespräch.',
    notes: 'Ihre Notizen aus dem Gespräch, unter "notes: |", eingerückt: Formulierungen darin schlagen Werte vor.',
    choice: (o) => `eines von: ${o}`,
    tags: (o) => `eine Liste aus: ${o} ([] = keines davon)`,
    yesno: 'ja oder nein',
    number: 'eine Zahl',
    money: (c) => `ein Betrag, z. B. 5000 ${c}`,
    duration: 'eine Dauer, z. B. 4h, 1d, 2 Wochen',
    date: 'ein Datum, z. B. 2026-12-01',
    text: 'freier Text',
  },
};

export interface NewProspectOptions {
  /** The prospect's name; default "New prospect" in the profile's language. */
  name?: string;
  /** The date of the first call (yyyy-mm-dd); default today. */
  met?: string;
}

/**
 * The text of a new prospect for `profile`: its name, the `profile:` path (relative to the new
 * file, as given), the date, and every fact of the profile left empty under its question.
 */
export function newProspectText(profile: Profile, profilePath: string, options: NewProspectOptions = {}): string {
  const w = WORDS[profile.language] ?? WORDS.en;
  const name = oneLine(options.name ?? '') || w.defaultName;
  const met = options.met && /^\d{4}-\d{2}-\d{2}$/.test(options.met) ? options.met : today();
  const out: string[] = [];
  out.push(comment(w.header(oneLine(profile.profile))));
  out.push(`prospect: ${scalar(name)}`);
  if (profilePath.trim() !== '') out.push(`profile: ${scalar(profilePath)}`);
  out.push(`met: ${met}`);
  out.push(comment(w.contact));
  out.push(comment(w.contactExample));
  out.push('');
  out.push(comment(w.facts));
  if (profile.facts.length === 0) {
    out.push('facts: {}');
  } else {
    out.push('facts:');
    const asked = profile.facts.filter((f) => f.source !== 'self');
    const own = profile.facts.filter((f) => f.source === 'self');
    for (const fact of asked) {
      out.push(comment(questionOf(fact, profile.language === 'de' ? 'de' : 'en'), '  '));
      out.push(comment(valueHint(fact, w), '  '));
      // A key YAML would misread (a number, "yes", with a colon) is quoted; the key stays the name.
      out.push(`  ${key(fact.name)}:`);
    }
    // Facts of your own under their own comment, with their label: nobody is asked for them.
    if (own.length > 0) out.push('', comment(w.selfFacts, '  '));
    for (const fact of own) {
      out.push(comment(fact.label?.trim() || fact.name, '  '));
      out.push(comment(valueHint(fact, w), '  '));
      out.push(`  ${key(fact.name)}:`);
    }
  }
  out.push('');
  out.push(comment(w.notes));
  out.push('notes: |');
  return out.join('\n') + '\n';
}

/** "Arbeitsweise: Wie plant …?" — the label (when there is one) and the question the engine asks. */
function questionOf(fact: FactSpec, language: Language): string {
  const label = fact.label?.trim();
  const question = oneLine(questionFor(fact, language));
  return label && fact.question?.trim() ? `${oneLine(label)}: ${question}` : question;
}

function valueHint(fact: FactSpec, w: ProspectWords): string {
  const options = fact.options.map((o) => o.value).join(', ');
  switch (fact.type) {
    case 'choice': return `${fact.type} – ${w.choice(options)}`;
    case 'tags': return `${fact.type} – ${w.tags(options)}`;
    case 'yesno': return `${fact.type} – ${w.yesno}`;
    case 'number': return `${fact.type} – ${w.number}`;
    case 'money': return `${fact.type} – ${w.money(fact.currency ?? 'EUR')}`;
    case 'duration': return `${fact.type} – ${w.duration}`;
    case 'date': return `${fact.type} – ${w.date}`;
    case 'text': return `${fact.type} – ${w.text}`;
  }
}

/** A comment line; the text is kept on one line so nothing after it becomes YAML. */
function comment(text: string, indent = ''): string {
  return `${indent}# ${oneLine(text)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A YAML scalar for `s`, quoted when a plain one would be read as something else. */
function scalar(s: string): string {
  return stringify(s, { lineWidth: 0 }).trimEnd();
}

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) && !/^(y|yes|n|no|true|false|on|off|null)$/i.test(name) ? name : scalar(name);
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
