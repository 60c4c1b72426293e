// Checking open documents: each check scheduled shortly after the edit, a run superseded by a
// newer edit dropped, diagnostics published with the version they are for, and the client told
// when a prospect's verdict changed.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindOf } from '../../../shared/src/fileKinds';
import type { Evaluation } from '../../../shared/src/types';
import type { LanguageService } from '../service/languageService';
import type { Settings } from '../service/settings';
import type { Log } from './guards';
import type { OpenDocuments } from './openDocuments';
import type { RefreshBatcher } from './refresh';
import type { SettingsSource } from './settingsSource';

/**
 * A document is checked again this long after its last edit. Only long enough for the edits
 * already received to be applied first (the connection handles one message per turn of the
 * event loop), so a burst of them is checked once; not a typing pause. Checking is cheap (one
 * parse per version, everything else cached or incremental), a run superseded by a newer edit is
 * dropped, and while a check runs, newer edits wait in the queue and are then checked together.
 */
export const VALIDATION_DELAY_MS = 5;
/** After the first problems are sent: the write goes out before the warm-up's ~50 ms of compiling. */
const WARM_UP_DELAY_MS = 20;

export interface ValidatorParts {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  settings: SettingsSource;
  open: OpenDocuments;
  refresh: RefreshBatcher;
  log: Log;
  isShuttingDown(): boolean;
}

export class Validator {
  private runCounter = 0;
  private warmUpQueued = false;

  constructor(private readonly p: ValidatorParts) {}

  /** With "evaluate while typing" off, an edited prospect keeps the verdict of its saved version. */
  holdsBack(uri: string, settings: Settings): boolean {
    if (settings.evaluateWhileTyping || kindOf(uri)?.kind !== 'prospect') return false;
    const doc = this.p.documents.get(uri);
    return !!doc && this.p.open.get(uri)?.savedVersion !== doc.version;
  }

  schedule(uri: string, delay = VALIDATION_DELAY_MS): void {
    const record = this.p.open.get(uri);
    if (this.p.isShuttingDown() || !record) return;
    if (record.timer) clearTimeout(record.timer);
    const run = ++this.runCounter;
    record.run = run;
    record.timer = setTimeout(() => {
      record.timer = undefined;
      void this.validate(uri, run);
    }, delay);
  }

  scheduleAllOpen(delay = VALIDATION_DELAY_MS): void {
    for (const uri of this.p.open.uris()) this.schedule(uri, delay);
  }

  private async validate(uri: string, run: number): Promise<void> {
    const doc = this.p.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.p.settings.forUri(uri);
    const record = this.p.open.get(uri);
    // A newer edit (or a close) arrived while the settings were fetched: this run is stale.
    if (this.p.isShuttingDown() || !record || record.run !== run || this.p.documents.get(uri)?.version !== version) return;
    if (this.holdsBack(uri, settings)) return;
    try {
      const diagnostics = this.p.service.diagnostics(uri, settings);
      void this.p.connection.sendDiagnostics({ uri, version, diagnostics });
      if (!this.warmUpQueued) {
        // Once the first problems are out (and sent), before the first edit that re-parses a block.
        this.warmUpQueued = true;
        setTimeout(() => this.p.service.warmUp(), WARM_UP_DELAY_MS);
      }
      if (kindOf(uri)?.kind === 'prospect') {
        const key = verdictKey(this.p.service.evaluate(uri, settings));
        if (record.lastVerdict !== key) {
          const first = record.lastVerdict === undefined;
          record.lastVerdict = key;
          if (!first) this.p.refresh.queue([uri], false);
        }
      }
    } catch (e) {
      this.p.log(`checking ${uri}`, e);
    }
  }
}

function verdictKey(ev: Evaluation): string {
  return ev.ok ? JSON.stringify([ev.verdict.verdict, ev.verdict.score, ev.verdict.known, ev.verdict.ask.length, ev.verdict.dealbreakers]) : `!${ev.message}`;
}
