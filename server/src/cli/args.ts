// Command-line arguments of `ideal-client`, parsed by hand: the CLI has no dependencies.
// Usage errors are in the CLI's language (cli/language.ts sets it before parsing).
import * as l10n from '@vscode/l10n';
import { LANGUAGES, type CliLanguage } from './language';

export type Format = 'text' | 'json' | 'markdown' | 'junit';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'junit'];

export interface CliArgs {
  command: 'evaluate' | 'check' | 'questions' | 'help' | 'version';
  paths: string[];
  profile?: string;
  format: Format;
  root?: string;
  lang?: CliLanguage;
}

export class UsageError extends Error {}

const COMMANDS = ['evaluate', 'check', 'questions', 'help', 'version'] as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], format: 'text' };
  let commandSeen = false;
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(l10n.t('{0} needs a value', flag));
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '-h': case '--help': args.command = 'help'; return args;
      case '-v': case '--version': args.command = 'version'; return args;
      case '--profile': args.profile = take(); break;
      case '--root': args.root = take(); break;
      case '--lang': {
        const lang = take();
        if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(l10n.t('--lang must be one of {0}, not "{1}"', LANGUAGES.join(', '), lang));
        args.lang = lang as CliLanguage;
        break;
      }
      case '--format': case '-f': {
        const f = take();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(l10n.t('--format must be one of {0}, not "{1}"', FORMATS.join(', '), f));
        args.format = f as Format;
        break;
      }
      case '--': args.paths.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(l10n.t('unknown option {0}', a));
        if (!commandSeen) {
          if (!(COMMANDS as readonly string[]).includes(a)) throw new UsageError(l10n.t('unknown command "{0}" (evaluate, check, questions)', a));
          args.command = a as CliArgs['command'];
          commandSeen = true;
        } else {
          args.paths.push(a);
        }
    }
  }
  if (args.command === 'evaluate' && args.paths.length === 0) throw new UsageError(l10n.t('evaluate needs at least one prospect file'));
  if (args.command === 'questions' && args.paths.length !== 1) throw new UsageError(l10n.t('questions needs exactly one prospect file'));
  return args;
}

export const HELP = `ideal-client — judge prospects against your ideal-client profile

Usage:
  ideal-client evaluate <prospect…> [--profile P] [--format text|json|markdown|junit]
  ideal-client check [paths…]          validate profiles and prospects, run the lessons
  ideal-client questions <prospect>    the questions still to ask
  ideal-client --help | --version

Options:
  --profile P   judge the prospects by profile P instead of the one they name or sit next to
  --format F    text (default), json (the verdict object; an array for several prospects),
                markdown (a report), junit (XML for CI test reports)
  --root DIR    the workspace folder for the path rules (default: the current directory);
                no path written in a file may lead outside it
  --lang en|de  language of the CLI's messages and reports (default: from LC_ALL,
                LC_MESSAGES or LANG); reasons and questions follow the profile's language

Exit codes:
  0  done: every prospect evaluated / no errors found
  1  check found errors (or a lesson is misclassified); evaluate/questions could not
     evaluate a prospect (broken file, no profile …) — one line each, file:line:column
  2  usage error (unknown command or option, missing argument)
  3  internal error (a bug: please report it)
`;

/** The help in the CLI's language. */
export function helpText(): string {
  return l10n.t(HELP);
}
