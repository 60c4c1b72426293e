// The CLI's core, shared by the program (main.ts) and its worker threads (parallel.ts): the
// guarded runner and the dispatch of a command. runCli is the CLI on one thread, for tests and
// for any host that brings its own CliIo.
import { langFlag, pickLanguage, useLanguage } from './language';
import { prepare, type Ctx } from './context';
import { internalError, nodeIo, OutputClosed, type CliIo } from './io';
import { evaluateCommand } from './evaluate';
import { questionsCommand } from './questions';
import { checkCommand } from './check';
import { lessonsCommand } from './lessons';
import { diffCommand } from './diff';
import { replyCommand } from './reply';
import { visible } from '../report/terminalText';

/** The CLI on one thread for the commands that answer at once (all but `diff`: runCliAsync). */
export function runCli(argv: readonly string[], io: CliIo = nodeIo): number {
  try {
    const code = guarded(argv, io, (ctx) => dispatch(ctx));
    if (typeof code !== 'number') throw new Error('diff waits for git: run it with runCliAsync');
    return code;
  } finally {
    // Back to English: runCli also runs inside the tests' process, next to the service's tests.
    useLanguage('en');
  }
}

/** The CLI on one thread, every command (`diff` waits for git). */
export async function runCliAsync(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  try {
    return await guarded(argv, io, (ctx) => dispatch(ctx));
  } finally {
    useLanguage('en');
  }
}

/**
 * Sets the language (first, so that even a usage error is in it; an invalid --lang is English),
 * reads the arguments and runs `command`; whatever it throws becomes one line, never a stack
 * trace — and a reader that went away (OutputClosed), a quiet end.
 */
export function guarded<T extends number | Promise<number>>(argv: readonly string[], given: CliIo, command: (ctx: Ctx) => T): T | number {
  useLanguage(pickLanguage(langFlag(argv), given.env ?? process.env));
  // Standard error is a terminal's, whatever the format: what a file says is shown, not obeyed.
  const io: CliIo = { ...given, err: (t) => given.err(visible(t)) };
  const failed = (e: unknown): number => (e instanceof OutputClosed ? 0 : internalError(io, e));
  try {
    const prepared = prepare(argv, io);
    if (typeof prepared === 'number') return prepared;
    const result = command(prepared);
    return (result instanceof Promise ? result.catch(failed) : result) as T;
  } catch (e) {
    return failed(e);
  }
}

/** Runs the command of the arguments on this thread. */
export function dispatch(ctx: Ctx): number | Promise<number> {
  const { args } = ctx;
  switch (args.command) {
    case 'evaluate': return evaluateCommand(ctx, args);
    case 'questions': return questionsCommand(ctx, args);
    case 'check': return checkCommand(ctx, args);
    case 'lessons': return lessonsCommand(ctx, args);
    case 'diff': return diffCommand(ctx, args);
    case 'reply': return replyCommand(ctx, args);
    default: return 2;
  }
}
