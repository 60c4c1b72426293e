// The "Ideal Client" commands, one function each. Every answer comes from the language server;
// the commands only pick the file, ask the user, and show the result.
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  CheckLessonsRequest, EvaluateAllRequest, EvaluateRequest, NewProspectRequest, OffersRequest, ProfileTemplateRequest, ProfileTemplatesRequest,
  ProfileChangesRequest, QuestionsRequest, RecordLessonRequest, type ProfileTemplateInfo, type RecordLessonResult,
  type RecordDecisionResult,
} from '../../shared/src/protocol';
import type { Language } from '../../shared/src/types';
import { evaluateAllPages } from './evaluateAllPages';
import { evaluateAllReport, lessonsReport, lessonTotals, verdictSummary } from './report';
import { argumentTarget, exists, freeName, isProfile, isProspect, slug, targetOf, today } from './files';
import { EXCLUDE_GLOB, PROFILE_GLOB, PROSPECT_GLOB } from '../../shared/src/fileKinds';
import { COMMANDS, CONTEXT_KEYS } from '../../shared/src/ids';
import { questionLabel } from '../../shared/src/report/questionWords';
import type { RecentProspects } from './recentProspects';
import type { VerdictStatusBar } from './statusBar';
import type { ReportDocuments } from './reportDocuments';
import { recordDecision } from './recordDecision';
import { saveReportAs } from './saveReport';
import { draftReply, type DraftReplyArgs } from './draftReply';

export interface CommandContext {
  client: LanguageClient;
  statusBar: VerdictStatusBar;
  reports: ReportDocuments;
  view: { refresh(): void };
  /** The prospect a command without an argument works on when no prospect editor is active. */
  recent: RecentProspects;
  /** Starts the language server if it is not running yet (it starts when first needed). */
  ready(): Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  const commands: [string, (...args: unknown[]) => unknown][] = [
    [COMMANDS.evaluateProspect, (arg) => evaluateProspect(ctx, arg)],
    [COMMANDS.evaluateAll, () => evaluateAll(ctx)],
    [COMMANDS.showQuestions, (arg) => showQuestions(ctx, arg)],
    [COMMANDS.checkLessons, () => checkLessons(ctx)],
    [COMMANDS.newProfile, () => newProfile(ctx)],
    [COMMANDS.newProspect, (arg) => newProspect(ctx, arg)],
    [COMMANDS.restartServer, () => restartServer(ctx)],
    [COMMANDS.refreshProspects, () => ctx.view.refresh()],
    [COMMANDS.recordLesson, (arg) => recordLesson(ctx, arg)],
    [COMMANDS.showProfileChanges, (arg) => showProfileChanges(ctx, arg)],
    [COMMANDS.recordDecision, (arg) => recordDecisionCommand(ctx, arg)],
    [COMMANDS.saveReportAs, (arg) => saveReportAs(ctx.reports, arg)],
    [COMMANDS.draftReply, async (arg, given) => {
      const uri = await prospectTarget(ctx, arg, vscode.l10n.t('Draft Reply'));
      return uri && draftReply(ctx.client, uri, typeof given === 'object' && given !== null ? given as DraftReplyArgs : {});
    }],
  ];
  for (const [id, run] of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await ctx.ready();
        return await run(...args);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        ctx.client.error(`Command ${id} failed`, e, false);
        void vscode.window.showErrorMessage(vscode.l10n.t('Ideal Client: {0}', message));
        return undefined;
      }
    }));
  }
}

/**
 * The prospect a command works on: the one it was invoked on; without one, the prospect editor
 * that is active or visible, else the prospect most recently shown that is still open (the
 * walkthrough's buttons run with the Welcome page in front of it), else one picked from the
 * workspace's prospects. Undefined (after saying why, unless the user cancelled the pick) when
 * there is none.
 */
async function prospectTarget(ctx: CommandContext, arg: unknown, title: string): Promise<vscode.Uri | undefined> {
  const given = argumentTarget(arg);
  const uri = given ?? ctx.recent.current();
  if (uri && isProspect(uri)) return uri;
  if (!given) {
    const found = await vscode.workspace.findFiles(PROSPECT_GLOB, EXCLUDE_GLOB, 500);
    if (found.length > 0) {
      const items = found
        .map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u }))
        .sort((a, b) => b.label.localeCompare(a.label));
      return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which prospect?') }))?.uri;
    }
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a prospect (*.prospect.yaml or *.prospect.md) first.'));
  return undefined;
}

