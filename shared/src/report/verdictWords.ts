// A verdict in a few words, for people: the code lens, the status bar, the CLI's text and the
// reports. The verdict kinds stay English identifiers in JSON; these are their words.
import type { ProspectStatus, Verdict, VerdictKind } from '../types';
import type { Translate } from './translate';

const ICON: Readonly<Record<VerdictKind, string>> = { fit: '✔', borderline: '◐', 'no-fit': '✘', undetermined: '?' };

export function verdictName(kind: VerdictKind, t: Translate): string {
  switch (kind) {
    case 'fit': return t('fit');
    case 'borderline': return t('borderline');
    case 'no-fit': return t('no fit');
    case 'undetermined': return t('undetermined');
  }
}

/** A character for each verdict, where text stands alone (the code lens, the reports). */
export function verdictIcon(kind: VerdictKind): string {
  return ICON[kind];
}

/** "score 29% · known 88%" (or "no score yet · known 0%"). */
export function scoreLine(v: Pick<Verdict, 'score' | 'known'>, t: Translate): string {
  const score = v.score === null ? t('no score yet') : t('score {0}%', v.score);
  return `${score} · ${t('known {0}%', v.known)}`;
}

/**
 * " — caution: response-time" after "borderline" when a caution is unmet: it is why a high score
 * is not a fit, or one more reason against it. A no-fit or undetermined verdict says its own why.
 */
export function cautionWords(v: Pick<Verdict, 'verdict' | 'cautions'>, t: Translate): string {
  const ids = Array.isArray(v.cautions) ? v.cautions : [];
  return v.verdict === 'borderline' && ids.length > 0 ? ` — ${t('caution: {0}', ids.join(', '))}` : '';
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
 * The verdict and the score, short enough for a code lens in any language: "✘ no fit · score 29%"
 * ("◐ borderline — caution: response-time · score 75%"; for a client whose verdict changed since
 * the first call, "✘ no fit now · was ✔ fit at first call · score 100%").
 */
export function verdictShort(v: Verdict, t: Translate): string {
  return `${verdictNowAndThen(v, t)}${cautionWords(v, t)} · ${v.score === null ? t('no score yet') : t('score {0}%', v.score)}`;
}

/** "✘ no fit · score 29% · known 88% · dealbreaker: takes-advice · refer to Anna Schmidt" */
export function verdictHeadline(v: Verdict, t: Translate): string {
  const parts = [`${verdictNowAndThen(v, t)}${cautionWords(v, t)}`, scoreLine(v, t)];
  if (v.dealbreakers.length > 0) parts.push(t('dealbreaker: {0}', v.dealbreakers.join(', ')));
  if (v.referrals.length > 0) parts.push(t('refer to {0}', v.referrals.map((r) => r.name).join(', ')));
  return parts.join(' · ');
}
