// `ideal-client`: the command line over the same language service as the editor (DESIGN §6).
// It reads files, never writes them; every problem is one line naming file, line and column.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../service/languageService';
import { DEFAULT_SETTINGS, type Settings } from '../service/settings';
import { kindOf } from '../parser/documentKind';
import type { Verdict } from '../types';
import { verdictAsText } from '../report/textReport';
import { verdictsAsMarkdown, type ReportEntry } from '../report/markdownReport';
import { verdictsAsJunit } from '../report/junitReport';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';

declare const __VERSION__: string | undefined;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
};

export function runCli(argv: readonly string[], io: CliIo = nodeIo): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ideal-client: ${e.message}\nRun "ideal-client --help" for usage.`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out(HELP);
    return 0;
  }
  if (args.command === 'version') {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  const root = path.resolve(io.cwd, args.root ?? '.');
  if (!isDirectory(root)) {
    io.err(`ideal-client: --root ${root} is not a folder`);
    return 2;
  }
  const service = new LanguageService({ workspaceFolders: [root] });
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (args.profile) settings.forceProfile = path.relative(root, path.resolve(io.cwd, args.profile));
  const ctx = { io, root, service, settings };
  switch (args.command) {
    case 'evaluate': return evaluateCommand(ctx, args);
    case 'questions': return questionsCommand(ctx, args);
    case 'check': return checkCommand(ctx, args);
  }
}

interface Ctx {
  io: CliIo;
  root: string;
  service: LanguageService;
  settings: Settings;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
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
  return files.map((file) => {
    const fsPath = path.resolve(ctx.io.cwd, file);
    const shown = display(ctx, fsPath);
    if (!fs.existsSync(fsPath)) return { file: shown, error: `${shown}:1:1: error: no such file` };
    if (kindOf(fsPath)?.kind !== 'prospect') return { file: shown, error: `${shown}:1:1: error: not a prospect (*.prospect.yaml, *.prospect.yml or *.prospect.md)` };
    const ev = ctx.service.evaluate(ctx.service.uriOf(fsPath), ctx.settings);
    if (ev.ok) return { file: shown, verdict: ev.verdict };
    return { file: shown, error: errorLine(ctx, fsPath, ev.message) };
  });
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
  const entries = evaluateFiles(ctx, args.paths);
  const failed = entries.filter((e) => !e.verdict);
  for (const e of failed) ctx.io.err(e.error!);
  const verdicts = entries.filter((e) => e.verdict).map((e) => e.verdict as Verdict);
  switch (args.format) {
    case 'json':
      ctx.io.out(JSON.stringify(args.paths.length === 1 ? (verdicts[0] ?? null) : verdicts, null, 2));
      break;
    case 'markdown':
      ctx.io.out(verdictsAsMarkdown(entries));
      break;
    case 'junit':
      ctx.io.out(verdictsAsJunit(entries));
      break;
    default:
      for (const e of entries) if (e.verdict) ctx.io.out(verdictAsText(e.verdict, e.file) + '\n');
  }
  return failed.length > 0 ? 1 : 0;
}

function questionsCommand(ctx: Ctx, args: CliArgs): number {
  const [entry] = evaluateFiles(ctx, args.paths);
  if (!entry.verdict) {
    ctx.io.err(entry.error!);
    return 1;
  }
  const v = entry.verdict;
  if (args.format === 'json') ctx.io.out(JSON.stringify(v.ask, null, 2));
  else if (v.ask.length === 0) ctx.io.out(`${v.prospect}: nothing left to ask.`);
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
        ctx.io.err(`${display(ctx, fsPath)}:1:1: error: not a profile or prospect (*.profile.yaml, *.prospect.yaml, *.prospect.md)`);
        errors++;
      } else files.push(fsPath);
    } else {
      ctx.io.err(`${display(ctx, fsPath)}:1:1: error: no such file or folder`);
      errors++;
    }
  }
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
  ctx.io.out(`${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) {
  let code: number;
  try {
    code = runCli(process.argv.slice(2));
  } catch (e) {
    // A bug, not bad input: still one line, never a stack trace (set IDEAL_CLIENT_DEBUG for it).
    process.stderr.write(`ideal-client: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.IDEAL_CLIENT_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    code = 3;
  }
  process.exitCode = code;
}
