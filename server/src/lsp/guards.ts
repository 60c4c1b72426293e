// Every handler runs guarded: an exception in one request is a logged error and an empty
// answer, never a dead server; a request the client cancelled is answered RequestCancelled.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export type Log = (what: string, e: unknown) => void;

/** Thrown while a request waits for its settings: the client cancelled it meanwhile. */
export class RequestCancelled extends Error {}

export function cancelled(what = 'The request'): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${what} was cancelled.`);
}

export function guard<P, R>(log: Log, what: string, fallback: () => R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (e) {
      log(what, e);
      return fallback();
    }
  };
}

export function guardRequest<P, R>(
  log: Log, what: string, fallback: () => R, handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params: P, token?: CancellationToken) => {
    try {
      const result = await handler(params, token);
      // Worked out, but no longer wanted: the client is told so rather than handed an answer it
      // has stopped waiting for.
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (e) {
      if (e instanceof RequestCancelled) return cancelled();
      log(what, e);
      return fallback();
    }
  };
}

export const none = (): undefined => undefined;
export const empty = (): never[] => [];
export const nothing = (): null => null;
