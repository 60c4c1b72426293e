// A problem found in a document: LSP-shaped, but free of the LSP libraries so the CLI and the
// pure service can use it. server.ts turns it into a Diagnostic one to one.
import type { Range } from '../../../shared/src/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable codes, so quick fixes and tests can recognise a problem without parsing its words. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'too-large'
  | 'encoding'
  | 'front-matter'
  | 'schema'
  | 'unknown-fact'
  | 'matcher-type'
  | 'bad-argument'
  | 'not-an-option'
  | 'duplicate-id'
  | 'thresholds'
  | 'lesson-verdict'
  | 'lesson-file'
  | 'unknown-prospect-fact'
  | 'bad-value'
  | 'profile-missing'
  | 'profile-ambiguous'
  | 'path-outside'
  | 'note-hint'
  | 'note-contradiction'
  | 'referral-fact'
  | 'severity-conflict'
  | 'self-question'
  | 'offer-key'
  | 'unknown-criterion'
  | 'unknown-referral'
  | 'story'
  | 'no-longer-fits'
  | 'capacity'
  | 'odd-number'
  | 'reply-template';

export interface Problem {
  range: Range;
  severity: Severity;
  message: string;
  code: ProblemCode;
  /** For quick fixes: e.g. { replacement: 'budget' } for a "did you mean". */
  data?: { replacement?: string; fact?: string; value?: string; add?: boolean };
}
