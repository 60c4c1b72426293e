// The hover words of the keys that say how much a criterion counts and where a value comes from
// (severity, source, clarifyBy, fromOffer) through l10n, so that a German editor shows them in
// German. Each English text is exactly the schema's description (a unit test holds them in step);
// the schema's example after it is kept as it is.
import * as l10n from '@vscode/l10n';
import type { SchemaObject } from './schemaWalker';

const SEVERITY = 'How much an unmet criterion counts: `normal` (the default: it lowers the score), `caution` (it counts in the score like a normal one, and when it is unmet a fit becomes borderline) or `dealbreaker` (the same as `dealbreaker: true`: unmet, the prospect is a no-fit whatever the score; no weight).';
const SOURCE = '`self`: an observation of your own (a gut feeling, how the call felt), not something you ask the prospect. It is never among the questions to ask; while it has no value it is listed to note after the call.';
const CLARIFY_BY = '`offer`: this fact must be known before you make an offer. While it has no value, a prospect with a high score is undetermined rather than a fit, and its question comes right after the dealbreakers\'.';
const FROM_OFFER = 'The key of your `offer` whose value this criterion uses (`responseTime`, `hoursPerWeek`, `channels`, `services`, `workingStyle`), so that what you offer is written once.';
const SEVERITY_TITLE = 'Severity';
const SOURCE_TITLE = 'Source';
const CLARIFY_BY_TITLE = 'Clarify by';
const FROM_OFFER_TITLE = 'From the offer';

/** The English descriptions this file translates (for the test that holds them in step with the schema). */
export const TRANSLATED_DESCRIPTIONS: readonly string[] = [SEVERITY, SOURCE, CLARIFY_BY, FROM_OFFER];

function description(text: string): string | undefined {
  switch (text) {
    case SEVERITY: return l10n.t(SEVERITY);
    case SOURCE: return l10n.t(SOURCE);
    case CLARIFY_BY: return l10n.t(CLARIFY_BY);
    case FROM_OFFER: return l10n.t(FROM_OFFER);
    default: return undefined;
  }
}

function title(text: string): string {
  switch (text) {
    case SEVERITY_TITLE: return l10n.t(SEVERITY_TITLE);
    case SOURCE_TITLE: return l10n.t(SOURCE_TITLE);
    case CLARIFY_BY_TITLE: return l10n.t(CLARIFY_BY_TITLE);
    case FROM_OFFER_TITLE: return l10n.t(FROM_OFFER_TITLE);
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
