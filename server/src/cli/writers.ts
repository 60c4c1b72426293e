// Writing many verdicts without holding them all: text in batches, a JSON list item by item.
// Both write the same bytes as one write of the whole would.
import type { CliIo } from './io';

/**
 * Text verdicts written a few dozen at a time: one write per prospect was ten thousand system
 * calls. Only where the bytes go out as they are (outBytes); an io that takes lines gets each
 * verdict as one out() call, as before.
 */
export class TextBatch {
  private pending = '';

  constructor(private readonly io: CliIo, private readonly chunkChars = 64 * 1024) {}

  add(entry: string): void {
    if (!this.io.outBytes) {
      this.io.out(entry);
      return;
    }
    this.pending += entry;
    if (this.pending.length >= this.chunkChars) this.flush();
  }

  flush(): void {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    this.io.outBytes!(Buffer.from(chunk, 'utf8'));
  }
}

/** Bytes of JSON gathered before one write: few writes, yet never one string of 100 MB. */
const JSON_CHUNK = 1 << 20;

/**
 * `JSON.stringify(items, null, 2)` written item by item as they come: ten thousand verdicts are
 * about 100 MB of JSON, which as one string costs more to build, hold and write than to compute.
 * An item is held back until the next one arrives (or the end), for only then is it known whether
 * a comma follows it; each out() gets whole lines without the final newline (out adds it), so the
 * bytes are the same.
 */
export class JsonListWriter {
  private chunk = '[';
  private pending: string | undefined;

  constructor(private readonly io: CliIo, private readonly chunkBytes = JSON_CHUNK) {}

  /** An item made into its piece by jsonPiece or verdictJsonPiece (report/jsonReport.ts). */
  addPiece(piece: string): void {
    if (this.pending !== undefined) this.append(`${this.pending},`);
    this.pending = piece;
  }

  end(): void {
    if (this.pending === undefined) {
      this.io.out('[]');
      return;
    }
    this.append(this.pending);
    this.io.out(this.chunk === '' ? ']' : `${this.chunk}\n]`);
  }

  private append(line: string): void {
    // After a write, out() has ended the line already.
    this.chunk += `${this.chunk === '' ? '' : '\n'}${line}`;
    if (this.chunk.length >= this.chunkBytes) {
      this.io.out(this.chunk);
      this.chunk = '';
    }
  }
}
