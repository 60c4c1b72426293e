// Replies drafted from a verdict: which kinds apply, and the letter itself. Pure, and private by
// construction: a draft is built only from what may be shown to the client — the `tellClient`
// texts of unmet criteria, the questions (and labels) of facts still open, the colleague's name,
// contact and note, the owner, the prospect's name and contact name — and the template's own
// words. Never from `why`, ids, fact names, raw option values, scores, notes or observations:
// none of them is ever handed to the renderer below.
import type {
  FactSpec, Language, Profile, Prospect, ReferralSuggestion, ReplyDraft, ReplyKind, ReplyPlaceholder, Verdict,
} from '../../../shared/src/types';
import { scanTemplate } from './replyTemplate';
import { replyWords, voiceOf, type ReplyWords } from './replyTexts';

/** At most this many reasons in a letter: a kind no names one or two, not a checklist. */
export const MAX_REASONS = 2;

/** The kinds of reply that apply to a verdict (the first is the one to offer first) and the colleagues. */
export interface ReplyChoices {
  kinds: ReplyKind[];
  referrals: ReferralSuggestion[];
}

/**
 * no-fit: refer (with a suggested colleague) or decline; borderline and undetermined: ask (and
 * refer, when a colleague is suggested for them too); fit: nothing. Only for a lead (status
 * prospect or offered): a current client or a past prospect has had its answer, and these
 * letters ("thank you for the open conversation…") are the answer to a first call.
 */
export function replyChoices(verdict: Verdict): ReplyChoices {
  if (!isLead(verdict.status)) return { kinds: [], referrals: [] };
  const referrals = Array.isArray(verdict.referrals) ? verdict.referrals.filter((r) => typeof r?.name === 'string') : [];
  switch (verdict.verdict) {
    case 'no-fit': return { kinds: referrals.length > 0 ? ['refer', 'decline'] : ['decline'], referrals };
    case 'borderline':
    case 'undetermined': return { kinds: referrals.length > 0 ? ['ask', 'refer'] : ['ask'], referrals };
    default: return { kinds: [], referrals: [] };
  }
}

/** Status prospect (the default) or offered: no decision yet. */
export function isLead(status: Verdict['status'] | undefined): boolean {
  return status === undefined || status === 'prospect' || status === 'offered';
}

export interface ReplyRequest {
  kind?: ReplyKind;
  /** The colleague's name (with refer; default the first suggested). */
  to?: string;
  /** The letter's language (default the profile's). */
  language?: Language;
}

/** Why no draft: a fit gets none, a kind that does not apply, a colleague not suggested. */
export type DraftRefusal =
  | { ok: false; why: 'fit'; choices: ReplyChoices }
  /** A current client or a past prospect (declined, referred, ended): the first call was answered. */
  | { ok: false; why: 'status'; status: Verdict['status']; choices: ReplyChoices }
  | { ok: false; why: 'kind'; kind: ReplyKind; choices: ReplyChoices }
  | { ok: false; why: 'to'; to: string; choices: ReplyChoices }
  /** A colleague named for a kind of reply that names none. */
  | { ok: false; why: 'to-without-refer'; kind: ReplyKind; choices: ReplyChoices };

/** `ownTemplate`: the profile's own template of that kind was used (not the built-in one). */
export type DraftResult = { ok: true; draft: ReplyDraft; ownTemplate: boolean } | DraftRefusal;

function text(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
}

/** One line of text from a value that may be anything: no line breaks inside a placeholder's value. */
function oneLine(x: string): string {
  return x.replace(/\s+/g, ' ').trim();
}

/**
 * The `tellClient` texts of the unmet criteria: dealbreakers first, then by weight, then in
 * profile order; each text once, at most MAX_REASONS.
 */
export function clientReasons(profile: Profile, verdict: Verdict): string[] {
  const specs = Array.isArray(profile.criteria) ? profile.criteria : [];
  const results = Array.isArray(verdict.criteria) ? verdict.criteria : [];
  // Results come one per criterion in profile order; by id only when that does not line up.
  const aligned = results.length === specs.length;
  const found: { text: string; dealbreaker: boolean; weight: number; index: number }[] = [];
  results.forEach((r, index) => {
    if (r?.outcome !== 'unmet') return;
    const spec = aligned ? specs[index] : specs.find((c) => c.id === r.id);
    const tell = text(spec?.tellClient);
    if (!spec || tell === undefined) return;
    found.push({ text: oneLine(tell), dealbreaker: spec.dealbreaker === true, weight: typeof spec.weight === 'number' ? spec.weight : 0, index });
  });
  found.sort((a, b) => Number(b.dealbreaker) - Number(a.dealbreaker) || b.weight - a.weight || a.index - b.index);
  const out: string[] = [];
  for (const f of found) if (!out.includes(f.text) && out.length < MAX_REASONS) out.push(f.text);
  return out;
}

/**
 * The open questions a letter may ask, in the verdict's order: a fact's own question, else its
 * label as the point to clarify. A fact with neither is left out (its name is yours, not the
 * client's), as is anything that is not a fact of the profile.
 */
export function clientQuestions(profile: Profile, verdict: Verdict): string[] {
  const facts = new Map<string, FactSpec>();
  for (const f of Array.isArray(profile.facts) ? profile.facts : []) if (!facts.has(f.name)) facts.set(f.name, f);
  const out: string[] = [];
  for (const q of Array.isArray(verdict.ask) ? verdict.ask : []) {
    const fact = facts.get(q?.fact);
    if (!fact || fact.source === 'self') continue;
    const asked = text(fact.question) ?? text(fact.label);
    if (asked !== undefined && !out.includes(oneLine(asked))) out.push(oneLine(asked));
  }
  return out;
}

