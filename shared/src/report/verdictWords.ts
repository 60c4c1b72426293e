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
  const then = v.firstCall?.verdict;
  if (!then || then === v.verdict) return `${ICON[v.verdict]} ${verdictName(v.verdict, t)}`;
  // The mark first, then the words ("✘ no fit now", „✘ jetzt: passt nicht“): a list is scanned by its marks.
  return `${t('{0} {1} now', ICON[v.verdict], verdictName(v.verdict, t))} · ${t('was {0} at first call', `${ICON[then]} ${verdictName(then, t)}`)}`;
}

/**
 * Why, in the fewest words that still say it, for the code lens: the labels of what is unmet
 * without their level ("Nimmt Rat an", "Arbeitsweise, Erwartete Antwortzeit"), "ungeklärt: …",
 * "zu klären: …", "erst 30 % geklärt". Empty for a plain fit. With `keep`, only the first `keep`
 * labels and "…".
 */
export function becauseBrief(v: Pick<Verdict, 'because' | 'known'>, t: Translate, keep?: number): string {
  const b = v.because;
  if (!b || !Array.isArray(b.items)) return '';
  const shown = keep !== undefined && keep < b.items.length ? [...b.items.slice(0, keep).map((i) => i.label), '…'] : b.items.map((i) => i.label);
  const items = shown.join(', ');
  switch (b.kind) {
    // Unmet: the labels say it after the verdict ("✘ passt nicht — Budget, Need"); unknown ones say so.
    case 'dealbreaker': case 'caution': case 'low-score': return items;
    case 'open-dealbreaker': return t('not yet clarified: {0}', items);
    case 'clarify': return t('to clarify: {0}', items);
    case 'little-known': return t('only {0}% known', v.known);
    default: return '';
  }
}

/** Characters as a reader counts them (a code point each: "✘" and a no-break space are one). */
export function textLength(s: string): number {
  return Array.from(s).length;
}

/** The why in a lens is never cut to fewer characters than this ("Keine Bereitschaft …" still says something). */
const MIN_WHY = 12;

/** `text` in at most `max` characters, with "…": after a whole word when that keeps at least MIN_WHY of them. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return space >= MIN_WHY ? `${head.slice(0, space)} …` : `${head.trimEnd()}…`;
}

/**
 * The verdict lens's title in at most `room` characters (the other lenses of the row take the
 * rest; the whole headline is the lens's tooltip): the verdict, why and the match —
 * "✘ no fit — Nimmt Rat an (dealbreaker) · 29% match". When the room is short: first the why
 * without its level ("✘ passt nicht — Nimmt Rat an · Passung 29 %"). Then, for an unmet
 * dealbreaker, which decides whatever the match, the why alone ("✘ passt nicht — Keine
 * Bereitschaft rund um die Uhr"); for any other why the match stays and the why gives way: fewer
 * labels ("Arbeitsweise, …"), then cut after a word with "…" (at least 12 characters of it:
 * "passt nicht · Passung 71 %" alone would read as a contradiction). Last the verdict and the
 * match, the verdict alone. For a client whose verdict changed since the first call the verdict
 * is "✘ no fit now · was ✔ fit at first call".
 */
export function verdictLens(v: Verdict, t: Translate, room = Number.POSITIVE_INFINITY): string {
  const head = verdictNowAndThen(v, t);
  const brief = becauseBrief(v, t);
  const match = ` · ${matchWords(v.score, t)}`;
  const candidates: string[] = [];
  if (brief) {
    candidates.push(`${head}${cautionWords(v, t, false)}${match}`, `${head} — ${brief}${match}`);
    const tail = v.because?.kind === 'dealbreaker' ? '' : match;
    if (!tail) candidates.push(`${head} — ${brief}`);
    for (let keep = (v.because?.items.length ?? 0) - 1; keep >= 1; keep--) candidates.push(`${head} — ${becauseBrief(v, t, keep)}${tail}`);
    const left = room - textLength(`${head} — ${tail}`);
    const short = left >= MIN_WHY ? cut(brief, left) : '';
    // "ungeklärt: …" says nothing.
    if (short && !/:\s*…$/.test(short)) candidates.push(`${head} — ${short}${tail}`);
  }
  candidates.push(head + match);
  return candidates.find((c) => textLength(c) <= room) ?? head;
}

/** "✘ no fit — Takes advice: “wants to be right” (dealbreaker) · 71% match · 88% known · better suited: Anna Schmidt" */
export function verdictHeadline(v: Verdict, t: Translate): string {
  const parts = [`${verdictNowAndThen(v, t)}${cautionWords(v, t)}`, scoreLine(v, t)];
  if (v.referrals.length > 0) parts.push(t('better suited: {0}', v.referrals.map((r) => r.name).join(', ')));
  return parts.join(' · ');
}
