// Which of our file kinds a path or URI is, by its name alone (DESIGN §1).

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

/** The kind of an Ideal Client file, or undefined for any other file. */
export function kindOf(uriOrPath: string): KindAndFormat | undefined {
  const name = uriOrPath.split(/[?#]/)[0];
  for (const [re, kf] of PATTERNS) if (re.test(name)) return kf;
  return undefined;
}

/** Glob patterns for the same files, for file watchers and workspace searches. */
export const PROFILE_GLOB = '**/*.profile.{yaml,yml}';
export const PROSPECT_GLOB = '**/*.prospect.{yaml,yml,md}';
