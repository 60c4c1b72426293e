// Which files are Ideal Client's, by their name alone — the one definition the client (file
// watchers, which file a command works on), the server and the CLI all use.

export type DocumentKind = 'profile' | 'prospect';
export type DocumentFormat = 'yaml' | 'markdown';

export interface KindAndFormat {
  kind: DocumentKind;
  format: DocumentFormat;
}

const PATTERNS: ReadonlyArray<[RegExp, KindAndFormat]> = [
  [/\.profile\.ya?ml$/i, { kind: 'profile', format: 'yaml' }],
  [/\.prospect\.ya?ml$/i, { kind: 'prospect', format: 'yaml' }],
  [/\.prospect\.md$/i, { kind: 'prospect', format: 'markdown' }],
];

/** The kind of an Ideal Client file (a path, a URI or a bare name), or undefined for any other file. */
export function kindOf(uriOrPath: string): KindAndFormat | undefined {
  const name = uriOrPath.split(/[?#]/)[0];
  for (const [re, kf] of PATTERNS) if (re.test(name)) return kf;
  return undefined;
}

export function isProfileName(uriOrPath: string): boolean {
  return kindOf(uriOrPath)?.kind === 'profile';
}

export function isProspectName(uriOrPath: string): boolean {
  return kindOf(uriOrPath)?.kind === 'prospect';
}

/** Glob patterns for the same files, for file watchers and workspace searches. */
export const PROFILE_GLOB = '**/*.profile.{yaml,yml}';
export const PROSPECT_GLOB = '**/*.prospect.{yaml,yml,md}';
export const ALL_FILES_GLOB = '**/*.{profile,prospect}.{yaml,yml,md}';

/**
 * Folders never searched for profiles and prospects: installed packages, build output, the test
 * editor's download. Hidden folders (a name starting with ".") are skipped as well.
 */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);
/** SKIP_DIRS as a glob, for the client's workspace searches. */
export const EXCLUDE_GLOB = `**/{${[...SKIP_DIRS].join(',')}}/**`;
