// Verdicts may have changed: tell the client (status bar, Prospects view) and, when the inline
// views are concerned, ask it to fetch code lenses and inlay hints again — it would not on its
// own, since the prospect's own text did not change. Batched over REFRESH_DELAY_MS.
//
// State owned here, and where it is cleared:
//   pending (uris, all, inline, timer) — what the next flush sends; emptied by flush(), dropped by stop()
import { CodeLensRefreshRequest, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import { VerdictsChangedNotification } from '../../../shared/src/protocol';
import type { Log } from './guards';

/** Refreshes (code lenses, inlay hints, verdictsChanged) are batched over this long. */
const REFRESH_DELAY_MS = 100;
/** More prospects changed than this: verdictsChanged says "all" instead of listing them. */
const REFRESH_ALL_ABOVE = 1000;

export class RefreshBatcher {
  private timer: NodeJS.Timeout | undefined;
  private readonly uris = new Set<string>();
  private all = false;
  private inline = false;
  private stopped = false;

  constructor(
    private readonly connection: Connection,
    private readonly capabilities: () => ClientCapabilities,
    private readonly log: Log,
  ) {}

  queue(uris: readonly string[] | 'all', inline = true): void {
    if (this.stopped) return;
    if (uris === 'all') this.all = true;
    else for (const u of uris) this.uris.add(u);
    this.inline ||= inline;
    this.timer ??= setTimeout(() => this.flush(), REFRESH_DELAY_MS);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.stopped) return;
    // Thousands of prospects (a profile edit): "all", not a list the client would go through
    // anyway — sorting and sending ten thousand URIs kept the server from answering for ~10 ms.
    const all = this.all || this.uris.size > REFRESH_ALL_ABOVE;
    const params = { uris: all ? [] : [...this.uris].sort(), all: all || undefined };
    const inline = this.inline;
    this.uris.clear();
    this.all = false;
    this.inline = false;
    if (params.uris.length > 0 || params.all) void this.connection.sendNotification(VerdictsChangedNotification, params);
    if (inline) this.refreshInlineViews();
  }

  private refreshInlineViews(): void {
    const caps = this.capabilities();
    if (caps.workspace?.codeLens?.refreshSupport) {
      this.connection.sendRequest(CodeLensRefreshRequest.type).catch((e: unknown) => this.log('refreshing code lenses', e));
    }
    if (caps.workspace?.inlayHint?.refreshSupport) {
      this.connection.languages.inlayHint.refresh().catch((e: unknown) => this.log('refreshing inlay hints', e));
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
