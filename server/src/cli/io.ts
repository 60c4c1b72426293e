// How the CLI meets the world: CliIo (its standard output and error, the folder it runs in, the
// environment it reads), the process's own io, and the two ends a run can take besides a verdict:
// a reader that went away (OutputClosed, a quiet stop) and a bug (internalError, exit 3).
import * as l10n from '@vscode/l10n';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Bytes for standard output as they are (no newline added); process.stdout when absent. */
  outBytes?(bytes: Uint8Array): void;
  cwd: string;
  /** The environment whose LC_ALL / LC_MESSAGES / LANG give the default language. */
  env?: Readonly<Record<string, string | undefined>>;
  /** All of standard input (`--files-from -`); the process's own when absent. */
  readStdin?(): string;
}

/**
 * Whoever read our output has stopped (`ideal-client evaluate … | head`): the CLI stops, quietly —
 * exit 1 if a prospect had already failed, else 0 — instead of judging the rest for nobody.
 */
export class OutputClosed extends Error {}

/** Standard output, or OutputClosed once a write found the pipe closed (EPIPE destroys the stream). */
function writeStdout(chunk: string | Uint8Array): void {
  if (process.stdout.destroyed) throw new OutputClosed();
  process.stdout.write(chunk);
}

/** The process's own standard output and error, in the folder it was started in. */
export const nodeIo: CliIo = {
  out: (t) => writeStdout(t.endsWith('\n') ? t : t + '\n'),
  outBytes: (b) => writeStdout(b),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
};

/** A bug, not bad input: still one line, never a stack trace (set IDEAL_CLIENT_DEBUG for it). */
export function internalError(io: CliIo, e: unknown): number {
  io.err(l10n.t('ideal-client: internal error: {0}', e instanceof Error ? e.message : String(e)));
  if ((io.env ?? process.env).IDEAL_CLIENT_DEBUG) io.err(`${(e as Error)?.stack ?? ''}`);
  return 3;
}
