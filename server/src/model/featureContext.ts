// What the language service hands each feature besides the document itself: the profile a
// prospect is judged by, its verdict, and a way to resolve paths. Features stay pure functions.
import type { Profile, Prospect, Verdict } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';

/** A profile document together with its engine model. */
export interface ProfileInfo {
  uri: string;
  parsed: ParsedDocument;
  profile: Profile;
}

/** A prospect document together with its engine model. */
export interface ProspectInfo {
  uri: string;
  parsed: ParsedDocument;
  prospect: Prospect;
}

/** How the profile of a prospect was found (its `profile:` key, the setting or the nearest
 * profile), or why it was not. */
export type ProfileResolution =
  | { ok: true; uri: string; how: 'key' | 'setting' | 'nearest' }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'outside' | 'not-found'; message: string; candidates?: string[] };

/** Everything a feature may need about the document's surroundings. */
export interface FeatureContext {
  /** For a prospect: the profile it is judged by, if one was found and parsed. */
  profile?: ProfileInfo;
  /** For a prospect: its verdict, if it could be evaluated. */
  verdict?: Verdict;
  /**
   * Resolves a path written in the document (a prospect's `profile:`, a lesson's `prospect:`)
   * to a URI inside the workspace folder, or explains why not.
   */
  resolvePath(relative: string): { ok: true; uri: string } | { ok: false; message: string };
  /**
   * The paths, as the document would write them (relative, "/"), of every profile or prospect in
   * the document's workspace folder: for completing a `profile:` or a lesson's `prospect:`.
   */
  pathsFromHere?(kind: 'profile' | 'prospect'): string[];
  /** For a prospect whose profile is ambiguous: the candidates, as paths written in it. */
  profileCandidates?: string[];
}
