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
  if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
  if (typeof r.evaluateWhileTyping === 'boolean') s.evaluateWhileTyping = r.evaluateWhileTyping;
  if (typeof r.showInlineHints === 'boolean') s.showInlineHints = r.showInlineHints;
  if (typeof r.validateWorkspace === 'boolean') s.validateWorkspace = r.validateWorkspace;
  return s;
}
