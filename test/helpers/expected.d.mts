// Types of expected.mjs, the one reader of samples/EXPECTED.md (see there).
export type ExpectedVerdict = 'fit' | 'borderline' | 'no-fit' | 'undetermined';

/** One row of the table: the prospect's path relative to the samples folder and its verdict. */
export interface ExpectedRow {
  file: string;
  verdict: ExpectedVerdict;
  score: number | null;
  known: number;
}

export const VERDICTS: readonly ExpectedVerdict[];
export const EXPECTED_COLUMNS: readonly string[];

/** Rows of the table headed `| file | verdict | score | known |`; throws when there is none, or a row is malformed. */
export function parseExpected(text: string, source?: string): ExpectedRow[];

/** parseExpected on the file's text; throws, naming the file, as it does. */
export function readExpected(file: string): ExpectedRow[];

/** A drafted reply: the arguments of `ideal-client` that print it (in samples/) and the letter. */
export interface ExpectedDraft {
  args: string[];
  text: string;
  /** The line of its heading in the file. */
  line: number;
}

export const DRAFTS_HEADING: string;

/** The drafts under DRAFTS_HEADING; throws, naming file and line, when one does not read or there is none. */
export function parseExpectedDrafts(text: string, source?: string): ExpectedDraft[];

/** parseExpectedDrafts on the file's text. */
export function readExpectedDrafts(file: string): ExpectedDraft[];
