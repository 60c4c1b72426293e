// Record decision, as the service answers it: what may be recorded for a prospect (the outcomes,
// the colleagues a referral can go to, the decision already written) and the edit that writes it.
import * as l10n from '@vscode/l10n';
import type { DecisionOptionsResult, RecordDecisionParams, RecordDecisionResult } from '../../../shared/src/protocol';
import { DECISION_OUTCOMES, type Evaluation } from '../../../shared/src/types';
import { decisionEdit, statusFor, syntaxRefusal, type DecisionOutcome } from '../features/recordDecision';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { ProfileInfo, ProspectInfo } from '../model/featureContext';
import type { Settings } from './settings';

/** What the answers read of the language service (which calls these functions itself). */
export interface DecisionSource {
  describe(uri: string): string;
  getDocument(uri: string, settings: Settings): ParsedDocument | undefined;
  getProspectInfo(uri: string, settings: Settings): ProspectInfo | undefined;
  getProfileInfo(uri: string, settings: Settings): ProfileInfo | undefined;
  evaluate(uri: string, settings: Settings): Evaluation;
}

/** The statuses of a prospect still undecided: Record decision is offered on these. */
export const LEAD_STATUSES: readonly string[] = ['prospect', 'offered'];

export function decisionOptions(service: DecisionSource, uri: string, settings: Settings): DecisionOptionsResult {
  const name = service.describe(uri);
  const parsed = service.getDocument(uri, settings);
  if (!parsed || parsed.kind !== 'prospect') return { ok: false, message: l10n.t('{0} is not a prospect (*.prospect.yaml or *.prospect.md).', name) };
  const refusal = syntaxRefusal(parsed, name);
  if (refusal) return { ok: false, message: refusal };
  const info = service.getProspectInfo(uri, settings);
  if (!info) return { ok: false, message: l10n.t('{0}: not a readable prospect.', name) };
  const colleagues = colleaguesFor(service, uri, settings);
  const d = info.prospect.decision;
  const existing = d && (d.date !== undefined || d.outcome !== undefined || d.to !== undefined) ? { ...pick(d) } : undefined;
  return {
    ok: true,
    prospect: info.prospect.prospect,
    status: info.prospect.status ?? 'prospect',
    outcomes: DECISION_OUTCOMES.filter((o) => o !== 'referred' || colleagues.length > 0),
    colleagues,
    ...(existing ? { existing } : {}),
  };
}

export function recordDecision(service: DecisionSource, params: RecordDecisionParams, settings: Settings, today: string): RecordDecisionResult {
  const uri = params.uri;
  const name = service.describe(uri);
  const options = decisionOptions(service, uri, settings);
  if (!options.ok) return { ok: false, reason: 'syntax', message: options.message };
  const outcome = params.outcome as DecisionOutcome;
  if (!(DECISION_OUTCOMES as readonly string[]).includes(outcome)) {
    return { ok: false, reason: 'invalid', message: l10n.t('"{0}" is not an outcome; one of: {1}.', String(outcome), DECISION_OUTCOMES.join(', ')) };
  }
  if (outcome === 'referred' && !options.colleagues.some((c) => c.name === params.to)) {
    return options.colleagues.length === 0
      ? { ok: false, reason: 'invalid', message: l10n.t('The profile that judges {0} names no colleague (referrals:) to refer it to.', name) }
      : { ok: false, reason: 'invalid', message: l10n.t('"{0}" is not a colleague of the profile; one of: {1}.', String(params.to ?? ''), options.colleagues.map((c) => c.name).join(', ')) };
  }
  const date = typeof params.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : today;
  const parsed = service.getDocument(uri, settings)!;
  const edit = decisionEdit(parsed, { outcome, date, ...(outcome === 'referred' ? { to: params.to } : {}) }, name, params.replace === true);
  if (!edit.ok) return edit;
  return { ok: true, status: statusFor(outcome), edit: { changes: { [uri]: edit.edits } } };
}

/** Whether a prospect gets the Record decision lens and code action: still a lead, nothing decided. */
export function isUndecided(service: DecisionSource, uri: string, settings: Settings): boolean {
  // A prospect with a syntax error gets no lens: the command would only refuse (it still says why).
  if (service.getDocument(uri, settings)?.problems.some((p) => p.severity === 'error') !== false) return false;
  const info = service.getProspectInfo(uri, settings);
  if (!info) return false;
  return LEAD_STATUSES.includes(info.prospect.status ?? 'prospect') && info.prospect.decision === undefined;
}

/** The verdict's suggested colleagues; when it suggests none, every referral of the profile. */
function colleaguesFor(service: DecisionSource, uri: string, settings: Settings): { name: string; contact?: string; note?: string }[] {
  const ev = service.evaluate(uri, settings);
  if (!ev.ok) return [];
  if (ev.verdict.referrals.length > 0) return ev.verdict.referrals.map(pick);
  const profile = service.getProfileInfo(ev.profileUri, settings);
  return (profile?.profile.referrals ?? []).map(pick);
}

/** A copy with only the defined fields (the answer goes over JSON). */
function pick<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && typeof v !== 'object')) as T;
}

/** yyyy-mm-dd of today in local time (when the client sends no date). */
export function todayIso(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
