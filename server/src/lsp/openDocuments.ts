// What the server keeps about each document open in the editor, in one record per URI, so that
// closing a document is one delete. The texts themselves are TextDocuments' (vscode-languageserver)
// and the service's; this is only the scheduling around them.
//
// State owned here, and where it is cleared:
//   records — one per open document of ours; created by open(), deleted by close()

export interface OpenDocument {
  /** The version last saved (or opened): with "evaluate while typing" off, the one judged. */
  savedVersion: number;
  /** The pending check, if one is scheduled. */
  timer?: NodeJS.Timeout;
  /** The latest check scheduled: an older one still running is stale. */
  run: number;
  /** The verdict last sent to the client, to tell it only of changes. */
  lastVerdict?: string;
  /** The code lenses last computed while saved, shown unchanged while the prospect is edited. */
  lenses?: unknown[];
}

export class OpenDocuments {
  private readonly records = new Map<string, OpenDocument>();

  open(uri: string, version: number): OpenDocument {
    const record: OpenDocument = { savedVersion: version, run: 0 };
    this.records.set(uri, record);
    return record;
  }

  get(uri: string): OpenDocument | undefined {
    return this.records.get(uri);
  }

  /** The record's pending check cancelled, and the record gone. */
  close(uri: string): void {
    const r = this.records.get(uri);
    if (r?.timer) clearTimeout(r.timer);
    this.records.delete(uri);
  }

  /** Every pending check cancelled (shutdown). */
  stopAll(): void {
    for (const r of this.records.values()) {
      if (r.timer) clearTimeout(r.timer);
      r.timer = undefined;
    }
  }

  uris(): string[] {
    return [...this.records.keys()];
  }

  get size(): number {
    return this.records.size;
  }
}
