// The settings the service honours, per resource (the server pulls them from the client; the CLI
// builds them from its flags). Names match the `idealClient.*` contributions in package.json.

export interface Settings {
  /** `idealClient.profile`: the default profile, relative to the workspace folder. */
  profile?: string;
  /**
   * Not a VS Code setting: the CLI's `--profile`, which judges every prospect by this profile
   * (a path relative to the workspace folder), whatever the prospect names.
   */
  forceProfile?: string;
  /** `idealClient.maxFileSize`: files larger than this many bytes are not parsed. */
  maxFileSize: number;
  /** `idealClient.evaluateWhileTyping`: re-evaluate prospects on every change (else on save). */
  evaluateWhileTyping: boolean;
  /** `idealClient.showInlineHints`: end-of-line hints on prospect facts. */
  showInlineHints: boolean;
  /** `idealClient.validateWorkspace`: problems of the files not open too (the server's pass). */
  validateWorkspace: boolean;
}

/**
 * The most idealClient.maxFileSize may be, whatever a workspace sets: a 481 MB prospect took
 * 26.7 s and 3.2 GB of memory to read; 50 MB is far beyond any real profile or prospect.
 */
export const MAX_FILE_SIZE_CEILING = 50 * 1024 * 1024;
/** The least it may be (the manifest's minimum). */
const MIN_FILE_SIZE = 1024;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  maxFileSize: 2 * 1024 * 1024,
  evaluateWhileTyping: true,
  showInlineHints: true,
  validateWorkspace: true,
};

/** Settings as they come from the client: anything, validated here. */
export function toSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.profile === 'string' && r.profile.trim() !== '') s.profile = r.profile;
  if (typeof r.maxFileSize === 'number' && !Number.isNaN(r.maxFileSize)) {
    s.maxFileSize = Math.min(MAX_FILE_SIZE_CEILING, Math.max(MIN_FILE_SIZE, Math.floor(r.maxFileSize)));
  }
  if (typeof r.evaluateWhileTyping === 'boolean') s.evaluateWhileTyping = r.evaluateWhileTyping;
  if (typeof r.showInlineHints === 'boolean') s.showInlineHints = r.showInlineHints;
  if (typeof r.validateWorkspace === 'boolean') s.validateWorkspace = r.validateWorkspace;
  return s;
}
