// Record as Lesson, as the service answers it: which past prospects no lesson names yet, the
// lesson each proposes, and the edit that appends it to the profile that judges it.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { RecordLessonResult } from '../../../shared/src/protocol';
import { isRecordable, lessonEdit, proposeLesson, type ProposedLesson } from '../features/recordLesson';
import type { Evaluation } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import type { ProfileInfo, ProspectInfo } from '../model/featureContext';
import type { PathResolution } from '../workspace/workspaceIndex';
import type { Settings } from './settings';

/** What a proposal reads of the language service (which calls these functions itself). */
export interface LessonSource {
  describe(uri: string): string;
  getProspectInfo(uri: string, settings: Settings): ProspectInfo | undefined;
  getProfileInfo(uri: string, settings: Settings): ProfileInfo | undefined;
  getDocument(uri: string, settings: Settings): ParsedDocument | undefined;
  evaluate(uri: string, settings: Settings): Evaluation;
  resolvePath(fromUri: string, written: string): PathResolution;
  fsPathOf(uri: string): string | undefined;
}

export type LessonProposal =
  | { ok: true; prospectUri: string; profileUri: string; lesson: ProposedLesson }
  | { ok: false; message: string; reason: 'not-past' | 'named' | 'not-evaluated' };

/** The lesson a prospect proposes, or why it proposes none. */
export function lessonProposal(service: LessonSource, uri: string, settings: Settings): LessonProposal {
  const name = service.describe(uri);
  const info = service.getProspectInfo(uri, settings);
  const ev = service.evaluate(uri, settings);
  if (!info || !ev.ok) return { ok: false, reason: 'not-evaluated', message: ev.ok ? l10n.t('{0}: not a readable prospect.', name) : ev.message };
  if (!isRecordable(info.prospect)) {
    return { ok: false, reason: 'not-past', message: l10n.t('{0} is not a past prospect: a lesson is recorded for one that ended, was declined or referred (status: ended, declined or referred).', name) };
  }
  const profile = service.getProfileInfo(ev.profileUri, settings);
  if (!profile) return { ok: false, reason: 'not-evaluated', message: l10n.t('{0}: not a readable profile.', service.describe(ev.profileUri)) };
  const named = profile.profile.lessons.some((l) => {
    const r = service.resolvePath(ev.profileUri, l.prospect);
    return r.ok && r.uri === uri;
  });
  if (named) return { ok: false, reason: 'named', message: l10n.t('{0} already has a lesson in {1}.', name, service.describe(ev.profileUri)) };
  const profilePath = service.fsPathOf(ev.profileUri);
  const prospectPath = service.fsPathOf(uri);
  const relative = profilePath && prospectPath
    ? path.relative(path.dirname(profilePath), prospectPath).split(path.sep).join('/')
    : name;
  return { ok: true, prospectUri: uri, profileUri: ev.profileUri, lesson: proposeLesson(info.prospect, ev.verdict, relative) };
}

/** The edit Record as Lesson applies: one insertion into the profile. */
export function recordLesson(service: LessonSource, uri: string, settings: Settings): RecordLessonResult {
  const proposal = lessonProposal(service, uri, settings);
  if (!proposal.ok) return { ok: false, message: proposal.message };
  const parsed = service.getDocument(proposal.profileUri, settings);
  if (!parsed) return { ok: false, message: l10n.t('{0}: not a readable profile.', service.describe(proposal.profileUri)) };
  const edit = lessonEdit(parsed, proposal.lesson, service.describe(proposal.profileUri));
  if (!edit.ok) return edit;
  return { ok: true, profileUri: proposal.profileUri, lesson: proposal.lesson, edit: { changes: { [proposal.profileUri]: [edit.edit] } } };
}
