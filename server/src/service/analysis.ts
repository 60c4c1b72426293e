// What the service works out from the documents: each document's problems and each prospect's
// verdict, remembered with the dependencies they were computed from (documents and folder
// listings, see dependencies.ts), and the models and compiled profiles they are built on.
//
// State owned here, and where it is cleared:
//   problems, evaluations — MemoTables: recomputed when anything they read changed; an entry
//                  deleted by forget()/release(), all by clear()
//   profileModels, prospectModels — per parsed version (WeakMaps): gone with the version
//   lastCompiled  — each profile's latest compiled form, whose unchanged criteria the next version
//                  takes over; by forget() (the profile closed or deleted) and clear()
//   lessonVerdicts — the last outcomes of each lesson, per profile, lending its judgements to the
//                  next; by forget() (of the profile) and clear()
//   clientHoursOf — per prospect, at the generation of its text: the hours a week it takes as a
//                  current client (undefined when it is none), for the capacity note; an entry by
//                  forget(), all by clear()
import * as l10n from '@vscode/l10n';
import type { Evaluation, VerdictOutcomes } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { buildProfile } from '../model/profileModel';
import { buildProspect } from '../model/prospectModel';
import type { ProfileInfo, ProfileResolution, ProspectInfo } from '../model/featureContext';
import type { Problem } from '../model/problem';
import { atFirstCall, compileProfile, evaluateCompiled, evaluateOutcomes, judgeLesson, latestObservations, noteContradictions, type CompiledProfile, type EvaluateOptions } from '../engine';
import { validateAgainstSchema } from '../features/validation/schemaValidation';
import { checkProfile, type LessonOutcome } from '../features/validation/profileChecks';
import { checkProspect } from '../features/validation/prospectChecks';
import { checkStory } from '../features/validation/storyChecks';
import { capacityProblem } from '../features/validation/capacityCheck';
import { PROSPECT_FILES_KEY } from '../model/dependencyKeys';
import { noteHintProblems } from '../features/noteHints';
import { withoutSyntaxEchoes } from '../features/validation/syntaxEchoes';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { readerUri, type Dependencies } from './dependencies';
import type { DocumentStore } from './documentStore';
import { MemoTable } from './memoTable';
import type { Settings } from './settings';

interface ProfileModel {
  info: ProfileInfo;
  compiled: CompiledProfile;
}

export class Analysis {
  private readonly problemMemo: MemoTable<Problem[]>;
  private readonly evalMemo: MemoTable<Evaluation>;
  private readonly profileModels = new WeakMap<ParsedDocument, ProfileModel | null>();
  private readonly prospectModels = new WeakMap<ParsedDocument, ProspectInfo | null>();
  private readonly lastCompiled = new Map<string, CompiledProfile>();
  private readonly lessonVerdicts = new Map<string, Map<string, VerdictOutcomes>>();
  private readonly clientHoursOf = new Map<string, { generation: number; maxFileSize: number; hours: number | undefined }>();

  constructor(
    private readonly docs: DocumentStore,
    private readonly index: WorkspaceIndex,
    private readonly deps: Dependencies,
  ) {
    this.problemMemo = new MemoTable(deps, 'problems');
    this.evalMemo = new MemoTable(deps, 'evaluation');
  }

  document(uri: string, settings: Settings): ParsedDocument | undefined {
    return this.docs.get(uri, settings.maxFileSize);
  }

  /** The profile's model and its compiled form, built once per parsed version. */
  profileModel(uri: string, settings: Settings): ProfileModel | undefined {
    const parsed = this.document(uri, settings);
    if (!parsed || parsed.kind !== 'profile') return undefined;
    let model = this.profileModels.get(parsed);
    if (model === undefined) {
      const profile = buildProfile(parsed.value);
      let compiled: CompiledProfile | undefined;
      if (profile) {
        compiled = compileProfile(profile, { previous: this.lastCompiled.get(uri) });
        this.lastCompiled.set(uri, compiled);
      }
      model = profile && compiled ? { info: { uri, parsed, profile }, compiled } : null;
      this.profileModels.set(parsed, model);
    }
    return model ?? undefined;
  }

  prospectInfo(uri: string, settings: Settings): ProspectInfo | undefined {
    const parsed = this.document(uri, settings);
    if (!parsed || parsed.kind !== 'prospect') return undefined;
    let info = this.prospectModels.get(parsed);
    if (info === undefined) {
      const prospect = buildProspect(parsed);
      info = prospect ? { uri, parsed, prospect } : null;
      this.prospectModels.set(parsed, info);
    }
    return info ?? undefined;
  }

  resolveProfileFor(prospectUri: string, settings: Settings): ProfileResolution {
    const written = settings.forceProfile ? undefined : this.prospectInfo(prospectUri, settings)?.prospect.profile;
    return this.index.resolveProfile(prospectUri, written, settings.forceProfile ?? settings.profile);
  }

