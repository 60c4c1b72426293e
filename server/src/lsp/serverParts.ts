// The parts a running server is made of, built once by startServer and handed to each group of
// handlers: what a handler module may use, in one type.
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { Log } from './guards';
import type { OpenDocuments } from './openDocuments';
import type { ProfileChanges } from './profileChanges';
import type { RefreshBatcher } from './refresh';
import type { SettingsSource } from './settingsSource';
import type { Validator } from './validation';

export interface ServerParts {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  settings: SettingsSource;
  open: OpenDocuments;
  refresh: RefreshBatcher;
  validator: Validator;
  profileChanges: ProfileChanges;
  log: Log;
  capabilities(): ClientCapabilities;
  isShuttingDown(): boolean;
}
