// Running the real `git`, safely: always spawned without a shell, its arguments as an array, with
// `-c core.fsmonitor=false` (a repository's config may name an fsmonitor command, which git would
// otherwise start) and only plumbing commands that never run a hook (rev-parse, ls-tree,
// cat-file). Nothing here changes the repository. Asynchronous, so that the language server keeps
// answering while git works.
import { spawn } from 'node:child_process';

/** What git said: its exit code, its standard output as bytes and its error text. */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** git could not be started at all (not installed, not on PATH). */
export class GitMissing extends Error {}

/** Options before every command: no fsmonitor, no pager, no optional locks, no prompt. */
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '--no-pager', '--no-optional-locks'];

function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // Written paths are names, never patterns or magic; nobody is asked for a password.
  env.GIT_LITERAL_PATHSPECS = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  // Inside a git hook these point at the hook's repository; ours is the one of `cwd`.
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}

/**
 * Runs `git <args>` in `cwd` and gathers its output; `input` is written to its standard input.
 * Resolves with whatever exit code git gives; rejects only with GitMissing.
 */
export function runGit(cwd: string, args: readonly string[], input?: string | Buffer, signal?: AbortSignal): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE, ...args], { cwd, env: gitEnv(), shell: false, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true, signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // git may stop reading early (a bad object): its closed pipe is no crash of ours.
    child.stdin.on('error', () => undefined);
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new GitMissing('git is not installed or not on PATH'));
      else if (e.name === 'AbortError') reject(e);
      else resolve({ code: -1, stdout: Buffer.alloc(0), stderr: e.message });
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
