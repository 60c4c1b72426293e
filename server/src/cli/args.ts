// Command-line arguments of `ideal-client`, read by Node's own util.parseArgs (the CLI has no
// dependencies). Everything wrong with them is a UsageError (exit 2) in the CLI's language
// (cli/language.ts sets it before parsing), worded as the CLI always worded it; parseArgs' own
// errors are mapped to those words. Each command takes only its own options: an option it does
// not take is a usage error, never silently ignored.
import { parseArgs as parseArgv } from 'node:util';
import * as l10n from '@vscode/l10n';
import { LANGUAGES, type CliLanguage } from './language';
import { REPLY_KINDS, type ReplyKind } from '../../../shared/src/types';

export type Format = 'text' | 'json' | 'markdown' | 'junit';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'junit'];

export interface CliArgs {
  command: 'evaluate' | 'check' | 'questions' | 'lessons' | 'diff' | 'reply' | 'help' | 'version';
  /** lessons: list the lessons the past prospects propose. */
  propose?: boolean;
  /** The words after the command: files and folders (for `diff`, the revision first, if given). */
  paths: string[];
  profile?: string;
  format: Format;
  root?: string;
  lang?: CliLanguage;
  /** `diff --exit-code`: exit 1 when any verdict changed. */
  exitCode?: boolean;
  /** `evaluate --files-from FILE|-`: more paths, one a line, from a file or standard input. */
  filesFrom?: string;
  /** `reply --kind`: decline, refer or ask. */
  kind?: ReplyKind;
  /** `reply --to NAME`: the colleague a referral names. */
  to?: string;
}

export class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  profile: { type: 'string' },
  format: { type: 'string', short: 'f' },
  root: { type: 'string' },
  lang: { type: 'string' },
  propose: { type: 'boolean' },
  'exit-code': { type: 'boolean' },
  'files-from': { type: 'string' },
  kind: { type: 'string' },
  to: { type: 'string' },
} as const;
type OptionName = keyof typeof OPTIONS;

type Working = 'evaluate' | 'check' | 'questions' | 'lessons' | 'diff' | 'reply';
const COMMANDS = ['evaluate', 'check', 'questions', 'lessons', 'diff', 'reply', 'help', 'version'] as const;

/**
 * The options each command takes, and the formats where it takes --format: `questions` writes a
 * list or JSON, `check` only problem lines. `help` and `version` answer whatever else is given.
 */
const TAKES: Record<Working, { options: readonly OptionName[]; formats: readonly Format[] }> = {
  evaluate: { options: ['profile', 'format', 'root', 'lang', 'files-from'], formats: FORMATS },
  questions: { options: ['profile', 'format', 'root', 'lang'], formats: ['text', 'json'] },
  check: { options: ['profile', 'root', 'lang'], formats: [] },
  lessons: { options: ['propose', 'profile', 'format', 'root', 'lang'], formats: ['text', 'json'] },
  diff: { options: ['format', 'root', 'lang', 'exit-code'], formats: ['text', 'markdown', 'json'] },
  reply: { options: ['kind', 'to', 'profile', 'root', 'lang'], formats: [] },
};

/** A token of util.parseArgs (`tokens: true`), as far as the CLI reads it. */
type Token =
  | { kind: 'option'; index: number; name: string; rawName: string; value?: string; inlineValue?: boolean }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };
type OptionToken = Extract<Token, { kind: 'option' }>;

const isOption = (t: Token): t is OptionToken => t.kind === 'option';
const isKnown = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

function tokensOf(argv: readonly string[], strict: boolean): Token[] {
  return parseArgv({ args: [...argv], options: OPTIONS, allowPositionals: true, strict, tokens: true }).tokens;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let tokens: Token[];
  try {
    tokens = tokensOf(argv, true);
  } catch (e) {
    throw asUsageError(e, argv);
  }
  // --help and --version answer at once, whatever else is given.
  const asked = tokens.filter(isOption).find((t) => t.name === 'help' || t.name === 'version');
  if (asked) return { command: asked.name as 'help' | 'version', paths: [], format: 'text' };

  const args: CliArgs = { command: 'help', paths: [], format: 'text' };
  let commandSeen = false;
  let terminated = false;
  for (const t of tokens) {
    if (t.kind === 'option-terminator') terminated = true;
    if (t.kind !== 'positional') continue;
    // The first word is the command; every other one (and all after "--") is a path.
    if (commandSeen || terminated) {
      args.paths.push(t.value);
      continue;
    }
    if (!(COMMANDS as readonly string[]).includes(t.value)) throw new UsageError(l10n.t('unknown command "{0}" (evaluate, check, questions, lessons, diff, reply)', t.value));
    args.command = t.value as CliArgs['command'];
    commandSeen = true;
  }
  // No command is the help; `help` and `version` take anything, as the flags do.
  if (args.command === 'help' || args.command === 'version') return { command: args.command, paths: [], format: 'text' };

  const takes = TAKES[args.command];
  for (const t of tokens.filter(isOption)) {
    const name = t.name as OptionName;
    if (!takes.options.includes(name)) throw new UsageError(l10n.t('{0} does not take {1}', args.command, t.rawName));
    // Strict parsing has made sure that every option left has its value.
    const value = t.value!;
    if (name === 'lang') {
      if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError(l10n.t('--lang must be one of {0}, not "{1}"', LANGUAGES.join(', '), value));
      args.lang = value as CliLanguage;
    } else if (name === 'format') {
      if (!(takes.formats as readonly string[]).includes(value)) throw new UsageError(l10n.t('--format must be one of {0}, not "{1}"', takes.formats.join(', '), value));
      args.format = value as Format;
    } else if (name === 'propose') args.propose = true;
    else if (name === 'profile') args.profile = value;
    else if (name === 'root') args.root = value;
    else if (name === 'exit-code') args.exitCode = true;
    else if (name === 'files-from') args.filesFrom = value;
    else if (name === 'kind') {
      if (!(REPLY_KINDS as readonly string[]).includes(value)) throw new UsageError(l10n.t('--kind must be one of {0}, not "{1}"', REPLY_KINDS.join(', '), value));
      args.kind = value as ReplyKind;
    } else if (name === 'to') args.to = value;
  }
  if (args.command === 'evaluate' && args.paths.length === 0 && args.filesFrom === undefined) throw new UsageError(l10n.t('evaluate needs at least one prospect file'));
  if (args.command === 'lessons' && !args.propose) throw new UsageError(l10n.t('lessons needs --propose'));
  if (args.command === 'questions' && args.paths.length !== 1) throw new UsageError(l10n.t('questions needs exactly one prospect file'));
  if (args.command === 'reply' && args.paths.length !== 1) throw new UsageError(l10n.t('reply needs exactly one prospect file'));
  return args;
}

