// The answers to the custom `idealClient/*` requests (protocol.ts), computed from the language
// service alone: no connection here, so they can be tested bare and server.ts stays wiring.
import * as path from 'node:path';
import type { LanguageService } from './service/languageService';
import type { Settings } from './service/settings';
import { evaluate } from './engine';
import { listProfileTemplates, newProspectText, profileTemplateText } from './features/templates';
import type {
  LessonCheck, NewProspectParams, NewProspectResult, ProfileLessons, ProfileTemplateInfo, ProspectEvaluation, QuestionsResult,
} from './protocol';
import * as l10n from '@vscode/l10n';

export type SettingsFor = (uri: string) => Settings;

export function evaluateAll(service: LanguageService, settingsFor: SettingsFor, prospects: readonly string[]): ProspectEvaluation[] {
  return prospects.map((uri) => ({ uri, relativePath: service.describe(uri), evaluation: service.evaluate(uri, settingsFor(uri)) }));
}

export function questions(service: LanguageService, uri: string, settings: Settings): QuestionsResult {
  const ev = service.evaluate(uri, settings);
  if (!ev.ok) return ev;
  return { ok: true, prospect: ev.verdict.prospect, profile: ev.verdict.profile, questions: ev.verdict.ask };
}

/** Every lesson of every profile, re-run against the profile as it is now (DESIGN §2 `lessons`). */
export function checkLessons(service: LanguageService, settingsFor: SettingsFor, profiles: readonly string[]): ProfileLessons[] {
  const out: ProfileLessons[] = [];
  for (const profileUri of profiles) {
    const settings = settingsFor(profileUri);
    const info = service.getProfileInfo(profileUri, settings);
    if (!info || info.profile.lessons.length === 0) continue;
    const lessons = info.profile.lessons.map((lesson): LessonCheck => {
      const base: LessonCheck = { prospect: lesson.prospect, expect: lesson.expect, ok: false };
      if (lesson.learned !== undefined) base.learned = lesson.learned;
      const target = service.resolvePath(profileUri, lesson.prospect);
      if (!target.ok) return { ...base, message: target.message };
      base.uri = target.uri;
      base.relativePath = service.describe(target.uri);
      const prospect = service.getProspectInfo(target.uri, settings);
      if (!prospect) return { ...base, message: l10n.t('"{0}" is not a readable prospect file.', lesson.prospect) };
      // Judged by the profile that holds the lesson, whatever profile the prospect names.
      const v = evaluate(info.profile, prospect.prospect);
      return { ...base, name: v.prospect, actual: v.verdict, score: v.score, known: v.known, ok: v.verdict === lesson.expect };
    });
    out.push({ profileUri, relativePath: service.describe(profileUri), profile: info.profile.profile, lessons });
  }
  return out;
}

export function profileTemplates(): ProfileTemplateInfo[] {
  return listProfileTemplates();
}

export function profileTemplate(id: unknown, language: unknown): string | null {
  if (typeof id !== 'string') return null;
  return profileTemplateText(id, typeof language === 'string' ? language : undefined) ?? null;
}

export function newProspect(service: LanguageService, params: NewProspectParams, settings: Settings): NewProspectResult {
  const info = typeof params.profileUri === 'string' ? service.getProfileInfo(params.profileUri, settings) : undefined;
  if (!info) return { ok: false, message: l10n.t('{0} is not a readable profile.', String(params.profileUri)) };
  const profileFsPath = service.fsPathOf(info.uri);
  const targetFsPath = typeof params.targetUri === 'string' ? service.fsPathOf(params.targetUri) : undefined;
  let profilePath = '';
  if (profileFsPath && targetFsPath) profilePath = toPosix(path.relative(path.dirname(targetFsPath), profileFsPath));
  else if (profileFsPath) profilePath = toPosix(service.describe(info.uri));
  return {
    ok: true,
    text: newProspectText(info.profile, profilePath, {
      name: typeof params.name === 'string' ? params.name : undefined,
      met: typeof params.met === 'string' ? params.met : undefined,
    }),
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
