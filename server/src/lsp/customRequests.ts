// The custom `idealClient/*` requests of shared/src/protocol.ts, wired to their answers in
// service/workspaceRequests.ts.
//
// State owned here, and where it is cleared:
//   runs — the Evaluate All runs whose pages are still fetched (EvaluateAllRuns keeps and drops them)
import * as l10n from '@vscode/l10n';
import {
  CheckLessonsRequest, DraftReplyRequest, EvaluateAllRequest, EvaluateRequest, NewProspectRequest, ProfileTemplateRequest, ProfileTemplatesRequest,
  OffersRequest, ProfileChangesRequest, QuestionsRequest, RecordLessonRequest,
} from '../../../shared/src/protocol';
import type { DraftReplyParams, DraftReplyResult } from '../../../shared/src/protocol';
import { recordLesson } from '../service/lessonProposals';
import { DecisionOptionsRequest, RecordDecisionRequest, type RecordDecisionParams, type RecordDecisionResult } from '../../../shared/src/protocol';
import { decisionOptions, recordDecision, todayIso } from '../service/decisions';
import { replyDraft } from '../service/replyDrafts';
import { isProfileName } from '../../../shared/src/fileKinds';
import * as requests from '../service/workspaceRequests';
import { cancelled, empty, guard, guardRequest, nothing } from './guards';
import type { ServerParts } from './serverParts';

/** The answer to a custom request whose handler threw (the error itself is in the log). */
function failed(): { ok: false; message: string } {
  return { ok: false, message: l10n.t('Ideal Client could not answer this; the details are in the "Ideal Client" output.') };
}

export function registerCustomRequests(s: ServerParts): void {
  const { connection, service, settings, log } = s;

  connection.onRequest(ProfileChangesRequest, guardRequest(log, 'profile changes', failed, async (params) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    if (!isProfileName(uri)) return { ok: false, message: l10n.t('Open a profile (*.profile.yaml) first.') };
    return s.profileChanges.request(uri);
  }));

  connection.onRequest(EvaluateRequest, guardRequest(log, 'evaluate', failed, async (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const ev = service.evaluate(uri, await settings.forRequest(uri, token));
    if (params?.refresh) s.refresh.queue([uri]);
    return ev;
  }));

  // A run is evaluated in slices, so that completion and diagnostics are answered meanwhile,
  // and handed out a page at a time, so that no answer takes long to write either.
  const runs = new requests.EvaluateAllRuns();

  connection.onRequest(EvaluateAllRequest, async (params, token) => {
    try {
      return await runs.page(service, params, async () => {
        // The messages already received first (a completion typed with the edit that started the
        // run): the connection takes one per turn of the event loop, after whatever queued before.
        await requests.afterPendingMessages();
        const prospects = (await service.findFilesAsync()).prospects;
        // "n of N prospects" on the client's token (none given: a no-op reporter), at most every
        // 100 ms: a slice is 2 ms, and a message per slice would crowd the connection.
        const given = params?.workDoneToken;
        const workDone = connection.window.attachWorkDoneProgress(typeof given === 'string' || typeof given === 'number' ? given : undefined);
        workDone.begin(l10n.t('Evaluating prospects…'), 0, undefined, true);
        let lastReport = 0;
        try {
          return await requests.evaluateRun(service, await settings.forMany(prospects), prospects, {
            isCancelled: () => token.isCancellationRequested || s.isShuttingDown(),
            onProgress: (done, total) => {
              const now = Date.now();
              if (now - lastReport < 100) return;
              lastReport = now;
              workDone.report(Math.floor((100 * done) / Math.max(1, total)), l10n.t('{0} of {1} prospects', done, total));
            },
          });
        } finally {
          workDone.done();
        }
      });
    } catch (e) {
      if (e instanceof requests.Cancelled) return cancelled('Evaluate All');
      log('evaluate all', e);
      return { ok: true, run: 0, total: 0, offset: 0, items: [], changed: false };
    }
  });

  connection.onRequest(QuestionsRequest, guardRequest(log, 'questions', failed, async (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    return requests.questions(service, uri, await settings.forRequest(uri, token));
  }));

  connection.onRequest(CheckLessonsRequest, async (params, token) => {
    try {
      const profiles = (await service.findFilesAsync()).profiles;
      // "n of N lessons" on the client's token, at most every 100 ms (as for Evaluate All).
      const given = params?.workDoneToken;
      const workDone = connection.window.attachWorkDoneProgress(typeof given === 'string' || typeof given === 'number' ? given : undefined);
      workDone.begin(l10n.t('Checking lessons…'), 0, undefined, true);
      let lastReport = 0;
      try {
        return await requests.checkLessonsRun(service, await settings.forMany(profiles), profiles, {
          isCancelled: () => token.isCancellationRequested || s.isShuttingDown(),
          onProgress: (done, total) => {
            const now = Date.now();
            if (now - lastReport < 100 && done < total) return;
            lastReport = now;
            workDone.report(Math.floor((100 * done) / Math.max(1, total)), l10n.t('{0} of {1} lessons', done, total));
          },
        });
      } finally {
        workDone.done();
      }
    } catch (e) {
      if (e instanceof requests.Cancelled) return cancelled('Check Lessons');
      log('check lessons', e);
      return [];
    }
  });

  connection.onRequest(OffersRequest, guard(log, 'offers', empty, async (params) => {
    const uris: unknown = params?.uris;
    const list = Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string') : [];
    return requests.offers(service, await settings.forMany(list), list);
  }));

  connection.onRequest(RecordLessonRequest, guardRequest(log, 'record lesson', failed, async (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    return recordLesson(service, uri, await settings.forRequest(uri, token));
  }));

  connection.onRequest(DecisionOptionsRequest, guardRequest(log, 'decision options', failed, async (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    return decisionOptions(service, uri, await settings.forRequest(uri, token));
  }));

  connection.onRequest(RecordDecisionRequest, guardRequest<RecordDecisionParams, RecordDecisionResult>(log, 'record decision', failed, async (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    return recordDecision(service, { ...params, uri }, await settings.forRequest(uri, token), todayIso());
  }));

  connection.onRequest(DraftReplyRequest, guardRequest<DraftReplyParams, DraftReplyResult>(log, 'draft reply', failed, async (params, token): Promise<DraftReplyResult> => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const kind = typeof params?.kind === 'string' ? params.kind : undefined;
    const to = typeof params?.to === 'string' ? params.to : undefined;
    const answer = replyDraft(service, uri, await settings.forRequest(uri, token), { kind: kind as never, to });
    // The position of a template's mistake is the CLI's: the editor shows the message.
    return answer.ok ? answer : { ok: false, message: answer.message, ...(answer.usage ? { usage: true } : {}) };
  }));

  connection.onRequest(ProfileTemplatesRequest, guard(log, 'profile templates', empty, () => requests.profileTemplates()));

  connection.onRequest(ProfileTemplateRequest, guard(log, 'profile template', nothing, (params) => requests.profileTemplate(params?.id, params?.language)));

  connection.onRequest(NewProspectRequest, guardRequest(log, 'new prospect', failed, async (params, token) => {
    const uri = typeof params?.profileUri === 'string' ? params.profileUri : '';
    return requests.newProspect(service, params, await settings.forRequest(uri, token));
  }));
}
