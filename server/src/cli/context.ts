// From the arguments to what every command runs on (Ctx): the arguments read, the workspace
// folder, one LanguageService over it and the settings the flags make. The worker threads build
// theirs here too, from the same argv, so that they judge exactly as the main thread would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { LanguageService } from '../service/languageService';
import { DEFAULT_SETTINGS, type Settings } from '../service/settings';
import { helpText, parseArgs, UsageError, type CliArgs } from './args';
import { isDirectory, statOf } from './files';
import { isProfileName } from '../../../shared/src/fileKinds';
import { nodeFileSystem } from '../workspace/fileSystem';
import { readInside, type PathRefusal } from '../workspace/pathRules';
import type { CliIo } from './io';

/** Replaced by the version of package.json when esbuild bundles the CLI (see esbuild.mjs). */
declare const __VERSION__: string | undefined;

export interface Ctx {
  io: CliIo;
  root: string;
  service: LanguageService;
  settings: Settings;
  args: CliArgs;
  /** The CLI's own script (the bundle), which worker threads run; absent in-process (tests). */
  workerScript?: string;
}

/**
 * What is wrong with the file `--profile` names, or undefined: it must be a profile by its name,
 * exist, and lie inside the workspace folder (links resolved) — checked before it is opened.
 */
function profileFlagProblem(root: string, typed: string, profile: string): string | undefined {
  if (!isProfileName(profile)) return l10n.t('ideal-client: --profile {0}: not a profile file (*.profile.yaml or *.profile.yml)', typed);
  if (!statOf(profile)?.isFile()) return l10n.t('ideal-client: --profile {0}: no such profile file', typed);
  const rule = readInside(nodeFileSystem(), root, profile);
  return rule.ok ? undefined : `ideal-client: --profile ${typed}: ${outsideWords(rule.code, root)}`;
}

/** The read rule's refusal, worded for the command line: which folder is its workspace folder. */
export function outsideWords(code: PathRefusal, root: string): string {
  return code === 'link-outside'
    ? l10n.t('a link that points outside the workspace folder {0} (the current folder, or --root); it is not read', root)
    : l10n.t('outside the workspace folder {0} (the current folder, or --root); it is not read', root);
}

/**
 * The arguments read and the service made, or the exit code when there is nothing to do. The
 * paths of `evaluate` are expanded (folders, --files-from) unless `expand` is false: a worker
 * thread is handed its files one slice at a time, and has no standard input to read.
 */
export function prepare(argv: readonly string[], io: CliIo, expand = true): Ctx | number {
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
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (args.profile !== undefined) {
    const why = profileFlagProblem(root, args.profile, path.resolve(io.cwd, args.profile));
    // A mistake in the command line, said once and named as typed, not once per prospect.
    if (why) {
      io.err(why);
      return 2;
    }
    settings.forceProfile = path.relative(root, path.resolve(io.cwd, args.profile));
  }
  const service = new LanguageService({ workspaceFolders: [root] });
  if (expand && args.command === 'evaluate') {
    const paths = evaluatePaths(args, io, service);
    if (typeof paths === 'number') return paths;
    args.paths = paths;
  }
  return { io, root, service, settings, args };
}

/**
 * The prospects `evaluate` is to judge, in order: each path given, a folder standing for every
 * prospect under it (walked as `check` walks), then the lines of --files-from — so that fifty
 * thousand prospects need not pass through the shell's argument list. Exit code 2 when the list
 * cannot be read.
 */
function evaluatePaths(args: CliArgs, io: CliIo, service: LanguageService): string[] | number {
  const given = [...args.paths];
  if (args.filesFrom !== undefined) {
    let text: string;
    try {
      text = args.filesFrom === '-'
        ? (io.readStdin ?? (() => fs.readFileSync(0, 'utf8')))()
        : fs.readFileSync(path.resolve(io.cwd, args.filesFrom), 'utf8');
    } catch (e) {
      io.err(l10n.t('ideal-client: --files-from {0}: cannot read it ({1})', args.filesFrom, (e as NodeJS.ErrnoException).code ?? String(e)));
      return 2;
    }
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') given.push(line);
  }
  const paths: string[] = [];
  for (const p of given) {
    const fsPath = path.resolve(io.cwd, p);
    const found = isDirectory(fsPath) ? service.findFiles([fsPath]).prospects : [];
    // A folder without prospects stays itself, and is said to be no prospect.
    if (found.length === 0) paths.push(p);
    else for (const uri of found) paths.push(path.relative(io.cwd, service.fsPathOf(uri)!) || '.');
  }
  return paths;
}
