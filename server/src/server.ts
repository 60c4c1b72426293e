// The Ideal Client language server's entry: the process's connection (IPC from the VS Code
// extension, or --stdio for other editors and the tests), handed to startServer, which builds
// everything else (lsp/). No domain logic here or there: that is the language service's.
//
// Over stdio the message reader is made here, not by createConnection, for one reason: a
// malformed message header (no Content-Length, a line without ":") is reported only to the
// reader's onError, which createConnection keeps to itself — the server would stay silently deaf.
// With our own reader it is said once on standard error. What createConnection does for a stdio
// stream besides is done here too: the exit when the input ends, console.log kept off stdout.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';
import { visible } from './report/terminalText';

function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  let said = false;
  reader.onError((e) => {
    if (said) return;
    said = true;
    // The first line only: the rest echoes the headers received, which may be anything.
    const first = visible((e instanceof Error ? e.message : String(e)).split('\n')[0]).slice(0, 200);
    process.stderr.write(`Ideal Client: malformed message header from the client (${first}); messages from now on may not be understood.\n`);
  });
  // stdout carries the protocol: a stray console.log would corrupt it.
  console.log = console.info = console.debug = console.error;
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

const stdio = process.argv.includes('--stdio');
const running = startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all));
if (stdio) {
  // The end of input ends the server: cleanly (0) after a shutdown request, else 1 — the LSP's rule.
  const end = (): never => process.exit(running.isShuttingDown() ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
}
