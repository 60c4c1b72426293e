// The profile-change lens: on a profile whose editor text differs from the last commit (HEAD),
// "This change turns N verdicts", and the list behind it (idealClient/profileChanges). Compared
// in the background: 300 ms after the last edit, a newer edit cancelling an older comparison
// (its git processes killed, its slices stopped), the prospects judged in slices between which
// the server answers other requests — completion never waits for it. git runs only in a trusted
// workspace (the client says so), never in a folder that is not a git work tree.
//
// State owned here, and where it is cleared:
//   trusted — whether git may run; set at initialize and by setTrusted() (trust granted)
//   results — per profile URI, its last comparison with the document version it was made for;
//             deleted by forget() (the profile closed), all by stop()
//   runs    — per profile URI, the debounce timer or the running comparison's AbortController;
//             replaced by each schedule(), deleted when it ends, by forget() and stop()
//   sides   — per folder, the files at HEAD as last read (with the commit and size limit they
//             were read at) and a language service judging them; replaced when HEAD moves, all
//             by stop() and when the last profile is closed (forget). Kept so that a keystroke
//             reads nothing from git but the commit HEAD names.
import * as path from 'node:path';
import type { CodeLens } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import * as l10n from '@vscode/l10n';
import type { ProfileChangesResult } from '../../../shared/src/protocol';
import { openRevision } from '../git/revision';
import type { LanguageService } from '../service/languageService';
import { diffWithRevision, loadRevisionSide, type RevisionSide } from '../service/revisionSide';
import type { Settings } from '../service/settings';
import { changesAsMarkdown } from '../report/diffMarkdown';
import { getProfileChangeLenses } from '../features/codeLens';
import type { Log } from './guards';

/** Quiet this long after the last edit before comparing: typing a word starts one comparison. */
export const PROFILE_CHANGES_DEBOUNCE_MS = 300;
/**
 * A comparison keeps the event loop at most this long at a time: Evaluate All's slices
 * (service/workspaceRequests.ts) measured 2 ms → completion meanwhile ~10 ms median.
 */
const SLICE_MS = 2;

/** A pause for diffVerdicts: undefined within a slice, else a turn of the event loop (then throws if aborted). */
function slicer(signal: AbortSignal): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < SLICE_MS) return undefined;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      if (signal.aborted) throw new Cancelled();
      sliceStart = performance.now();
    });
  };
}

class Cancelled extends Error {}

interface Result {
  version: number;
  result: ProfileChangesResult;
}

export interface ProfileChangesDeps {
  service: LanguageService;
  settingsFor(uri: string): Promise<Settings>;
  /** Ask the client for the code lenses again (a comparison finished with a new count). */
  refreshLenses(): void;
  log: Log;
}

export class ProfileChanges {
  private trusted = false;
  private readonly results = new Map<string, Result>();
  private readonly runs = new Map<string, { timer?: NodeJS.Timeout; abort?: AbortController }>();
  private readonly sides = new Map<string, RevisionSide & { maxBytes: number; warming?: Promise<void> }>();
  private stopped = false;

  constructor(private readonly deps: ProfileChangesDeps) {}

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** The lens for a profile now: from the last comparison; a new one is scheduled when stale. */
  lenses(uri: string, settings: Settings): CodeLens[] {
    if (!this.trusted || this.stopped) return [];
    const parsed = this.deps.service.getDocument(uri, settings);
    if (!parsed || parsed.kind !== 'profile') return [];
    const last = this.results.get(uri);
    if ((!last || last.version !== parsed.version) && !this.runs.has(uri)) this.schedule(uri, parsed.version);
    // While a newer comparison runs, the last count stays (a lens that comes and goes would
    // make the text below it jump at every keystroke).
    if (!last?.result.ok || !last.result.differs) return [];
    return getProfileChangeLenses(parsed, last.result.changes.length);
  }

  /** The profile's text changed (an edit, a save): compare again once the edits pause. */
  schedule(uri: string, version: number, delay = PROFILE_CHANGES_DEBOUNCE_MS): void {
    if (!this.trusted || this.stopped) return;
    this.cancel(uri);
    const run: { timer?: NodeJS.Timeout; abort?: AbortController } = {};
    run.timer = setTimeout(() => {
      run.timer = undefined;
      run.abort = new AbortController();
      void this.compareNow(uri, run.abort.signal).then((r) => {
        if (this.runs.get(uri) === run) this.runs.delete(uri);
        if (r === undefined) return;
        const before = this.results.get(uri)?.result;
        this.results.set(uri, { version: r.version ?? version, result: r.result });
        if (lensTitleKey(before) !== lensTitleKey(r.result)) this.deps.refreshLenses();
      });
    }, delay);
    this.runs.set(uri, run);
  }

