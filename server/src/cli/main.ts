// `ideal-client`: the command line over the same language service as the editor (DESIGN §6).
// It reads files, never writes them; every problem is one line naming file, line and column.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { LanguageService } from '../service/languageService';
import { DEFAULT_SETTINGS, type Settings } from '../service/settings';
import { kindOf } from '../../../shared/src/fileKinds';
import { verdictAsText } from '../report/textReport';
import { verdictsAsMarkdown, type ReportEntry } from '../report/markdownReport';
import { verdictsAsJunit } from '../report/junitReport';
import { verdictJsonPiece } from '../report/jsonReport';
import { helpText, parseArgs, UsageError, type CliArgs } from './args';
import { langFlag, pickLanguage, useLanguage } from './language';
import { evaluateInWorkers, isCliWorker, serveAsWorker, workersFor } from './parallel';
import { isMainThread, workerData } from 'node:worker_threads';

declare const __VERSION__: string | undefined;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Bytes for standard output as they are (no newline added); process.stdout when absent. */
  outBytes?(bytes: Uint8Array): void;
  cwd: string;
  /** The environment whose LC_ALL / LC_MESSAGES / LANG give the default language. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Whoever read our output has stopped (`ideal-client evaluate … | head`): the CLI stops, quietly —
 * exit 1 if a prospect had already failed, else 0 — instead of judging the rest for nobody.
 */
export class OutputClosed extends Error {}

/** Standard output, or OutputClosed once a write found the pipe closed (EPIPE destroys the stream). */
function writeStdout(chunk: string | Uint8Array): void {
  if (process.stdout.destroyed) throw new OutputClosed();
  process.stdout.write(chunk);
}

const nodeIo: CliIo = {
  out: (t) => writeStdout(t.endsWith('\n') ? t : t + '\n'),
  outBytes: (b) => writeStdout(b),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
};

export function runCli(argv: readonly string[], io: CliIo = nodeIo): number {
  try {
    return guarded(argv, io, (ctx) => dispatch(ctx));
  } finally {
    // Back to English: runCli also runs inside the tests' process, next to the service's tests.
    useLanguage('en');
  }
}

/**
 * The CLI as its own process: like runCli, but `evaluate` over many prospects is spread over
 * worker threads (cli/parallel.ts), one per core, with the same bytes written in the same order.
 */
export async function runCliProcess(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  // A closed pipe is reported by writeStdout (OutputClosed); its late 'error' event is no crash.
  if (io === nodeIo) process.stdout.on('error', () => undefined);
  const workers = (ctx: Ctx): number => workersFor(ctx.args, io.env ?? process.env);
  return guarded(argv, io, (ctx) => (workers(ctx) > 1 ? evaluateInWorkers(ctx, argv, workers(ctx)) : dispatch(ctx)));
}

/**
 * Sets the language (first, so that even a usage error is in it; an invalid --lang is English),
 * reads the arguments and runs `command`; whatever it throws becomes one line, never a stack
 * trace — and a reader that went away (OutputClosed), a quiet end.
 */
function guarded<T extends number | Promise<number>>(argv: readonly string[], io: CliIo, command: (ctx: Ctx) => T): T | number {
  useLanguage(pickLanguage(langFlag(argv), io.env ?? process.env));
  const failed = (e: unknown): number => (e instanceof OutputClosed ? 0 : internalError(io, e));
  try {
    const prepared = prepare(argv, io);
    if (typeof prepared === 'number') return prepared;
    const result = command(prepared);
    return (result instanceof Promise ? result.catch(failed) : result) as T;
  } catch (e) {
    return failed(e);
  }
}

/** A bug, not bad input: still one line, never a stack trace (set IDEAL_CLIENT_DEBUG for it). */
export function internalError(io: CliIo, e: unknown): number {
  io.err(l10n.t('ideal-client: internal error: {0}', e instanceof Error ? e.message : String(e)));
  if ((io.env ?? process.env).IDEAL_CLIENT_DEBUG) io.err(`${(e as Error)?.stack ?? ''}`);
  return 3;
}