/** The contact's name as the prospect writes it (`contact: { name: … }`), if any. */
function contactName(prospect: Prospect): string | undefined {
  const contact: unknown = prospect?.contact;
  if (typeof contact !== 'object' || contact === null) return undefined;
  const name = (contact as Record<string, unknown>).name;
  return typeof name === 'string' ? text(name) : undefined;
}

/** Every placeholder's value for one draft; undefined where there is none. */
function valuesFor(
  kind: ReplyKind, profile: Profile, prospect: Prospect, verdict: Verdict, referral: ReferralSuggestion | undefined, words: ReplyWords,
): Record<ReplyPlaceholder, string | undefined> {
  const reasons = clientReasons(profile, verdict);
  const questions = clientQuestions(profile, verdict);
  const prospectName = text(prospect?.prospect);
  return {
    prospect: prospectName === undefined ? undefined : oneLine(prospectName),
    contact: (() => {
      const n = contactName(prospect);
      return n === undefined ? undefined : oneLine(n);
    })(),
    owner: text(profile.owner) === undefined ? undefined : oneLine(profile.owner!),
    reasons: reasons.length > 0 ? reasons.map((r) => `- ${r}`).join('\n') : words.noReasons,
    questions: questions.length > 0 ? questions.map((q, i) => `${i + 1}. ${q}`).join('\n') : words.noQuestions,
    colleague: kind === 'refer' && referral && text(referral.name) ? oneLine(referral.name) : undefined,
    colleagueContact: kind === 'refer' && referral && text(referral.contact) ? oneLine(referral.contact!) : undefined,
    colleagueNote: kind === 'refer' && referral && text(referral.note) ? oneLine(referral.note!) : undefined,
  };
}

/**
 * Fills a template in. A line with a placeholder that has no value is left out — except the
 * greeting (the first line with text), which becomes the neutral greeting: so a missing contact
 * name, owner or colleague contact never leaves a gap in a sentence. A line with a name that is no
 * placeholder is left out too (the checks flag it). Runs of blank lines left behind become one.
 */
export function fillTemplate(template: string, values: Readonly<Record<ReplyPlaceholder, string | undefined>>, greeting: string): string {
  const lines = template.replace(/\r\n?/g, '\n').split('\n');
  const greetingLine = lines.findIndex((l) => l.trim() !== '');
  const out: string[] = [];
  lines.forEach((line, index) => {
    let filled = '';
    let dropped = false;
    for (const part of scanTemplate(line)) {
      if (part.kind === 'text' || part.kind === 'unclosed') filled += part.kind === 'text' ? part.text : part.text;
      else if (part.kind === 'unknown') dropped = true;
      else {
        const value = values[part.name];
        if (value === undefined) dropped = true;
        // A list written after other words on its line starts on a line of its own.
        else if (filled.trim() !== '' && /^(- |\d+\. )/.test(value)) filled = `${filled.trimEnd()}\n${value}`;
        else filled += value;
      }
    }
    if (!dropped) out.push(filled.replace(/[ \t]+$/gm, ''));
    else if (index === greetingLine) out.push(greeting);
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * The draft of a reply to a prospect with this verdict: of the kind asked for (default the first
 * that applies), to the colleague asked for (default the first suggested), in the language asked
 * for (default the profile's). Refused for a client or a past prospect, a fit, a kind that does
 * not apply, a colleague who is not suggested.
 */
export function draftReply(profile: Profile, prospect: Prospect, verdict: Verdict, request: ReplyRequest = {}): DraftResult {
  const choices = replyChoices(verdict);
  if (!isLead(verdict.status)) return { ok: false, why: 'status', status: verdict.status, choices };
  if (choices.kinds.length === 0) return { ok: false, why: 'fit', choices };
  // A colleague named without a kind asks for a referral.
  const kind = request.kind ?? (request.to !== undefined ? 'refer' : choices.kinds[0]);
  if (!choices.kinds.includes(kind)) {
    return request.kind === undefined && request.to !== undefined ? { ok: false, why: 'to', to: request.to, choices } : { ok: false, why: 'kind', kind, choices };
  }
  let referral: ReferralSuggestion | undefined;
  if (kind === 'refer') {
    referral = request.to === undefined ? choices.referrals[0] : choices.referrals.find((r) => r.name === request.to);
    if (!referral) return { ok: false, why: 'to', to: request.to ?? '', choices };
  } else if (request.to !== undefined) {
    return { ok: false, why: 'to-without-refer', kind, choices };
  }
  const profileLanguage: Language = profile.language === 'de' ? 'de' : 'en';
  const language: Language = request.language ?? profileLanguage;
  const words = replyWords(voiceOf(language, profile.replies?.address));
  // The profile's own templates are written in its language: a letter in another one takes the
  // built-in template of that language.
  const own = language === profileLanguage ? profile.replies?.[kind] : undefined;
  const template = own ?? words.templates[kind];
  const draft: ReplyDraft = {
    kind, language,
    text: fillTemplate(template, valuesFor(kind, profile, prospect, verdict, referral, words), words.greeting),
  };
  if (referral) draft.referral = referral;
  return { ok: true, draft, ownTemplate: own !== undefined };
}