/** Marks a walkthrough step as done: the manifest's completionEvents read these context keys. */
function stepDone(key: string): void {
  void vscode.commands.executeCommand('setContext', key, true);
}

/** Evaluate Prospect: shows the file (so the inline verdict is visible) and a short summary. */
export async function evaluateProspect(ctx: CommandContext, arg?: unknown): Promise<void> {
  const uri = await prospectTarget(ctx, arg, vscode.l10n.t('Evaluate Prospect'));
  if (!uri) return;
  if (vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) {
    await vscode.window.showTextDocument(uri, { preview: false });
  }
  const evaluation = await ctx.client.sendRequest(EvaluateRequest, { uri: uri.toString(), refresh: true });
  ctx.statusBar.show(uri, evaluation);
  if (!evaluation.ok) {
    void vscode.window.showErrorMessage(evaluation.message);
    return;
  }
  stepDone(CONTEXT_KEYS.prospectEvaluated);
  const v = evaluation.verdict;
  const showQuestionsLabel = vscode.l10n.t('Show Questions');
  const open = v.ask.length > 0 || v.selfCheck?.length > 0;
  const choice = await vscode.window.showInformationMessage(verdictSummary(v), ...(open ? [showQuestionsLabel] : []));
  if (choice === showQuestionsLabel) await showQuestions(ctx, uri);
}

/** Evaluate All Prospects: a Markdown report of every prospect in the workspace. */
export async function evaluateAll(ctx: CommandContext): Promise<void> {
  const results = await withCountedProgress(ctx, vscode.l10n.t('Evaluating prospects…'), async (workDoneToken, cancel) =>
    (await evaluateAllPages((params) =>
      ctx.client.sendRequest(EvaluateAllRequest, params.run === undefined ? { ...params, workDoneToken } : params, cancel))).items);
  if (results === undefined) return;
  if (results.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no prospects (*.prospect.yaml, *.prospect.md) in this workspace yet.'));
    return;
  }
  // "What you offer": the offer of each profile that gave one of the verdicts.
  const profileUris = [...new Set(results.map((r) => (r.evaluation.ok ? r.evaluation.profileUri : undefined)).filter((u): u is string => u !== undefined))];
  const offers = profileUris.length > 0 ? await ctx.client.sendRequest(OffersRequest, { uris: profileUris }) : [];
  const now = new Date();
  await ctx.reports.show('prospects', evaluateAllReport(results, now, offers), (link) => evaluateAllReport(results, now, offers, link));
  stepDone(CONTEXT_KEYS.prospectsEvaluated);
}

/** Tells apart the progress tokens of runs that overlap (the view's and a report's). */
let progressRuns = 0;

/**
 * Runs `work` under a cancellable progress notification that shows the server's count ("n of N
 * prospects", reported on `workDoneToken`). Cancelled, the request is cancelled and the answer is
 * undefined: nothing is shown.
 */
async function withCountedProgress<T>(
  ctx: CommandContext, title: string, work: (workDoneToken: string, cancel: vscode.CancellationToken) => Promise<T>,
): Promise<T | undefined> {
  const workDoneToken = `idealClient/progress/${++progressRuns}`;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
    let reported = 0;
    const listening = ctx.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'report') return;
      const percentage = value.percentage ?? reported;
      progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
      reported = Math.max(reported, percentage);
    });
    try {
      return await work(workDoneToken, cancel);
    } catch (e) {
      if (cancel.isCancellationRequested) return undefined;
      throw e;
    } finally {
      listening.dispose();
    }
  });
}

