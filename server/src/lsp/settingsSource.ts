// The settings of each resource: pulled from the client with workspace/configuration and kept
// until they change (or pushed with didChangeConfiguration by clients that cannot be asked).
//
// State owned here, and where it is cleared:
//   cache  — a promise of the settings per URI; by forget() (the document closed) and clear()
//            (didChangeConfiguration)
//   pushed — the settings a client pushed; replaced by push()
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, toSettings, type Settings } from '../service/settings';
import { RequestCancelled, type Log } from './guards';

export class SettingsSource {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = { ...DEFAULT_SETTINGS };

  constructor(
    private readonly connection: Connection,
    /** Whether the client answers workspace/configuration (known after initialize). */
    private readonly canAsk: () => boolean,
    private readonly log: Log,
  ) {}

  forUri(uri: string): Promise<Settings> {
    if (!this.canAsk()) return Promise.resolve(this.pushed);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'idealClient' }).then(
        (raw: unknown) => toSettings(raw),
        (e: unknown) => {
          this.log('reading the settings', e);
          return { ...DEFAULT_SETTINGS };
        },
      );
      this.cache.set(uri, p);
    }
    return p;
  }

  /**
   * The settings for a request's document; the only await in a request handler, so the one place
   * where a cancellation can arrive before the work starts — checked here, the work is skipped.
   */
  async forRequest(uri: string, token: CancellationToken | undefined): Promise<Settings> {
    const settings = await this.forUri(uri);
    if (token?.isCancellationRequested) throw new RequestCancelled();
    return settings;
  }

  /** Settings for many files in one workspace/configuration request (Evaluate All, Check Lessons). */
  async forMany(uris: readonly string[]): Promise<(uri: string) => Settings> {
    const missing = this.canAsk() ? uris.filter((u) => !this.cache.has(u)) : [];
    if (missing.length > 0) {
      const all = this.connection.workspace.getConfiguration(missing.map((scopeUri) => ({ scopeUri, section: 'idealClient' }))).then(
        (raws: unknown[]) => (Array.isArray(raws) ? raws : []),
        (e: unknown) => {
          this.log('reading the settings', e);
          return [] as unknown[];
        },
      );
      missing.forEach((u, i) => this.cache.set(u, all.then((raws) => toSettings(raws[i]))));
    }
    const resolved = new Map<string, Settings>();
    for (const u of uris) resolved.set(u, await this.forUri(u));
    return (uri) => resolved.get(uri) ?? this.pushed;
  }

  /** didChangeConfiguration: everything is asked again; pushed settings, if any, are taken. */
  changed(raw: unknown): void {
    this.cache.clear();
    if (raw !== undefined) this.pushed = toSettings(raw);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