  /** The comparison for the report: the last one if it is of the current text, else a new one. */
  async request(uri: string): Promise<ProfileChangesResult> {
    if (!this.trusted) return { ok: false, message: l10n.t('git is not run in Restricted Mode: trust this workspace to compare with the last commit.') };
    const version = this.deps.service.getDocument(uri)?.version;
    const last = this.results.get(uri);
    if (last && last.version === version) return last.result;
    const r = await this.compareNow(uri, new AbortController().signal);
    return r?.result ?? { ok: false, message: l10n.t('The comparison was cancelled.') };
  }

  /** The profile was closed; with the last one open, HEAD's files and verdicts go too. */
  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    if (this.results.size === 0 && this.runs.size === 0) this.sides.clear();
  }

  stop(): void {
    this.stopped = true;
    for (const uri of [...this.runs.keys()]) this.cancel(uri);
    this.results.clear();
    this.sides.clear();
  }

  /** Every prospect of the folder judged at HEAD and now once, in slices (the verdicts stay in the memos). */
  private async warmUp(side: RevisionSide, settings: Settings): Promise<void> {
    const { prospects } = side.service.findFiles();
    let sliceStart = performance.now();
    for (let i = 0; i < prospects.length && !this.stopped && this.sides.get(side.root) === side; i++) {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      side.service.evaluate(prospects[i], settings);
      this.deps.service.evaluate(prospects[i], settings);
    }
  }

  private cancel(uri: string): void {
    const run = this.runs.get(uri);
    if (!run) return;
    if (run.timer) clearTimeout(run.timer);
    run.abort?.abort();
    this.runs.delete(uri);
  }

  /** Compares the profile's current text with HEAD; undefined when cancelled. */
  private async compareNow(uri: string, signal: AbortSignal): Promise<{ version?: number; result: ProfileChangesResult } | undefined> {
    const started = performance.now();
    const { service } = this.deps;
    try {
      const fsPath = service.fsPathOf(uri);
      if (!fsPath) return { result: { ok: false, message: l10n.t('Save this profile as a file inside a git work tree to compare it with the last commit.') } };
      const settings = await this.deps.settingsFor(uri);
      const root = service.rootOf(fsPath);
      const opened = await openRevision(root, 'HEAD', signal);
      if (!opened.ok) return { result: { ok: false, message: opened.message } };
      let side = this.sides.get(root);
      if (!side || side.commit !== opened.commit || side.maxBytes !== settings.maxFileSize) {
        side = { ...(await loadRevisionSide(root, opened, settings, signal)), maxBytes: settings.maxFileSize };
        this.sides.set(root, side);
      }
      const pause = slicer(signal);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal.aborted) return undefined;
      const parsed = service.getDocument(uri, settings);
      const version = parsed?.version;
      const then = side.fs.readFile(fsPath, settings.maxFileSize);
      const differs = typeof then !== 'string' || then !== parsed?.text;
      // Text as at HEAD (the profile just opened): every prospect judged on both sides in the
      // background — not cancelled by an edit — so that the first edit costs what every later
      // one does (measured on a 1,000-line profile over 1,000 prospects: the first edit took
      // 7.2 s to the lens, later ones 1.8–2.6 s).
      if (!differs) side.warming ??= this.warmUp(side, settings).catch((e: unknown) => this.deps.log('judging the prospects at HEAD', e));
      const changes = differs ? await diffWithRevision(side, service, settings, { onlyProfile: uri, pause }) : [];
      const link = (rel: string): string => URI.file(path.join(root, rel)).toString();
      const markdown = changesAsMarkdown(changes, { rev: 'HEAD', link, level: 1 });
      // The text may have changed while the prospects were judged: the answer is for `version`.
      return { version, result: { ok: true, differs, changes, markdown, millis: Math.round(performance.now() - started) } };
    } catch (e) {
      if (e instanceof Cancelled || signal.aborted) return undefined;
      this.deps.log('comparing the profile with HEAD', e);
      return { result: { ok: false, message: e instanceof Error ? e.message : String(e) } };
    }
  }
}

/** What the lens shows of a result, to tell whether the client must fetch lenses again. */
function lensTitleKey(r: ProfileChangesResult | undefined): string {
  return !r?.ok || !r.differs ? 'none' : String(r.changes.length);
}
