// `ideal-client evaluate` over many prospects on every core. Each worker thread runs its own
// LanguageService over the same root, settings and language, and judges one slice of the files
// at a time; the main thread hands out slices as workers come free and writes their output in
// the order of the files, so the bytes are the same as one thread would write. A git hook over a
// few files never starts a worker: each worker loads the CLI, parses the profile and warms up its
// own JIT, which on two cores pays off only from a few thousand prospects on (npm run bench).
import * as os from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import type { CliArgs } from './args';
import { useLanguage, pickLanguage, langFlag } from './language';
import { prepare, type Ctx } from './context';
import { errorLines, evaluateFile, jsonEntry, textEntry } from './evaluate';
import { internalError, OutputClosed, type CliIo } from './io';

/**
 * Fewer files than this are judged on the main thread. Measured on 2 cores (text, bench
 * workspace, medians of 3): 4,000 files 1.88 s on one thread vs 2.03 s with two workers; 6,000:
 * 2.41 vs 2.46 s; 10,000: 3.61 vs 3.04 s.
 */
export const PARALLEL_MIN = 6000;
/** At most this many workers, whatever the machine has: each holds a parsed profile. */
const MAX_WORKERS = 8;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const OPEN = utf8('[\n');
const COMMA = utf8(',\n');
const CLOSE = utf8('\n]\n');
const EMPTY = utf8('[]\n');

/** What a worker needs to build the same context as the main thread. */
interface WorkerSetup {
  idealClientCliWorker: 1;
  argv: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

/** One slice of files for a worker, and its answer. */
interface Slice {
  index: number;
  files: string[];
}
interface SliceDone {
  index: number;
  /**
   * The slice's output as UTF-8, handed over without a copy: for text, every verdict; for JSON,
   * their pieces (see verdictJsonPiece) joined by ",\n". Empty when no file of the slice was judged.
   */
  bytes: Uint8Array;
  errors: string[];
  /** How many of the slice's files failed: not judged, or judged with errors. */
  failed: number;
}

export function isCliWorker(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as WorkerSetup).idealClientCliWorker === 1;
}

/**
 * How many workers `evaluate` should use: 1 (none) for few files, a single JSON verdict, the
 * Markdown and JUnit tables, or one core; IDEAL_CLIENT_WORKERS=N sets it (1 turns workers off).
 */
export function workersFor(args: CliArgs, env: Readonly<Record<string, string | undefined>>): number {
  if (args.command !== 'evaluate' || (args.format !== 'text' && args.format !== 'json')) return 1;
  const files = args.paths.length;
  if (files < 2) return 1;
  const forced = Number.parseInt(env.IDEAL_CLIENT_WORKERS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, MAX_WORKERS, files);
  if (files < PARALLEL_MIN) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), MAX_WORKERS));
}

/** Slices small enough that the workers finish together, large enough that messages stay few. */
function sliceSize(files: number, workers: number): number {
  return Math.max(8, Math.min(250, Math.ceil(files / (workers * 8))));
}

/**
 * Judges the files of `evaluate` in `workers` threads, each started from `script`: the CLI's entry
 * (the bundle, dist/cli.js), which serves as a worker when started with a WorkerSetup.
 */
export function evaluateInWorkers(ctx: Ctx, argv: readonly string[], workers: number, script: string): Promise<number> {
  const { io, args } = ctx;
  const files = args.paths;
  const size = sliceSize(files.length, workers);
  const slices: Slice[] = [];
  for (let i = 0; i < files.length; i += size) slices.push({ index: slices.length, files: files.slice(i, i + size) });
  const json = args.format === 'json';
  const write = io.outBytes ?? ((b: Uint8Array) => process.stdout.write(b));
  /** Whether a JSON piece has been written (the next one needs a comma before it). */
  let anyPiece = false;
  const done = new Map<number, SliceDone>();
  let next = 0;
  let written = 0;
  let failed = 0;
  const setup: WorkerSetup = { idealClientCliWorker: 1, argv: [...argv], cwd: io.cwd, env: { ...(io.env ?? process.env) } };

  /** Writes every finished slice that is next in the files' order. */
  const flush = (): void => {
    for (let d = done.get(written); d; d = done.get(written)) {
      done.delete(written);
      written++;
      failed += d.failed;
      for (const e of d.errors) io.err(e);
      if (d.bytes.length === 0) continue;
      // The bytes of JSON.stringify(verdicts, null, 2): "[\n" piece ",\n" piece … "\n]\n".
      if (json) write(anyPiece ? COMMA : OPEN);
      anyPiece = true;
      write(d.bytes);
    }
  };

  return new Promise<number>((resolve) => {
    const pool: Worker[] = [];
    let finished = false;
    const finish = (code: number): void => {
      if (finished) return;
      finished = true;
      for (const w of pool) void w.terminate();
      resolve(code);
    };
    const feed = (w: Worker): void => {
      if (next < slices.length) w.postMessage(slices[next++]);
      else w.postMessage(null);
    };
    for (let i = 0; i < Math.min(workers, slices.length); i++) {
      const w = new Worker(script, { workerData: setup });
      pool.push(w);
      w.on('message', (m: SliceDone) => {
        done.set(m.index, m);
        try {
          flush();
          if (written === slices.length && json) write(anyPiece ? CLOSE : EMPTY);
        } catch (e) {
          // The reader went away (OutputClosed): stop quietly, as one thread would.
          finish(e instanceof OutputClosed ? (failed > 0 ? 1 : 0) : internalError(io, e));
          return;
        }
        if (written === slices.length) finish(failed > 0 ? 1 : 0);
        else feed(w);
      });
      // A worker that dies is a bug (its files' problems come back as messages): one line, exit 3.
      w.on('error', (e) => finish(internalError(io, e)));
      w.on('exit', (code) => {
        if (!finished && code !== 0) finish(internalError(io, new Error(`a worker stopped with exit code ${code}`)));
      });
      // Two slices in flight per worker: while the main thread writes one answer, the worker is
      // already judging its next slice instead of waiting for it.
      feed(w);
      feed(w);
    }
  });
}

/** The worker's side: the same context as the main thread, then one slice per message. */
export function serveAsWorker(setup: WorkerSetup): void {
  const port = parentPort;
  if (!port) return;
  useLanguage(pickLanguage(langFlag(setup.argv), setup.env));
  const quiet: CliIo = { out: () => undefined, err: () => undefined, cwd: setup.cwd, env: setup.env };
  const ctx = prepare(setup.argv, quiet, false);
  port.on('message', (slice: Slice | null) => {
    if (slice === null || typeof ctx === 'number') {
      port.close();
      return;
    }
    const errors: string[] = [];
    const parts: string[] = [];
    let failed = 0;
    for (const file of slice.files) {
      const e = evaluateFile(ctx, file);
      if (e.verdict) parts.push(ctx.args.format === 'json' ? jsonEntry(e) : textEntry(e));
      const lines = errorLines(e);
      if (lines.length) failed++;
      errors.push(...lines);
    }
    // TextEncoder gives the bytes their own buffer, which can be transferred (Buffer.from may
    // hand out a slice of a shared pool).
    const bytes = utf8(parts.join(ctx.args.format === 'json' ? ',\n' : ''));
    const answer: SliceDone = { index: slice.index, bytes, errors, failed };
    port.postMessage(answer, [bytes.buffer as ArrayBuffer]);
  });
}
