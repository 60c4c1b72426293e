// `ideal-client evaluate`: one verdict per prospect, in the order given, in the format asked for;
// a prospect that cannot be judged is one line on standard error, "file:line:column: error: …",
// and so is each error of a prospect that could be judged all the same (an invalid date, an
// unknown fact): its verdict is written, and the exit code says that something is wrong.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { kindOf } from '../../../shared/src/fileKinds';
import { verdictAsText } from '../report/textReport';
import { verdictsAsMarkdown, type ReportEntry } from '../report/markdownReport';
import { verdictsAsJunit } from '../report/junitReport';
import { verdictJsonPiece } from '../report/jsonReport';
import type { ProfileOffer } from '../../../shared/src/report/offerSection';
import { offerInWords } from '../engine';
import type { CliArgs } from './args';
import { outsideWords, type Ctx } from './context';
import { isInside } from '../workspace/fileSystem';
import { display, lstatOf, whyUnreadable } from './files';
import { OutputClosed } from './io';
import { JsonListWriter, TextBatch } from './writers';

/** A prospect as the CLI reports it: its report entry, its path and the errors it has. */
export interface CliEntry extends ReportEntry {
  /** The file relative to the root (--root), with "/": the same on every machine. */
  path?: string;
  /** "file:line:column: error: …" for each error of a prospect that was judged all the same. */
  problems?: string[];
}

/** Evaluates each file; a file that cannot be evaluated becomes one error line. */
export function evaluateFiles(ctx: Ctx, files: readonly string[]): CliEntry[] {
  return files.map((file) => evaluateFile(ctx, file));
}

/**
 * One file judged. `keep`: its parse and memos stay for a further question about it (reply asks
 * for the draft next, from the same verdict), and the caller releases it.
 */
export function evaluateFile(ctx: Ctx, file: string, keep = false): CliEntry {
  const fsPath = path.resolve(ctx.io.cwd, file);
  const shown = display(ctx.io.cwd, fsPath);
  // The read rule for the arguments: only files in the workspace folder are read (links in it
  // that lead outside are refused where every read is, in the service).
  if (!isInside(ctx.root, fsPath)) return { file: shown, error: `${shown}:1:1: error: ${outsideWords('leaves', ctx.root)}` };
  const isProspect = kindOf(fsPath)?.kind === 'prospect';
  const uri = ctx.service.uriOf(fsPath);
  const ev = isProspect ? ctx.service.evaluate(uri, ctx.settings) : undefined;
  const problems = ev?.ok ? errorsOf(ctx, uri, shown) : undefined;
  // Judged once and written out: its parse and memos need not stay (see release).
  if (!keep) ctx.service.release(uri);
  if (ev?.ok) {
    const entry: CliEntry = { file: shown, path: ctx.service.describe(uri).split(path.sep).join('/'), verdict: ev.verdict, profileUri: ev.profileUri };
    if (problems?.length) entry.problems = problems;
    return entry;
  }
  // Why not, asked of the disk only now: ten thousand good prospects need no stat each.
  return { file: shown, error: whyNotEvaluated(fsPath, shown, isProspect) ?? errorLine(ctx, fsPath, ev!.ok ? '' : ev!.message) };
}

/** The errors of a judged prospect, by line and column (warnings and hints are the editor's). */
function errorsOf(ctx: Ctx, uri: string, shown: string): string[] {
  return ctx.service.problems(uri, ctx.settings)
    .filter((p) => p.severity === 'error')
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((p) => `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}: error: ${p.message}`);
}

/** A judged prospect as JSON (one piece of the list): its path first, then the verdict. */
export function jsonEntry(e: CliEntry): string {
  return verdictJsonPiece({ path: e.path, ...e.verdict! });
}

/** What goes to standard error for an entry: why it was not judged, or the errors it has. */
export function errorLines(e: CliEntry): string[] {
  return e.verdict ? e.problems ?? [] : [e.error!];
}

/** "file:line:column: error: …" stays English in every language: editors and CI parse it. */
function whyNotEvaluated(fsPath: string, shown: string, isProspect: boolean): string | undefined {
  const unreadable = whyUnreadable(fsPath);
  // A name that is not there at all (not even as a link) is that, whatever its kind.
  if (!lstatOf(fsPath)) return `${shown}:1:1: error: ${unreadable}`;
  if (!isProspect) return `${shown}:1:1: error: ${l10n.t('not a prospect (*.prospect.yaml, *.prospect.yml or *.prospect.md)')}`;
  return unreadable ? `${shown}:1:1: error: ${unreadable}` : undefined;
}

/** The service's messages name the file relative to the root; the CLI names it as the user did. */
function errorLine(ctx: Ctx, fsPath: string, message: string): string {
  const rel = ctx.service.describe(ctx.service.uriOf(fsPath));
  const shown = display(ctx.io.cwd, fsPath);
  let m = message.startsWith(rel) ? shown + message.slice(rel.length) : `${shown}: ${message}`;
  // Always "file:line:column: error: …".
  m = m.replace(/^([^:]+):(\d+):(\d+): /, '$1:$2:$3: error: ');
  if (!/^[^:]+:\d+:\d+: /.test(m)) m = m.replace(/^([^:]+): /, '$1:1:1: error: ');
  return m;
}

export function evaluateCommand(ctx: Ctx, args: CliArgs): number {
  if (args.format === 'markdown' || args.format === 'junit') {
    // A table of every prospect: gathered first.
    const entries = evaluateFiles(ctx, args.paths);
    for (const e of entries) for (const line of errorLines(e)) ctx.io.err(line);
    ctx.io.out(args.format === 'markdown' ? verdictsAsMarkdown(entries, offersOf(ctx, entries)) : verdictsAsJunit(entries));
    return entries.some((e) => errorLines(e).length > 0) ? 1 : 0;
  }
  // Text and JSON: each prospect written as soon as it is judged, so that ten thousand of them
  // never sit in memory at once.
  const single = args.format === 'json' && args.paths.length === 1;
  const json = args.format === 'json' && !single ? new JsonListWriter(ctx.io) : undefined;
  const text = args.format === 'text' ? new TextBatch(ctx.io) : undefined;
  let failed = 0;
  let judged = false;
  try {
    for (const file of args.paths) {
      const e = evaluateFile(ctx, file);
      if (e.verdict) {
        judged = true;
        if (single) ctx.io.out(JSON.stringify({ path: e.path, ...e.verdict }, null, 2));
        else if (json) json.addPiece(jsonEntry(e));
        else text!.add(textEntry(e));
      }
      const errors = errorLines(e);
      if (errors.length) {
        failed++;
        // What came before it first, so that a terminal shows verdicts and errors in order.
        text?.flush();
        for (const line of errors) ctx.io.err(line);
      }
    }
    if (single && !judged) ctx.io.out('null');
    json?.end();
    text?.flush();
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e;
  }
  return failed > 0 ? 1 : 0;
}

/** The offer of each profile that judged one of the entries, once per profile, for "What you offer". */
function offersOf(ctx: Ctx, entries: readonly ReportEntry[]): ProfileOffer[] {
  const uris = [...new Set(entries.map((e) => e.profileUri).filter((u): u is string => u !== undefined))];
  const out: ProfileOffer[] = [];
  for (const uri of uris) {
    const info = ctx.service.getProfileInfo(uri, ctx.settings);
    if (info) out.push({ profile: info.profile.profile, offer: offerInWords(info.profile) });
  }
  return out;
}

/** A judged prospect in the text format, with the newline that ends it. */
export function textEntry(e: ReportEntry): string {
  return `${verdictAsText(e.verdict!, e.file)}\n`;
}
