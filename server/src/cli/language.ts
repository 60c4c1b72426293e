// The CLI's language: `--lang en|de`, else the locale of the environment (LC_ALL, LC_MESSAGES,
// LANG, as POSIX orders them). It sets @vscode/l10n for the CLI's own words and the reports'
// fixed words; the engine's reasons and questions stay in the profile's `language`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

export type CliLanguage = 'en' | 'de';
export const LANGUAGES: readonly CliLanguage[] = ['en', 'de'];

/** The value of `--lang` in argv, read before anything else so usage errors are translated too. */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') found = argv[++i];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** `de` for a German locale ("de", "de_DE.UTF-8", "de-AT"), else `en`; the flag wins if valid. */
export function pickLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): CliLanguage {
  if (flag === 'en' || flag === 'de') return flag;
  // The first one set decides, even when it is not German (LC_ALL=C over LANG=de_DE means C).
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => typeof v === 'string' && v !== '');
  return locale && /^de([_.@-]|$)/i.test(locale) ? 'de' : 'en';
}

/**
 * Where the German bundle is: next to the bundled CLI (dist/cli.js → l10n/, as in the .vsix),
 * or next to the sources when run with tsx (server/src/cli → l10n/).
 */
function bundleCandidates(): string[] {
  const name = path.join('l10n', 'bundle.l10n.de.json');
  return [path.resolve(__dirname, '..', name), path.resolve(__dirname, '..', '..', '..', name)];
}

/**
 * Uses `language` for every l10n.t from now on. A missing or broken bundle means English, never
 * a crash: the CLI must work in a git hook whatever was installed. Returns the language in use.
 */
export function useLanguage(language: CliLanguage, candidates: readonly string[] = bundleCandidates()): CliLanguage {
  if (language === 'de') {
    for (const file of candidates) {
      try {
        const contents = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
        if (typeof contents === 'object' && contents !== null && !Array.isArray(contents)) {
          l10n.config({ contents: contents as Record<string, string> });
          return 'de';
        }
      } catch {
        // Not there or not JSON: try the next place, else stay English.
      }
    }
  }
  l10n.config({ contents: {} });
  return 'en';
}
