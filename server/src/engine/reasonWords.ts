// A criterion's outcome in the words a consultant writes, in the profile's language: the full
// reason ("Nimmt Rat an (Ausschlusskriterium): „will immer Recht haben“ ist ausgeschlossen — Ihr
// Grund: …") for the CLI, the reports, the hover and the inlay tooltip, and the brief ("ohne
// „will immer Recht haben“") for the inlay hint at the end of the fact line, which already shows
// the value and so names only what the criterion wants.
import type { Language, Outcome } from '../../../shared/src/types';
import { oneLine } from './show';

export interface ReasonParts {
  outcome: Outcome;
  dealbreaker: boolean;
  caution: boolean;
  matcher: string;
  /** The criterion's label (or its fact's). */
  label: string;
  /** The prospect's value in words (met and unmet). */
  value?: string;
  /** What the criterion wants, in words. */
  target: string;
  /** For excludes / isNot: the excluded options the value has; for includes: the wanted ones it lacks. */
  present?: string;
  missing?: string;
  /** Several excluded options present ("sind ausgeschlossen"). */
  presentMany?: boolean;
  /** The consultant's own reason (`why:`). */
  why?: string;
  /** Why it is unknown although something was written. */
  problem?: string;
  criterionBroken?: boolean;
}

const WORDS = {
  en: {
    dealbreaker: 'dealbreaker', caution: 'caution', wanted: 'wanted', unknown: 'unknown', broken: 'cannot be checked',
    ruledOut: (x: string, many: boolean) => `${x} ${many ? 'are' : 'is'} ruled out`, missing: (x: string) => `${x} missing`,
    yourReason: 'your reason', met: 'met',
  },
  de: {
    dealbreaker: 'Ausschlusskriterium', caution: 'Warnsignal', wanted: 'gewünscht', unknown: 'ungeklärt', broken: 'nicht prüfbar',
    ruledOut: (x: string, many: boolean) => `${x} ${many ? 'sind' : 'ist'} ausgeschlossen`, missing: (x: string) => `es fehlt ${x}`,
    yourReason: 'Ihr Grund', met: 'erfüllt',
  },
} as const;

/** Matchers whose met outcome is best said by what they keep out: "ohne „…“". */
const KEEPS_OUT = new Set(['excludes', 'isNot', 'doesNotMention']);

const MAX_WHY = 140;

function words(language: Language): typeof WORDS.en | typeof WORDS.de {
  return language === 'de' ? WORDS.de : WORDS.en;
}

/** The severity a line names, or undefined for a plain weighted criterion. */
export function severityWord(p: Pick<ReasonParts, 'dealbreaker' | 'caution'>, language: Language): string | undefined {
  const w = words(language);
  return p.dealbreaker ? w.dealbreaker : p.caution ? w.caution : undefined;
}

/** What the line says after the label: the value, what was wanted, what is ruled out or missing. */
function body(p: ReasonParts, language: Language): string {
  const w = words(language);
  if (p.outcome === 'unknown') {
    if (p.problem) return `${p.criterionBroken ? w.broken : w.unknown}: ${oneLine(p.problem, 200)}`;
    return `${w.unknown}, ${w.wanted}: ${p.target}`;
  }
  if (p.outcome === 'met') {
    if (KEEPS_OUT.has(p.matcher)) return p.target;
    return p.value === p.target ? p.target : `${p.value ?? ''} (${w.wanted}: ${p.target})`;
  }
  if (p.present) return w.ruledOut(p.present, p.presentMany === true);
  if (p.missing) return w.missing(p.missing);
  return `${p.value ?? ''}, ${w.wanted}: ${p.target}`;
}

/**
 * The whole reason: "Budget: 4.000 €, gewünscht: mindestens 5.000 € — Ihr Grund: Unter 5.000 € …".
 * The consultant's `why` follows an unmet outcome, marked as theirs.
 */
export function reasonSentence(p: ReasonParts, language: Language): string {
  const severity = severityWord(p, language);
  const head = severity ? `${p.label} (${severity})` : p.label;
  const why = p.outcome === 'unmet' && p.why ? ` — ${words(language).yourReason}: ${oneLine(p.why, MAX_WHY)}` : '';
  return `${head}: ${body(p, language)}${why}`;
}

/**
 * VS Code cuts an inlay hint's label after 43 characters (`editor.inlayHints.maximumLength`,
 * default 43 in VS Code 1.139); the mark and a blank take 2 of them.
 */
export const BRIEF_MAX = 41;

/** Cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The brief for the end of the fact line, which shows the value already: what the criterion
 * wants ("mindestens 5.000 €", "gewünscht: ja", "ohne „will immer Recht haben“"), with the
 * severity after it when it fits into BRIEF_MAX ("gewünscht: mindestens 1 Tag (Warnsignal)").
 */
export function briefSentence(p: ReasonParts, language: Language): string {
  const w = words(language);
  let core: string;
  if (p.outcome === 'unknown') core = p.problem ? (p.criterionBroken ? w.broken : w.unknown) : `${w.wanted}: ${p.target}`;
  // Met: the value on the line is fine; a target too long to show whole is left to the tooltip.
  else if (p.outcome === 'met') core = p.value === p.target || p.target.length > BRIEF_MAX ? w.met : p.target;
  else core = KEEPS_OUT.has(p.matcher) || p.present ? p.target : `${w.wanted}: ${p.target}`;
  // "gewünscht: " gives way before the target itself is cut.
  if (core.length > BRIEF_MAX && core === `${w.wanted}: ${p.target}`) core = p.target;
  const severity = severityWord(p, language);
  const withSeverity = severity ? `${core} (${severity})` : core;
  return cut(withSeverity.length <= BRIEF_MAX ? withSeverity : core, BRIEF_MAX);
}
