// The hover words of the keys that say how much a criterion counts and where a value comes from
// (severity, source, clarifyBy, fromOffer), and of the keys of replies (tellClient, a referral's
// unless and alsoFor, replies and its address and templates), through l10n, so that a German
// editor shows them in German. Each English text is exactly the schema's description (a unit test holds them in step);
// the schema's example after it is kept as it is.
import * as l10n from '@vscode/l10n';
import type { SchemaObject } from './schemaWalker';

const SEVERITY = 'How much an unmet criterion counts: `normal` (the default: it lowers the score), `caution` (it counts in the score like a normal one, and when it is unmet a fit becomes borderline) or `dealbreaker` (the same as `dealbreaker: true`: unmet, the prospect is a no-fit whatever the score; no weight).';
const SOURCE = '`self`: an observation of your own (a gut feeling, how the call felt), not something you ask the prospect. It is never among the questions to ask; while it has no value it is listed to note after the call.';
const CLARIFY_BY = '`offer`: this fact must be known before you make an offer. While it has no value, a prospect with a high score is undetermined rather than a fit, and its question comes right after the dealbreakers\'.';
const FROM_OFFER = 'The key of your `offer` whose value this criterion uses (`responseTime`, `hoursPerWeek`, `channels`, `services`, `workingStyle`), so that what you offer is written once.';
const TELL_CLIENT = 'What a reply may tell the client when this criterion is unmet: one sentence written for the client. Unlike `why`, which stays yours, this text can appear in a drafted decline or referral (at most two such reasons per letter, dealbreakers first).';
const UNLESS = 'Facts and values for which this referral is NOT suggested, in the shape of `when`: when every listed fact\'s value is among its listed values (for tags: shares one), the colleague is left out.';
const ALSO_FOR = 'Verdicts besides no-fit for which this colleague is suggested too: `borderline`, `undetermined`. A fit is never referred.';
const REPLIES = 'How replies to prospects are drafted (Draft reply, `ideal-client reply`): the German form of address and your own templates. Without a template of your own, the built-in one in the profile\'s language is used. A draft only ever holds what may be shown to the client.';
const ADDRESS = 'German replies only: address the client with `Sie` (the default) or `du`.';
const DECLINE = 'Your template for a decline (a no-fit without a suggested colleague, or when you choose to decline). Placeholders: `{contact}`, `{prospect}`, `{owner}`, `{reasons}` (the `tellClient` texts of the unmet criteria as a list). A line whose placeholder has no value is left out; the greeting line gets a neutral greeting instead. Write `{{` for a brace itself.';
const REFER = 'Your template for a referral to a colleague (a no-fit, or a verdict the referral\'s `alsoFor` names). Placeholders: those of `decline`, and `{colleague}`, `{colleagueContact}`, `{colleagueNote}`. A line whose placeholder has no value is left out; the greeting line gets a neutral greeting instead.';
const ASK = 'Your template for a reply to a borderline or undetermined prospect: the open questions. Placeholders: `{contact}`, `{prospect}`, `{owner}`, `{reasons}`, `{questions}` (the questions still to ask, numbered). A line whose placeholder has no value is left out; the greeting line gets a neutral greeting instead.';
const SEVERITY_TITLE = 'Severity';
const SOURCE_TITLE = 'Source';
const CLARIFY_BY_TITLE = 'Clarify by';
const FROM_OFFER_TITLE = 'From the offer';
const TELL_CLIENT_TITLE = 'Tell the client';
const UNLESS_TITLE = 'Unless';
const ALSO_FOR_TITLE = 'Also for';
const REPLIES_TITLE = 'Replies';
const ADDRESS_TITLE = 'Form of address';
const DECLINE_TITLE = 'Decline template';
const REFER_TITLE = 'Referral template';
const ASK_TITLE = 'Questions template';

/** The English descriptions this file translates (for the test that holds them in step with the schema). */
export const TRANSLATED_DESCRIPTIONS: readonly string[] = [
  SEVERITY, SOURCE, CLARIFY_BY, FROM_OFFER, TELL_CLIENT, UNLESS, ALSO_FOR, REPLIES, ADDRESS, DECLINE, REFER, ASK,
];

function description(text: string): string | undefined {
  switch (text) {
    case SEVERITY: return l10n.t(SEVERITY);
    case SOURCE: return l10n.t(SOURCE);
    case CLARIFY_BY: return l10n.t(CLARIFY_BY);
    case FROM_OFFER: return l10n.t(FROM_OFFER);
    case TELL_CLIENT: return l10n.t(TELL_CLIENT);
    case UNLESS: return l10n.t(UNLESS);
    case ALSO_FOR: return l10n.t(ALSO_FOR);
    case REPLIES: return l10n.t(REPLIES);
    case ADDRESS: return l10n.t(ADDRESS);
    case DECLINE: return l10n.t(DECLINE);
    case REFER: return l10n.t(REFER);
    case ASK: return l10n.t(ASK);
    default: return undefined;
  }
}

function title(text: string): string {
  switch (text) {
    case SEVERITY_TITLE: return l10n.t(SEVERITY_TITLE);
    case SOURCE_TITLE: return l10n.t(SOURCE_TITLE);
    case CLARIFY_BY_TITLE: return l10n.t(CLARIFY_BY_TITLE);
    case FROM_OFFER_TITLE: return l10n.t(FROM_OFFER_TITLE);
    case TELL_CLIENT_TITLE: return l10n.t(TELL_CLIENT_TITLE);
    case UNLESS_TITLE: return l10n.t(UNLESS_TITLE);
    case ALSO_FOR_TITLE: return l10n.t(ALSO_FOR_TITLE);
    case REPLIES_TITLE: return l10n.t(REPLIES_TITLE);
    case ADDRESS_TITLE: return l10n.t(ADDRESS_TITLE);
    case DECLINE_TITLE: return l10n.t(DECLINE_TITLE);
    case REFER_TITLE: return l10n.t(REFER_TITLE);
    case ASK_TITLE: return l10n.t(ASK_TITLE);
    default: return text;
  }
}

/** Title and Markdown of a key's hover in the UI language, or undefined for a key not translated here. */
export function translatedKeyHover(schemas: readonly SchemaObject[]): { title: string; markdown: string } | undefined {
  for (const s of schemas) {
    if (typeof s.description !== 'string') continue;
    const words = description(s.description);
    if (words === undefined) continue;
    const md = typeof s.markdownDescription === 'string' && s.markdownDescription.startsWith(s.description)
      ? s.markdownDescription.slice(s.description.length)
      : '';
    return { title: title(typeof s.title === 'string' ? s.title : ''), markdown: words + md };
  }
  return undefined;
}
