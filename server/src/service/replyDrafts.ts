// Draft reply, as the service answers it for the editor and the CLI: the prospect's verdict, the
// profile that gave it, and the draft the engine makes of them — or why there is none, in the UI
// language. A template of the profile's own with a mistake (an unknown placeholder, an unclosed
// "{") is refused with the template's line rather than drafted half.
import * as l10n from '@vscode/l10n';
import type { DraftReplyParams, DraftReplyResult } from '../../../shared/src/protocol';
import { REPLY_KINDS, type Language } from '../../../shared/src/types';
import { draftReply, replyChoices, type DraftRefusal } from '../engine';
import { templateProblems } from '../features/validation/replyChecks';
import { statusName } from '../features/verdictWords';
import type { LessonSource } from './lessonProposals';
import type { Settings } from './settings';

export interface ReplyAsk extends Omit<DraftReplyParams, 'uri'> {
  /** The letter's language (the CLI's --lang); default the profile's. */
  language?: Language;
}

/** Where a refusal points: a template's line in the profile (for the CLI's file:line:column). */
export interface ReplyRefusalAt {
  uri: string;
  line: number;
  character: number;
}

export type ReplyAnswer = DraftReplyResult | { ok: false; message: string; usage?: boolean; at?: ReplyRefusalAt };

/** The draft for a prospect, or why there is none. */
export function replyDraft(service: LessonSource, uri: string, settings: Settings, ask: ReplyAsk = {}): ReplyAnswer {
  const name = service.describe(uri);
  if (ask.kind !== undefined && !(REPLY_KINDS as readonly unknown[]).includes(ask.kind)) {
    return { ok: false, usage: true, message: l10n.t('"{0}" is not a kind of reply: {1}.', String(ask.kind), REPLY_KINDS.join(', ')) };
  }
  const ev = service.evaluate(uri, settings);
  const info = service.getProspectInfo(uri, settings);
  if (!ev.ok) return { ok: false, message: ev.message };
  if (!info) return { ok: false, message: l10n.t('{0}: not a readable prospect.', name) };
  const profile = service.getProfileInfo(ev.profileUri, settings);
  if (!profile) return { ok: false, message: l10n.t('{0}: not a readable profile.', service.describe(ev.profileUri)) };
  const result = draftReply(profile.profile, info.prospect, ev.verdict, { kind: ask.kind, to: ask.to, language: ask.language });
  const prospect = ev.verdict.prospect || name;
  if (!result.ok) return { ok: false, usage: true, message: refusalWords(result, prospect) };
  if (result.ownTemplate) {
    const mistake = templateProblems(profile.parsed, result.draft.kind).find((p) => p.severity === 'error');
    if (mistake) {
      return {
        ok: false,
        at: { uri: ev.profileUri, line: mistake.range.start.line, character: mistake.range.start.character },
        message: l10n.t('The {0} template of {1} has a mistake on line {2}: {3}', result.draft.kind, service.describe(ev.profileUri), mistake.range.start.line + 1, mistake.message),
      };
    }
  }
  const { kinds, referrals } = replyChoices(ev.verdict);
  return { ok: true, draft: result.draft, prospect, kinds, referrals };
}

function refusalWords(r: DraftRefusal, prospect: string): string {
  const kinds = r.choices.kinds.join(', ');
  const names = r.choices.referrals.map((c) => c.name).join(', ');
  switch (r.why) {
    case 'fit': return l10n.t('{0} fits: there is no decline, referral or open question to write.', prospect);
    case 'status':
      return r.status === 'client'
        ? l10n.t('{0} is a current client: a reply here answers a first call (a decline, a referral or open questions).', prospect)
        : l10n.t('{0} is no longer a lead ({1}): a reply here answers a first call (a decline, a referral or open questions).', prospect, statusName(r.status));
    case 'kind':
      return r.kind === 'refer'
        ? l10n.t('No colleague is suggested for {0}, so there is no referral to draft. Replies that apply: {1}.', prospect, kinds)
        : l10n.t('A {0} reply does not apply to {1}. Replies that apply: {2}.', r.kind, prospect, kinds);
    case 'to':
      return names === ''
        ? l10n.t('No colleague is suggested for {0}.', prospect)
        : l10n.t('"{0}" is not a colleague suggested for {1}. Suggested: {2}.', r.to, prospect, names);
    case 'to-without-refer':
      return l10n.t('A colleague is named only in a referral (refer), not in a {0} reply.', r.kind);
  }
}
