// A verdict in a few words, for people: the code lens, the status bar, the CLI's text and the
// reports. The verdict kinds stay English identifiers in JSON; these are their words.
import type { ProspectStatus, Verdict, VerdictBecause, VerdictKind } from '../types';
import type { Translate } from './translate';

const ICON: Readonly<Record<VerdictKind, string>> = { fit: '✔', borderline: '◐', 'no-fit': '✘', undetermined: '?' };

export function verdictName(kind: VerdictKind, t: Translate): string {
  switch (kind) {
    case 'fit': return t('fit');
    case 'borderline': return t('borderline');
    case 'no-fit': return t('no fit');
    case 'undetermined': return t('open');
  }
}

/** A character for each verdict, where text stands alone (the code lens, the reports). */
export function verdictIcon(kind: VerdictKind): string {
  return ICON[kind];
}

/** "29% match" / "Passung 29 %" (or "no match yet"). */
export function matchWords(score: number | null, t: Translate): string {
  return score === null ? t('no match yet') : t('{0}% match', score);
}

/** "29% match · 88% known" / "Passung 29 % · 88 % geklärt". */
export function scoreLine(v: Pick<Verdict, 'score' | 'known'>, t: Translate): string {
  return `${matchWords(v.score, t)} · ${t('{0}% known', v.known)}`;
}

/** "Label: value" for each item (the label alone without `values`), joined. */
function itemWords(b: VerdictBecause, values = true): string {
  return b.items.map((i) => (values && i.value !== undefined ? `${i.label}: ${i.value}` : i.label)).join(', ');
}

/**
 * Why the verdict is what it is, in a few words: the unmet dealbreaker and its value, what is still
 * open, the unmet caution — said before the numbers, so that a high match beside "no fit" does not
 * read as a contradiction. Empty for a plain fit.
 */
export function becauseWords(v: Pick<Verdict, 'because' | 'known'>, t: Translate, values = true): string {
  const b = v.because;
  if (!b || !Array.isArray(b.items)) return '';
  const many = b.items.length > 1;
  const items = itemWords(b, values);
  switch (b.kind) {
    case 'dealbreaker': return many ? t('{0} (dealbreakers)', items) : t('{0} (dealbreaker)', items);
    case 'open-dealbreaker': return many ? t('not yet clarified: {0} (dealbreakers)', items) : t('not yet clarified: {0} (dealbreaker)', items);
    case 'clarify': return t('to clarify before an offer: {0}', items);
    case 'little-known': return t('only {0}% known, {1}% needed', v.known, b.minKnown ?? 0);
    case 'caution': return many ? t('{0} (cautions)', items) : t('{0} (caution)', items);
    case 'low-score': return b.items.length > 0 ? t('not met: {0}', items) : '';
    default: return '';
  }
}

/** " — why" after the verdict's name, or nothing; `values: false` names the labels only. */
export function cautionWords(v: Pick<Verdict, 'because' | 'known'>, t: Translate, values = true): string {
  const why = becauseWords(v, t, values);
  return why ? ` — ${why}` : '';
}

export function statusName(status: ProspectStatus, t: Translate): string {
  switch (status) {
    case 'prospect': return t('prospect');
    case 'offered': return t('offered');
    case 'declined': return t('declined');
    case 'referred': return t('referred');
    case 'client': return t('client');
    case 'ended': return t('ended');
  }
}

/**
 * "✔ fit", or — when an observation changed the verdict since the first call —
 * "✘ no fit now · was ✔ fit at first call".
 */
export function verdictNowAndThen(v: Pick<Verdict, 'verdict' | 'firstCall'>, t: Translate): string {
  const now = `${ICON[v.verdict]} ${verdictName(v.verdict, t)}`;
  const then = v.firstCall?.verdict;
  if (!then || then === v.verdict) return now;
  return `${t('{0} now', now)} · ${t('was {0} at first call', `${ICON[then]} ${verdictName(then, t)}`)}`;
}

/**
 * The verdict, why (labels only: the values are in the headline, the lens's tooltip), and the
 * match, for a code lens: "✘ no fit — Takes advice (dealbreaker) · 71% match" (for a client whose
 * verdict changed since the first call, "✘ no fit now · was ✔ fit at first call — … · 100% match").
 * About 60 characters in German, so that the questions lens after it stays in a split editor.
 */
export function verdictShort(v: Verdict, t: Translate): string {
  return `${verdictNowAndThen(v, t)}${cautionWords(v, t, false)} · ${matchWords(v.score, t)}`;
}

/** "✘ no fit — Takes advice: “wants to be right” (dealbreaker) · 71% match · 88% known · better suited: Anna Schmidt" */
export function verdictHeadline(v: Verdict, t: Translate): string {
  const parts = [`${verdictNowAndThen(v, t)}${cautionWords(v, t)}`, scoreLine(v, t)];
  if (v.referrals.length > 0) parts.push(t('better suited: {0}', v.referrals.map((r) => r.name).join(', ')));
  return parts.join(' · ');
}