/** Show Questions to Ask: the open questions of a prospect, to copy into the next call. */
/** Returns the text it copied (what a test can check where the clipboard cannot be read). */
export async function showQuestions(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const uri = await prospectTarget(ctx, arg, vscode.l10n.t('Show Questions to Ask'));
  if (!uri) return;
  const result = await ctx.client.sendRequest(QuestionsRequest, { uri: uri.toString() });
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message);
    return;
  }
  stepDone(CONTEXT_KEYS.questionsShown);
  const selfCheck = Array.isArray(result.selfCheck) ? result.selfCheck : [];
  if (result.questions.length === 0 && selfCheck.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing left to ask {0}: every fact is known.', result.prospect));
    return;
  }
  type Item = vscode.QuickPickItem & { text: string };
  const all = result.questions.map((q) => q.question).join('\n');
  const items: Item[] = result.questions.length === 0 ? [] : [
    { label: `$(copy) ${vscode.l10n.t('Copy all questions ({0})', result.questions.length)}`, text: all, alwaysShow: true },
    { label: '', kind: vscode.QuickPickItemKind.Separator, text: '' },
    // The fact's label beside the question where it adds something; the question alone is copied.
    ...result.questions.map((q): Item => ({ label: q.question, description: questionLabel(q), text: q.question })),
  ];
  // The second part: what only you can say (facts of your own), never asked of the client.
  if (selfCheck.length > 0) {
    items.push({ label: vscode.l10n.t('Note after the call'), kind: vscode.QuickPickItemKind.Separator, text: '' });
    items.push(...selfCheck.map((s): Item => ({ label: `$(note) ${s.label}`, text: s.label })));
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Questions to ask {0}', result.prospect),
    placeHolder: vscode.l10n.t('Pick a question to copy it'),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  await vscode.env.clipboard.writeText(picked.text);
  void vscode.window.showInformationMessage(picked.text === all && result.questions.length > 1
    ? vscode.l10n.t('Copied {0} questions.', result.questions.length)
    : vscode.l10n.t('Copied: {0}', picked.text));
  return picked.text;
}

/** The profile-change lens's list: every verdict the profile's current text turns, against HEAD. */
export async function showProfileChanges(ctx: CommandContext, arg?: unknown): Promise<void> {
  const uri = targetOf(arg);
  if (!uri || !isProfile(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a profile (*.profile.yaml) first.'));
    return;
  }
  const result = await ctx.client.sendRequest(ProfileChangesRequest, { uri: uri.toString() });
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.message);
    return;
  }
  await ctx.reports.show('profile-changes', result.markdown);
}

/** Check Lessons: re-runs every lesson of every profile and reports which still hold. */
export async function checkLessons(ctx: CommandContext): Promise<void> {
  const results = await withCountedProgress(ctx, vscode.l10n.t('Checking lessons…'), (workDoneToken, cancel) =>
    ctx.client.sendRequest(CheckLessonsRequest, { workDoneToken }, cancel));
  if (results === undefined) return;
  const { total, failing } = lessonTotals(results);
  if (total === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No profile in this workspace has lessons yet (lessons: past clients the profile must keep classifying right).'));
    return;
  }
  const now = new Date();
  await ctx.reports.show('lessons', lessonsReport(results, now), (link) => lessonsReport(results, now, link));
  stepDone(CONTEXT_KEYS.lessonsChecked);
  if (failing === 0) void vscode.window.showInformationMessage(total === 1 ? vscode.l10n.t('The lesson still holds.') : vscode.l10n.t('All {0} lessons still hold.', total));
  else void vscode.window.showWarningMessage(vscode.l10n.t('{0} of {1} lessons no longer hold: the profile classifies those past clients differently now.', failing, total));
}

/**
 * Record as Lesson: the server computes the lesson and the edit that appends it to the profile;
 * applied here as one workspace edit (one undo takes it back). Returns what the server said.
 */
export async function recordLesson(ctx: CommandContext, arg: unknown): Promise<RecordLessonResult | undefined> {
  const uri = await prospectTarget(ctx, arg, vscode.l10n.t('Record as Lesson'));
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) await open.save();
  const result = await ctx.client.sendRequest(RecordLessonRequest, { uri: uri.toString() });
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.message);
    return result;
  }
  const edit = await ctx.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The lesson could not be added to the profile; nothing was changed.'));
    return { ok: false, message: vscode.l10n.t('The lesson could not be added to the profile; nothing was changed.') };
  }
  const profile = vscode.Uri.parse(result.profileUri);
  stepDone(CONTEXT_KEYS.lessonRecorded);
  void vscode.window.showInformationMessage(vscode.l10n.t('Lesson recorded in {0}: expect {1} at the first call.', vscode.workspace.asRelativePath(profile), result.lesson.expect));
  return result;
}

