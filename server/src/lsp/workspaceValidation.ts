// Problems for the whole workspace: with idealClient.validateWorkspace on (the default) and no
// more than MAX_FILES profiles and prospects, a background pass checks every file that is not
// open and publishes its diagnostics, so the Problems panel lists the workspace, as ESLint and
// the TypeScript extension do. Open files are the Validator's (their text is the editor's).
//
// The pass runs in slices of SLICE_MS that hand the event loop back, so completion and the open
// files' checks are answered meanwhile; a newer pass (a file came, went or changed, the settings
// changed) supersedes it; it shows window progress ("n of N files") that the user can cancel.
//
// Measured (the service alone, unbundled under tsx, 2,801 sample-like files — the samples'
// prospects copied 400 times — on a shared 2-core machine): 0.84–0.90 s, 0.3 ms a file, 134 MB
// RSS when the machine was quiet; 7.5–9.9 s when other builds ran (and before valid prospects
// were checked without a full YAML parse). So 2,000 files cost 0.6 s of background time, a few
// seconds at worst: the limit above which the pass is not run.
//
// State owned here, and where it is cleared:
//   published — the URIs this pass published diagnostics for; an entry goes when its file is
//               opened (the open document's diagnostics take over), deleted, or when the pass is
//               turned off or the workspace grows over the limit (then all are cleared)
//   generation — bumped to supersede the running pass
//   enabled    — whether the last pass ran (setting on, workspace under the limit): a single
//                file changed on disk is then checked alone
import type { Connection } from 'vscode-languageserver/node';
import * as l10n from '@vscode/l10n';
import type { LanguageService } from '../service/languageService';
import type { Log } from './guards';
import type { OpenDocuments } from './openDocuments';
import type { SettingsSource } from './settingsSource';

/** More profiles and prospects than this: no background pass (see the measurements above). */
export const MAX_FILES = 2000;
/** One slice of the pass keeps the event loop at most this long. */
const SLICE_MS = 5;
/** A burst of file events (a git checkout) starts one pass, this long after the last. */
const DEBOUNCE_MS = 300;
/**
 * The first pass waits this long after the server started: while a window opens, the workbench,
 * the extension host and this server share the machine, and the verdict lens of the file the
 * user opened comes first. Measured in code-server on 2 shared cores (bench/editorLens.mjs, three
 * fresh windows each, load average 5–7): open prospect → verdict lens 1.9–2.2 s (median 2.08)
 * with the pass at once, 1.26–2.2 s (median 1.29) without it. The Problems panel of the files no
 * one opened can wait two seconds.
 */
export const FIRST_PASS_DELAY_MS = 2000;

export interface WorkspaceValidatorParts {
  connection: Connection;
  service: LanguageService;
  settings: SettingsSource;
  open: OpenDocuments;
  log: Log;
  isShuttingDown(): boolean;
  /** Whether the client shows server-initiated progress (window.workDoneProgress). */
  canShowProgress(): boolean;
}

export class WorkspaceValidator {
  private readonly published = new Set<string>();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private enabled = false;
  private readonly notBefore = Date.now() + FIRST_PASS_DELAY_MS;

  constructor(private readonly p: WorkspaceValidatorParts) {}

  /** A pass soon (after the burst of changes that asks for it), never before FIRST_PASS_DELAY_MS. */
  schedule(delay = DEBOUNCE_MS): void {
    if (this.p.isShuttingDown()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run().catch((e: unknown) => this.p.log('checking the workspace', e));
    }, Math.max(delay, this.notBefore - Date.now()));
  }

  /**
   * A file changed on disk or closed in the editor: a profile can change every prospect's
   * problems (a whole pass); a prospect only its own (checked alone, no pass over the workspace
   * for every save by another program).
   */
  fileChanged(uri: string, isProfile: boolean): void {
    if (isProfile) {
      this.schedule();
      return;
    }
    if (!this.enabled || this.p.open.get(uri) || this.p.isShuttingDown()) return;
    void this.p.settings.forUri(uri).then((settings) => {
      if (this.p.open.get(uri)) return;
      const diagnostics = this.p.service.diagnostics(uri, settings);
      if (diagnostics.length > 0 || this.published.has(uri)) void this.p.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
      this.p.service.release(uri);
    }).catch((e: unknown) => this.p.log(`checking ${uri}`, e));
  }

  /** Opened: its diagnostics are the Validator's from now on. */
  opened(uri: string): void {
    this.published.delete(uri);
  }

  /** Deleted: its diagnostics go. */
  deleted(uri: string): void {
    if (this.published.delete(uri)) void this.p.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  stop(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private clearAll(): void {
    for (const uri of this.published) void this.p.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const { service } = this.p;
    const listed = service.findFiles();
    const files = [...listed.profiles, ...listed.prospects];
    const folder = service.workspaceFolders[0];
    const on = (await this.p.settings.forUri(folder ? service.uriOf(folder) : files[0] ?? '')).validateWorkspace;
    if (generation !== this.generation || this.p.isShuttingDown()) return;
    this.enabled = on && files.length <= MAX_FILES;
    if (!this.enabled) {
      this.clearAll();
      return;
    }
    const settingsFor = await this.p.settings.forMany(files);
    if (generation !== this.generation) return;
    // Files published before that are gone from the listing (deleted while no event came).
    const listedSet = new Set(files);
    for (const uri of [...this.published]) if (!listedSet.has(uri)) this.deleted(uri);

    const progress = this.p.canShowProgress() ? await this.p.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(l10n.t('Checking the workspace'), 0, undefined, true);
    progress?.token.onCancellationRequested(() => { if (this.generation === generation) this.generation++; });
    try {
      let sliceStart = performance.now();
      let lastReport = 0;
      for (let i = 0; i < files.length; i++) {
        if (performance.now() - sliceStart >= SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (generation !== this.generation || this.p.isShuttingDown()) return;
          sliceStart = performance.now();
          if (progress && Date.now() - lastReport >= 200) {
            lastReport = Date.now();
            progress.report(Math.floor((100 * i) / files.length), l10n.t('{0} of {1} files', i, files.length));
          }
        }
        const uri = files[i];
        if (this.p.open.get(uri)) continue;
        try {
          const diagnostics = service.diagnostics(uri, settingsFor(uri));
          // Files without problems are published too only if they had some before.
          if (diagnostics.length > 0 || this.published.has(uri)) void this.p.connection.sendDiagnostics({ uri, diagnostics });
          if (diagnostics.length > 0) this.published.add(uri);
          else this.published.delete(uri);
        } catch (e) {
          this.p.log(`checking ${uri}`, e);
        }
        // One pass over many files: what was read for a file not open need not stay.
        service.release(uri);
      }
    } finally {
      progress?.done();
    }
  }
}
