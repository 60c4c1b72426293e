// The checks of a prospect's story (docs/reference.md, “A prospect's story”): observations that
// name a fact the profile does not know, carry a value wrong for it or are dated before the first
// call; a decision or an `ended:` that contradicts the status; a referral or a criterion that the
// profile does not have; and a client who no longer fits, on the observation that turned it.
import * as l10n from '@vscode/l10n';
import type { Observation, Prospect, Verdict } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath, type PathSegment } from '../../parser/astNavigation';
import { isObject } from '../../model/profileModel';
import type { ProfileInfo } from '../../model/featureContext';
import type { Problem } from '../../model/problem';
import { dayOf, metDay } from '../../model/storyModel';
import { listNames, problem, rangeAtPath, shown, suggester } from './problemHelpers';
import { valueProblems } from './prospectChecks';
import { isUnknownValue } from './valueChecks';

export interface StoryContext {
  profile?: ProfileInfo;
  /** The now verdict, when there is one. */
  verdict?: Verdict;
  /** The observation standing for each fact now (the engine's latestObservations). */
  observed?: Map<string, Observation>;
}

/** The keys of a prospect's story: without any of them there is nothing to check here. */
const STORY_KEYS = ['status', 'decision', 'engagement', 'observations', 'ended'] as const;

export function checkStory(parsed: ParsedDocument, prospect: Prospect, ctx: StoryContext): Problem[] {
  const value = parsed.value;
  // A prospect without a story needs no YAML document (the fast reader's need not be parsed).
  if (!isObject(value) || !STORY_KEYS.some((k) => Object.prototype.hasOwnProperty.call(value, k))) return [];
  if (!parsed.yaml) return [];
  const out: Problem[] = [];
  const has = (path: PathSegment[]): boolean => findAtPath(parsed.yaml, path) !== undefined;
  const status = prospect.status ?? 'prospect';
  const suggest = suggester();
  const profile = ctx.profile?.profile;

  // Observations.
  if (Array.isArray(value.observations)) {
    const met = metDay(value.met);
    const factNames = profile ? profile.facts.map((f) => f.name) : [];
    value.observations.forEach((raw: unknown, k: number) => {
      if (!isObject(raw)) return;
      if (profile && typeof raw.fact === 'string') {
        const spec = profile.facts.find((f) => f.name === raw.fact);
        if (!spec) {
          const hint = suggest(raw.fact, factNames);
          out.push(problem(rangeAtPath(parsed, ['observations', k, 'fact']), 'error',
            l10n.t('The profile does not know the fact "{0}".', shown(raw.fact)) + hint.text + ' ' + l10n.t('Known facts: {0}.', listNames(factNames)),
            'unknown-prospect-fact', hint.replacement));
        } else if (Object.prototype.hasOwnProperty.call(raw, 'value') && !isUnknownValue(raw.value)) {
          out.push(...valueProblems(parsed, spec, raw.value, ['observations', k, 'value'], suggest));
        }
      }
      const date = dayOf(raw.date);
      if (date && met && date < met) {
        out.push(problem(rangeAtPath(parsed, ['observations', k, 'date']), 'warning',
          l10n.t('This observation ({0}) is dated before the first call ({1}).', date, met), 'story'));
      }
    });
  }

  // The decision against the status.
  const outcome = prospect.decision?.outcome;
  if (outcome && has(['decision', 'outcome']) && contradicts(outcome, status)) {
    out.push(problem(rangeAtPath(parsed, ['decision', 'outcome']), 'warning',
      l10n.t('The decision "{0}" does not go with the status {1}: declined goes with declined, referred with referred, signed with client or ended.', outcome, status), 'story'));
  }
  const to = prospect.decision?.to;
  if (profile && to !== undefined && has(['decision', 'to'])) {
    const names = profile.referrals.map((r) => r.name);
    if (!names.includes(to)) {
      const hint = suggest(to, names);
      const known = names.length === 0 ? ' ' + l10n.t('The profile names no referrals yet.') : ' ' + l10n.t('Referrals: {0}.', listNames(names));
      out.push(problem(rangeAtPath(parsed, ['decision', 'to']), 'warning',
        l10n.t('"{0}" is not a referral of the profile.', shown(to)) + hint.text + known, 'unknown-referral', hint.replacement));
    }
  }

  // ended: and status: ended go together.
  if (has(['ended']) && status !== 'ended') {
    out.push(problem(rangeAtPath(parsed, ['ended'], 'key'), 'warning',
      l10n.t('This prospect has an ended: entry, but its status is {0}; set status: ended, or remove ended:.', status), 'story'));
  } else if (status === 'ended' && !has(['ended'])) {
    out.push(problem(rangeAtPath(parsed, ['status']), 'warning',
      l10n.t('The status is ended, but there is no ended: with its date, who ended it and why.'), 'story'));
  }
  const reason = prospect.ended?.reason;
  if (profile && reason !== undefined && has(['ended', 'reason'])) {
    const ids = profile.criteria.map((c) => c.id);
    if (!ids.includes(reason)) {
      const hint = suggest(reason, ids);
      out.push(problem(rangeAtPath(parsed, ['ended', 'reason']), 'error',
        l10n.t('"{0}" is not a criterion id of this profile.', shown(reason)) + hint.text + ' ' + l10n.t('Criteria: {0}.', listNames(ids)),
        'unknown-criterion', hint.replacement));
    }
  }

  const fits = noLongerFits(parsed, prospect, ctx);
  if (fits) out.push(fits);
  return out;
}

function contradicts(outcome: string, status: string): boolean {
  if (outcome === 'declined' || outcome === 'referred') return status !== outcome;
  if (outcome === 'signed') return status !== 'client' && status !== 'ended';
  return false;
}

/**
 * A client whose verdict now is no-fit: a warning on the observation that turned it (the latest
 * of the fact behind the first unmet dealbreaker, else the first unmet criterion), naming the
 * colleagues to hand over to.
 */
function noLongerFits(parsed: ParsedDocument, prospect: Prospect, ctx: StoryContext): Problem | undefined {
  const v = ctx.verdict;
  if (prospect.status !== 'client' || !v || v.verdict !== 'no-fit') return undefined;
  const turned = v.criteria.find((c) => c.dealbreaker && c.outcome === 'unmet') ?? v.criteria.find((c) => c.outcome === 'unmet');
  if (!turned) return undefined;
  const observation = ctx.observed?.get(turned.fact);
  const path: PathSegment[] = observation ? ['observations', observation.index] : ['status'];
  // The criterion's label and the value in the profile's words (what an excludes found), not ids.
  const value = turned.shown ?? (Array.isArray(turned.value) ? turned.value.map(String).join(', ') : String(turned.value));
  let message = l10n.t('{0} no longer fits: {1} ({2}).', v.prospect, turned.label ?? turned.id, value);
  if (v.referrals.length > 0) {
    message += ' ' + l10n.t('Colleagues to hand over to: {0}.', v.referrals.map((r) => (r.contact ? `${r.name} (${r.contact})` : r.name)).join(', '));
  }
  return problem(rangeAtPath(parsed, path), 'warning', message, 'no-longer-fits');
}