/** Record decision: on the prospect invoked on, else the active or last shown one, else picked. */
async function recordDecisionCommand(ctx: CommandContext, arg: unknown): Promise<RecordDecisionResult | undefined> {
  const uri = await prospectTarget(ctx, arg, vscode.l10n.t('Record Decision'));
  if (!uri) return undefined;
  if (vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) {
    await vscode.window.showTextDocument(uri, { preview: false });
  }
  return recordDecision(ctx.client, uri);
}

function uiLanguage(): Language {
  return vscode.env.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** New Profile: pick a template, choose where to save it, never overwrite an existing file. */
export async function newProfile(ctx: CommandContext): Promise<vscode.Uri | undefined> {
  const templates = await ctx.client.sendRequest(ProfileTemplatesRequest, {});
  const mine = uiLanguage();
  const other: Language = mine === 'de' ? 'en' : 'de';
  type Item = vscode.QuickPickItem & { template?: ProfileTemplateInfo; language?: Language };
  const items: Item[] = [
    ...templates.map((t): Item => ({ label: t.label, detail: t.description, template: t, language: mine })),
    { label: other === 'de' ? vscode.l10n.t('In German') : vscode.l10n.t('In English'), kind: vscode.QuickPickItemKind.Separator },
    ...templates.map((t): Item => ({ label: t.label, description: other === 'de' ? vscode.l10n.t('in German') : vscode.l10n.t('in English'), template: t, language: other })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Profile'), placeHolder: vscode.l10n.t('Start from a template'), matchOnDetail: true });
  if (!picked?.template) return undefined;
  const text = await ctx.client.sendRequest(ProfileTemplateRequest, { id: picked.template.id, language: picked.language });
  if (text === null) throw new Error(vscode.l10n.t('The template "{0}" is not available.', picked.template.id));
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await profileTarget(folder ? await freeName(folder, picked.template.fileName) : undefined);
  if (!target) return undefined;
  const created = await createFile(target, text);
  if (created) stepDone(CONTEXT_KEYS.profileCreated);
  return created;
}

/**
 * Where to save a new profile: the save dialog, proposing `proposed` (a name that is free). The
 * dialog itself asks "replace?" for an existing file; a profile is never written over, so an
 * existing choice is said and the dialog comes again with a free name beside it.
 */
async function profileTarget(proposed: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  let defaultUri = proposed;
  for (;;) {
    let target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save the new profile'),
      saveLabel: vscode.l10n.t('Create Profile'),
      defaultUri,
      filters: { [vscode.l10n.t('Ideal-client profile')]: ['yaml', 'yml'] },
    });
    if (!target) return undefined;
    // A profile is found by its name: make sure it ends in .profile.yaml.
    if (!isProfile(target)) target = target.with({ path: target.path.replace(/(\.ya?ml)?$/i, '.profile.yaml') });
    if (!(await exists(target))) return target;
    const again = vscode.l10n.t('Choose Another Name');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists; it is not overwritten.', vscode.workspace.asRelativePath(target)), { modal: true }, again);
    if (choice !== again) return undefined;
    defaultUri = await freeName(vscode.Uri.joinPath(target, '..'), target.path.slice(target.path.lastIndexOf('/') + 1));
  }
}


/**
 * What a caller may pass to New Prospect instead of answering its prompts (a keybinding's args,
 * another extension, the extension-host tests): `{ profile?, name, target? }`. The same rules
 * hold as for typed answers: an existing target is refused, never overwritten.
 */
interface NewProspectArgs { profile?: unknown; name: string; target?: unknown }

function newProspectArgs(arg: unknown): NewProspectArgs | undefined {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return undefined;
  const o = arg as { profile?: unknown; name?: unknown; target?: unknown };
  return typeof o.name === 'string' && o.name.trim() !== '' ? { profile: o.profile, name: o.name, target: o.target } : undefined;
}

/** New Prospect: from a profile, with every fact under its question, next to the profile. */
export async function newProspect(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = newProspectArgs(arg);
  const profile = await pickProfile(ctx, given ? given.profile : arg);
  if (!profile) return undefined;
  const name = given?.name ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('New Prospect'),
    prompt: vscode.l10n.t('The prospect\'s name (a company or a person)'),
    placeHolder: 'ACME GmbH',
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter a name.') : undefined),
  });
  if (name === undefined) return undefined;
  const profileDir = vscode.Uri.joinPath(profile, '..');
  const date = today();
  // A second prospect of the same name on the same day gets "-2", "-3": the suggestion is always free.
  let base = `${date}-${slug(name)}`;
  for (let n = 2; n < 100 && (await exists(vscode.Uri.joinPath(profileDir, 'prospects', `${base}.prospect.yaml`))); n++) base = `${date}-${slug(name)}-${n}`;
  const suggestion = `prospects/${base}.prospect.yaml`;
  const slugStart = `prospects/${date}-`.length;
  const givenTarget = given?.target !== undefined ? argumentTarget(given.target) : undefined;
  if (givenTarget && !/\.prospect\.ya?ml$/i.test(givenTarget.path)) throw new Error(vscode.l10n.t('A prospect file ends in .prospect.yaml.'));
  const relative = givenTarget ? '' : await vscode.window.showInputBox({
    title: vscode.l10n.t('New Prospect'),
    prompt: vscode.l10n.t('Where to save it, relative to the profile\'s folder'),
    value: suggestion,
    valueSelection: [slugStart, suggestion.length - '.prospect.yaml'.length],
    validateInput: async (v) => {
      const p = v.trim();
      if (!/\.prospect\.ya?ml$/i.test(p)) return vscode.l10n.t('A prospect file ends in .prospect.yaml.');
      if (await exists(vscode.Uri.joinPath(profileDir, p))) return vscode.l10n.t('{0} already exists; choose another name.', p);
      return undefined;
    },
  });
  if (relative === undefined) return undefined;
  const target = givenTarget ?? vscode.Uri.joinPath(profileDir, relative.trim());
  const result = await ctx.client.sendRequest(NewProspectRequest, {
    profileUri: profile.toString(), targetUri: target.toString(), name: name.trim(), met: date,
  });
  if (!result.ok) throw new Error(result.message);
  const created = await createFile(target, result.text);
  if (created) stepDone(CONTEXT_KEYS.prospectCreated);
  return created;
}

