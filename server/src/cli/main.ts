// `ideal-client`, the program (the entry of dist/cli.js, see esbuild.mjs): argv in, exit code out.
// The same file is the script of its worker threads, so that the bundle needs no second file.
// Nothing imports it: the CLI itself is in run.ts, the worker threads in parallel.ts.
import { isMainThread, workerData } from 'node:worker_threads';
import { nodeIo } from './io';
import type { Ctx } from './context';
import { dispatch, guarded } from './run';
import { evaluateInWorkers, isCliWorker, serveAsWorker, workersFor } from './parallel';
import { isDiffWorker, serveDiffWorker } from './diffWorker';

/**
 * The CLI as its own process: like runCli, but `evaluate` over many prospects is spread over
 * worker threads (cli/parallel.ts), one per core, with the same bytes written in the same order.
 */
async function runCliProcess(argv: readonly string[]): Promise<number> {
  // A closed pipe is reported by writeStdout (OutputClosed); its late 'error' event is no crash.
  process.stdout.on('error', () => undefined);
  const workers = (ctx: Ctx): number => workersFor(ctx.args, process.env);
  return guarded(argv, nodeIo, (ctx) => {
    ctx.workerScript = __filename;
    return workers(ctx) > 1 ? evaluateInWorkers(ctx, argv, workers(ctx), __filename) : dispatch(ctx);
  });
}

if (!isMainThread && isCliWorker(workerData)) {
  // A worker of evaluateInWorkers: this file, started again inside the CLI's process.
  serveAsWorker(workerData);
} else if (!isMainThread && isDiffWorker(workerData)) {
  // The second thread of `diff` (cli/diffWorker.ts).
  void serveDiffWorker(workerData);
} else if (require.main === module) {
  void runCliProcess(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