  /** Every problem in a profile or prospect: syntax, schema, meaning, lessons. */
  problems(uri: string, settings: Settings): Problem[] {
    return this.problemMemo.get(uri, settingsKey(settings), () => this.computeProblems(uri, settings));
  }

  isValidationCached(uri: string, settings: Settings): boolean {
    return this.problemMemo.isCurrent(uri, settingsKey(settings));
  }

  private computeProblems(uri: string, settings: Settings): Problem[] {
    const parsed = this.document(uri, settings);
    if (!parsed) return [];
    const all = this.allProblems(parsed, uri, settings);
    return withoutSyntaxEchoes(parsed, all);
  }

  private allProblems(parsed: ParsedDocument, uri: string, settings: Settings): Problem[] {
    // An open document's YAML nodes are parsed now, with its check: completion, hover and the
    // other features need them next, and should not be the ones to wait for the parse. A file on
    // disk (the CLI, the workspace pass) is parsed in full only if a problem must be placed.
    if (this.docs.isOpen(uri)) void parsed.yaml;
    const problems = [...parsed.problems];
    if (parsed.value === undefined) return problems;
    problems.push(...validateAgainstSchema(parsed));
    if (parsed.kind === 'profile') {
      const info = this.profileModel(uri, settings)?.info;
      if (info) {
        problems.push(...checkProfile(parsed, info.profile, this.lessons(uri, settings)));
        const capacity = capacityProblem(parsed, info.profile, () => this.clientHours(uri, settings));
        if (capacity) problems.push(capacity);
      }
      return problems;
    }
    const prospect = this.prospectInfo(uri, settings)?.prospect;
    if (!prospect) return problems;
    const resolution = this.resolveProfileFor(uri, settings);
    const profile = resolution.ok ? this.profileModel(resolution.uri, settings)?.info : undefined;
    const missing: ProfileResolution = resolution.ok && !profile
      ? { ok: false, reason: 'not-found', message: l10n.t('The profile {0} could not be read as a profile.', this.index.describe(resolution.uri)) }
      : resolution;
    problems.push(...checkProspect(parsed, prospect, profile, missing));
    const ev = this.evaluate(uri, settings);
    const compiled = resolution.ok ? this.profileModel(resolution.uri, settings)?.compiled : undefined;
    problems.push(...checkStory(parsed, prospect, {
      profile,
      verdict: ev.ok ? ev.verdict : undefined,
      observed: compiled ? latestObservations(compiled, prospect) : undefined,
    }));
    if (ev.ok) {
      const contradictions = compiled ? noteContradictions(compiled, prospect) : [];
      problems.push(...noteHintProblems(ev.verdict, contradictions, compiled?.parts?.facts ?? []));
    }
    return problems;
  }

  /**
   * Every lesson of a profile, judged by that profile (whatever profile its prospect names): the
   * one place lessons are run, for the profile's problems and for Check Lessons alike.
   */
  lessons(profileUri: string, settings: Settings): LessonOutcome[] {
    const model = this.profileModel(profileUri, settings);
    if (!model) return [];
    let verdicts = this.lessonVerdicts.get(profileUri);
    if (!verdicts) this.lessonVerdicts.set(profileUri, (verdicts = new Map()));
    return model.info.profile.lessons.map((lesson, index): LessonOutcome => {
      const target = this.index.resolvePath(profileUri, lesson.prospect);
      if (!target.ok) return { index, result: { ok: false, message: target.message } };
      const prospect = this.prospectInfo(target.uri, settings);
      if (!prospect) return { index, result: { ok: false, message: l10n.t('"{0}" is not a readable prospect file.', lesson.prospect) } };
      // As of the first call: the prospect without its observations, judged the same way.
      const asOf = lesson.asOf === 'firstCall' ? atFirstCall(prospect.prospect) : prospect.prospect;
      const key = `${lesson.asOf === 'firstCall' ? 'firstCall' : 'now'} ${target.uri}`;
      // Its kind and each criterion's outcome, not the reasons' words: a lesson's check reads no more.
      const verdict = evaluateOutcomes(model.compiled, asOf, verdicts.get(key));
      verdicts.set(key, verdict);
      return { index, result: { ok: true, verdict, uri: target.uri, judgement: judgeLesson(lesson, verdict) } };
    });
  }

  /**
   * The hours a week taken by the current clients (status: client) that this profile judges.
   * Reads every prospect of the workspace through the memo's dependencies, so that a client
   * added, edited or gone re-checks the profile. Only a prospect whose text can say it is a
   * client is parsed (see hoursAsClient): the first check of a profile beside 10,000 prospects
   * parsed them all (0.9–2.4 s); the profile checked again after a prospect edit reads the
   * hours remembered for every other prospect.
   */
  clientHours(profileUri: string, settings: Settings): number {
    this.deps.read(PROSPECT_FILES_KEY);
    let sum = 0;
    for (const uri of this.index.findFiles().prospects) {
      const hours = this.hoursAsClient(uri, settings);
      if (hours === undefined) continue;
      const resolution = this.resolveProfileFor(uri, settings);
      if (resolution.ok && resolution.uri === profileUri) sum += hours;
    }
    return sum;
  }