/** The arguments read and the service made, or the exit code when there is nothing to do. */
export function prepare(argv: readonly string[], io: CliIo): Ctx | number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ideal-client: ${e.message}\n${l10n.t('Run "ideal-client --help" for usage.')}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out(helpText());
    return 0;
  }
  if (args.command === 'version') {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  const root = path.resolve(io.cwd, args.root ?? '.');
  if (!isDirectory(root)) {
    io.err(l10n.t('ideal-client: --root {0} is not a folder', root));
    return 2;
  }
  const service = new LanguageService({ workspaceFolders: [root] });
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (args.profile) settings.forceProfile = path.relative(root, path.resolve(io.cwd, args.profile));
  return { io, root, service, settings, args };
}

function dispatch(ctx: Ctx): number {
  const { args } = ctx;
  switch (args.command) {
    case 'evaluate': return evaluateCommand(ctx, args);
    case 'questions': return questionsCommand(ctx, args);
    case 'check': return checkCommand(ctx, args);
    default: return 2;
  }
}

export interface Ctx {
  io: CliIo;
  root: string;
  service: LanguageService;
  settings: Settings;
  args: CliArgs;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The file's stat, or undefined where fs.existsSync would say false (any error). */
function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function isReadable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function display(ctx: Ctx, fsPath: string): string {
  const rel = path.relative(ctx.io.cwd, fsPath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : fsPath;
}

/** Evaluates each file; a file that cannot be evaluated becomes one error line. */
function evaluateFiles(ctx: Ctx, files: readonly string[]): ReportEntry[] {
  return files.map((file) => evaluateFile(ctx, file));
}

export function evaluateFile(ctx: Ctx, file: string): ReportEntry {
  const fsPath = path.resolve(ctx.io.cwd, file);
  const shown = display(ctx, fsPath);
  const isProspect = kindOf(fsPath)?.kind === 'prospect';
  const uri = ctx.service.uriOf(fsPath);
  const ev = isProspect ? ctx.service.evaluate(uri, ctx.settings) : undefined;
  // Judged once and written out: its parse and memos need not stay (see release).
  ctx.service.release(uri);
  if (ev?.ok) return { file: shown, verdict: ev.verdict };
  // Why not, asked of the disk only now: ten thousand good prospects need no stat each.
  return { file: shown, error: whyNotEvaluated(ctx, fsPath, shown, isProspect) ?? errorLine(ctx, fsPath, ev!.ok ? '' : ev!.message) };
}

/** "file:line:column: error: …" stays English in every language: editors and CI parse it. */
function whyNotEvaluated(ctx: Ctx, fsPath: string, shown: string, isProspect: boolean): string | undefined {
  const st = statOf(fsPath);
  if (!st) return `${shown}:1:1: error: ${l10n.t('no such file')}`;
  if (!isProspect) return `${shown}:1:1: error: ${l10n.t('not a prospect (*.prospect.yaml, *.prospect.yml or *.prospect.md)')}`;
  if (!st.isFile() || !isReadable(fsPath)) return `${shown}:1:1: error: ${l10n.t('cannot read {0}', shown)}`;
  return undefined;
}

/** The service's messages name the file relative to the root; the CLI names it as the user did. */
function errorLine(ctx: Ctx, fsPath: string, message: string): string {
  const rel = ctx.service.describe(ctx.service.uriOf(fsPath));
  const shown = display(ctx, fsPath);
  let m = message.startsWith(rel) ? shown + message.slice(rel.length) : `${shown}: ${message}`;
  // Always "file:line:column: error: …".
  m = m.replace(/^([^:]+):(\d+):(\d+): /, '$1:$2:$3: error: ');
  if (!/^[^:]+:\d+:\d+: /.test(m)) m = m.replace(/^([^:]+): /, '$1:1:1: error: ');
  return m;
}

function evaluateCommand(ctx: Ctx, args: CliArgs): number {
  if (args.format === 'markdown' || args.format === 'junit') {
    // A table of every prospect: gathered first.
    const entries = evaluateFiles(ctx, args.paths);
    for (const e of entries) if (!e.verdict) ctx.io.err(e.error!);
    ctx.io.out(args.format === 'markdown' ? verdictsAsMarkdown(entries) : verdictsAsJunit(entries));
    return entries.some((e) => !e.verdict) ? 1 : 0;
  }
  // Text and JSON: each prospect written as soon as it is judged, so that ten thousand of them
  // never sit in memory at once.
  const single = args.format === 'json' && args.paths.length === 1;
  const json = args.format === 'json' && !single ? new JsonListWriter(ctx.io) : undefined;
  const text = args.format === 'text' ? new TextBatch(ctx.io) : undefined;
  let failed = 0;
  try {
    for (const file of args.paths) {
      const e = evaluateFile(ctx, file);
      if (!e.verdict) {
        failed++;
        // What came before it first, so that a terminal shows verdicts and errors in order.
        text?.flush();
        ctx.io.err(e.error!);
      } else if (single) ctx.io.out(JSON.stringify(e.verdict, null, 2));
      else if (json) json.addPiece(verdictJsonPiece(e.verdict));
      else text!.add(textEntry(e));
    }
    if (single && failed > 0) ctx.io.out('null');
    json?.end();
    text?.flush();
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e;
  }
  return failed > 0 ? 1 : 0;
}

/** A judged prospect in the text format, with the newline that ends it. */
export function textEntry(e: ReportEntry): string {
  return `${verdictAsText(e.verdict!, e.file)}\n`;
}


/**
 * Text verdicts written a few dozen at a time: one write per prospect was ten thousand system
 * calls. Only where the bytes go out as they are (outBytes); an io that takes lines gets each
 * verdict as one out() call, as before.
 */
class TextBatch {
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
 * An item is held back until
 * the next one arrives (or the end), for only then is it known whether a comma follows it; each
 * out() gets whole lines without the final newline (out adds it), so the bytes are the same.
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

function questionsCommand(ctx: Ctx, args: CliArgs): number {
  const [entry] = evaluateFiles(ctx, args.paths);
  if (!entry.verdict) {
    ctx.io.err(entry.error!);
    return 1;
  }
  const v = entry.verdict;
  if (args.format === 'json') ctx.io.out(JSON.stringify(v.ask, null, 2));
  else if (v.ask.length === 0) ctx.io.out(l10n.t('{0}: nothing left to ask.', v.prospect));
  else ctx.io.out(v.ask.map((q) => `- ${q.question}  (${q.fact})`).join('\n'));
  return 0;
}

function checkCommand(ctx: Ctx, args: CliArgs): number {
  const inputs = args.paths.length ? args.paths : ['.'];
  const files: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const p of inputs) {
    const fsPath = path.resolve(ctx.io.cwd, p);
    if (isDirectory(fsPath)) {
      const found = ctx.service.findFiles([fsPath]);
      for (const uri of [...found.profiles, ...found.prospects]) files.push(ctx.service.fsPathOf(uri)!);
    } else if (fs.existsSync(fsPath)) {
      if (!kindOf(fsPath)) {
        ctx.io.err(`${display(ctx, fsPath)}:1:1: error: ${l10n.t('not a profile or prospect (*.profile.yaml, *.prospect.yaml, *.prospect.md)')}`);
        errors++;
      } else files.push(fsPath);
    } else {
      ctx.io.err(`${display(ctx, fsPath)}:1:1: error: ${l10n.t('no such file or folder')}`);
      errors++;
    }
  }
  try {
    for (const f of files) {
      const problems = ctx.service.problems(ctx.service.uriOf(f), ctx.settings);
      for (const pr of problems) {
        if (pr.severity === 'hint' || pr.code === 'note-hint') continue;
        if (pr.severity === 'error') errors++;
        else if (pr.severity === 'warning') warnings++;
        const line = `${display(ctx, f)}:${pr.range.start.line + 1}:${pr.range.start.character + 1}: ${pr.severity}: ${pr.message}`;
        (pr.severity === 'error' ? ctx.io.err : ctx.io.out)(line);
      }
    }
    ctx.io.out(l10n.t('{0} file(s) checked: {1} error(s), {2} warning(s).', files.length, errors, warnings));
  } catch (e) {
    // The reader went away: stop, with the errors found so far deciding the exit code.
    if (!(e instanceof OutputClosed)) throw e;
  }
  return errors > 0 ? 1 : 0;
}

if (!isMainThread && isCliWorker(workerData)) {
  // A worker of evaluateInWorkers: the same bundle, started again inside the CLI's process.
  serveAsWorker(workerData);
} else if (require.main === module) {
  void runCliProcess(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