/** The profile for New Prospect: the one invoked on, the active one, the only one, or picked. */
async function pickProfile(ctx: CommandContext, arg: unknown): Promise<vscode.Uri | undefined> {
  const given = targetOf(arg);
  if (given && isProfile(given)) return given;
  const found = await vscode.workspace.findFiles(PROFILE_GLOB, EXCLUDE_GLOB, 200);
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    const create = vscode.l10n.t('New Profile');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('There is no profile (*.profile.yaml) in this workspace yet. A prospect is judged by a profile: create one first.'), create);
    if (choice === create) await newProfile(ctx);
    return undefined;
  }
  const items = found
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Prospect'), placeHolder: vscode.l10n.t('Which profile judges the prospect?') });
  return picked?.uri;
}

/** Creates `target` with `text` — refused if it exists — saves it and opens it. */
async function createFile(target: vscode.Uri, text: string): Promise<vscode.Uri | undefined> {
  if (await exists(target)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false });
  edit.insert(target, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be created.', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await doc.save();
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const first = firstEmptyFact(doc);
  if (first !== undefined) {
    const end = doc.lineAt(first).range.end;
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
  }
  return target;
}

/** The first "  name:" line without a value under "facts:" — where a new prospect is filled in. */
function firstEmptyFact(doc: vscode.TextDocument): number | undefined {
  let inFacts = false;
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (/^facts:\s*$/.test(text)) inFacts = true;
    else if (inFacts && /^\S/.test(text)) return undefined;
    else if (inFacts && /^\s+[^#\s][^:]*:\s*$/.test(text)) return i;
  }
  return undefined;
}

export async function restartServer(ctx: CommandContext): Promise<void> {
  await ctx.client.restart();
  void vscode.window.showInformationMessage(vscode.l10n.t('The Ideal Client language server was restarted.'));
}