/**
 * parseArgs' error in the CLI's words, naming the argument as it was typed. Its message is
 * English and names the option its own way, so the culprit is found again in the tokens of a
 * lenient parse, which are the same tokens: the first one that strict parsing refuses.
 */
function asUsageError(e: unknown, argv: readonly string[]): unknown {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return e;
  const options = tokensOf(argv, false).filter(isOption);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const t = options.find((o) => !isKnown(o.name));
    if (t) return new UsageError(l10n.t('unknown option {0}', argv[t.index]));
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const t = options.find(hasWrongValue);
    // A flag given a value (--help=x) is no option the CLI knows.
    if (t && OPTIONS[t.name as OptionName].type === 'boolean') return new UsageError(l10n.t('unknown option {0}', argv[t.index]));
    if (t) return new UsageError(l10n.t('{0} needs a value', t.rawName));
  }
  // Positionals are allowed, so ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL cannot come: whatever else
  // parseArgs says is still a usage error, in its own words.
  return new UsageError((e as Error).message);
}

/**
 * What strict parsing refuses of a known option: a string option without a value, or with the
 * next argument as its value when that looks like an option (`--profile --root x`; write
 * `--profile=-x` for such a name); a boolean option with a value (`--help=x`).
 */
function hasWrongValue(t: OptionToken): boolean {
  if (!isKnown(t.name)) return false;
  if (OPTIONS[t.name].type === 'boolean') return t.value !== undefined;
  return t.value === undefined || (!t.inlineValue && t.value.length > 1 && t.value.startsWith('-'));
}

export const HELP = `ideal-client — judge prospects against your ideal-client profile

Usage:
  ideal-client evaluate <prospect or folder…> [--files-from F] [--profile P] [--format text|json|markdown|junit]
  ideal-client check [paths…]          validate profiles and prospects, run the lessons
  ideal-client questions <prospect>    the questions still to ask
  ideal-client lessons --propose [paths…] [--format text|json]
                                       the lessons past prospects propose (ended, declined
                                       or referred, and named by no lesson yet)
  ideal-client diff [REV] [--format text|markdown|json] [--exit-code] [paths…]
                                       every verdict that differs between git revision REV
                                       (default HEAD) and the files now
  ideal-client reply <prospect> [--kind decline|refer|ask] [--to NAME] [--lang en|de]
                                       a reply drafted from the verdict: a decline, a
                                       referral to a colleague or the open questions
  ideal-client --help | --version

Options:
  --profile P   judge the prospects by profile P instead of the one they name or sit next to
  --format F    text (default), json (the verdict object; an array for several prospects),
                markdown (a report), junit (XML for CI test reports); for diff:
                text, markdown (a table for a pull-request comment) or json
  --exit-code   diff: exit 1 when any verdict changed
  --files-from F
                evaluate: the paths listed in file F too, one a line (- for standard
                input); a folder given stands for every prospect under it
  --root DIR    the workspace folder for the path rules (default: the current directory);
                no path written in a file may lead outside it
  --lang en|de  language of the CLI's messages and reports (default: from LC_ALL,
                LC_MESSAGES or LANG); reasons and questions follow the profile's language;
                reply: the letter's language (default: the profile's)
  --kind K      reply: decline, refer or ask (default: refer for a no-fit with a
                suggested colleague, else decline; ask for borderline or undetermined)
  --to NAME     reply: the colleague to refer to (default: the first suggested)

Exit codes:
  0  done: every prospect evaluated / no errors found
  1  check found errors (or a lesson is misclassified); evaluate/questions/reply could not
     evaluate a prospect (broken file, no profile …) — one line each, file:line:column
     diff --exit-code: a verdict changed
  2  usage error (unknown command or option, missing argument); diff: not a git work
     tree, or REV is not a commit of it (or missing from a shallow clone); reply: the
     kind does not apply (a fit, a client or a past prospect gets none; refer without
     a suggested colleague), or --to names no suggested colleague
  3  internal error (a bug: please report it)
`;

/** The help in the CLI's language. */
export function helpText(): string {
  return l10n.t(HELP);
}