  /** The hours a week a prospect takes as a current client; undefined when it is not one (or says none). */
  private hoursAsClient(uri: string, settings: Settings): number | undefined {
    const generation = this.deps.generation(uri);
    const known = this.clientHoursOf.get(uri);
    if (known && known.generation === generation && known.maxFileSize === settings.maxFileSize) {
      this.deps.read(uri);
      return known.hours;
    }
    let hours: number | undefined;
    // `status: client` cannot be written without the word "client" — unless in a double-quoted
    // YAML string with an escape ("\x63lient"), hence the backslash: such a file is parsed too.
    const text = this.docs.text(uri, settings.maxFileSize);
    if (text !== undefined && (text.includes('client') || text.includes('\\'))) {
      const prospect = this.prospectInfo(uri, settings)?.prospect;
      if (prospect?.status === 'client') hours = prospect.engagement?.hoursPerWeek;
    }
    this.clientHoursOf.set(uri, { generation, maxFileSize: settings.maxFileSize, hours });
    return hours;
  }

  /** The verdict on a prospect, or why there is none. */
  evaluate(uri: string, settings: Settings): Evaluation {
    return this.evalMemo.get(uri, settingsKey(settings), () => this.computeEvaluation(uri, settings));
  }

  /**
   * The verdict's scores and criteria alone (see EvaluateOptions), computed afresh and not
   * remembered: for a single pass that compares verdicts and keeps none (the CLI's diff).
   */
  evaluateScoresOnly(uri: string, settings: Settings): Evaluation {
    return this.computeEvaluation(uri, settings, { scoresOnly: true });
  }

  private computeEvaluation(uri: string, settings: Settings, options?: EvaluateOptions): Evaluation {
    // The short name only for a message: a judged prospect needs none (10,000 of them in the CLI).
    const name = (): string => this.index.describe(uri);
    const parsed = this.document(uri, settings);
    if (!parsed) return { ok: false, message: l10n.t('{0}: the file cannot be read.', name()) };
    if (parsed.kind !== 'prospect') return { ok: false, message: l10n.t('{0} is not a prospect (*.prospect.yaml or *.prospect.md).', name()) };
    const blocking = parsed.problems.find((p) => p.severity === 'error');
    if (parsed.value === undefined || blocking) {
      const p = blocking ?? parsed.problems[0];
      return { ok: false, message: p ? `${name()}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}` : l10n.t('{0}: not readable.', name()) };
    }
    const info = this.prospectInfo(uri, settings);
    if (!info) return { ok: false, message: l10n.t('{0}:1:1: a prospect is a mapping with at least "prospect: <name>".', name()) };
    const resolution = this.resolveProfileFor(uri, settings);
    if (!resolution.ok) return { ok: false, message: `${name()}: ${resolution.message}` };
    const profile = this.profileModel(resolution.uri, settings);
    if (!profile) return { ok: false, message: l10n.t('{0}: not a readable profile.', this.index.describe(resolution.uri)) };
    // The verdict being replaced (still in the memo): what the profile edit did not touch is kept.
    const old = this.evalMemo.last(uri);
    const previous = old?.ok && old.profileUri === resolution.uri ? old.verdict : undefined;
    return { ok: true, verdict: evaluateCompiled(profile.compiled, info.prospect, previous, options), profileUri: resolution.uri };
  }

  /** The documents whose remembered answers read `key` (a URI or a folder key). */
  dependentsOf(key: string): string[] {
    // From the readers index, each checked against its memo: an edit of a profile that judges
    // ten thousand prospects is answered without going over every memo.
    const out = new Set<string>();
    for (const id of this.deps.readersOf(key)) {
      const uri = readerUri(id);
      if (uri !== key && (this.problemMemo.readFrom(uri, key) || this.evalMemo.readFrom(uri, key))) out.add(uri);
    }
    return [...out];
  }

  /** Forgets the answers about a file that is not open, for a single pass over many files. */
  release(uri: string): void {
    this.problemMemo.delete(uri);
    this.evalMemo.delete(uri);
  }

  /** A document closed or deleted: everything kept about it goes (nothing grows per URI seen). */
  forget(uri: string): void {
    this.release(uri);
    this.lastCompiled.delete(uri);
    this.lessonVerdicts.delete(uri);
    this.clientHoursOf.delete(uri);
  }

  clear(): void {
    this.problemMemo.clear();
    this.evalMemo.clear();
    this.lastCompiled.clear();
    this.lessonVerdicts.clear();
    this.clientHoursOf.clear();
  }
}

/** Settings as part of a memo's key: an answer is remembered per settings it was computed under. */
function settingsKey(settings: Settings): string {
  return JSON.stringify(settings);
}
