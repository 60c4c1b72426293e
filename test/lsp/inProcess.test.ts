// The server built in-process (lsp/startServer.ts) on a connection over in-memory streams, with
// a language service on an in-memory file system: the handlers are tested without a process,
// and what the server keeps per open document is one record that a close deletes.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, type RunningServer } from '../../server/src/lsp/startServer';
import { LanguageService } from '../../server/src/service/languageService';
import { EvaluateRequest, VerdictsChangedNotification, type VerdictsChangedParams } from '../../shared/src/protocol';
import { memoryFs } from '../unit/helpers/memoryFs';
import { SMALL_PROFILE } from '../unit/helpers/fixtures';

const PROSPECT = 'prospect: A\nfacts:\n  budget: 6000 EUR\n  style: calm\n';

describe('language server in-process (startServer over in-memory streams)', () => {
  let client: ProtocolConnection;
  let server: RunningServer;
  const published: PublishDiagnosticsParams[] = [];
  const changes: VerdictsChangedParams[] = [];
  const service = new LanguageService({ fs: memoryFs({ '/w/p.profile.yaml': SMALL_PROFILE, '/w/a.prospect.yaml': PROSPECT }), workspaceFolders: ['/w'] });
  const profile = service.uriOf('/w/p.profile.yaml');
  const prospect = service.uriOf('/w/a.prospect.yaml');

  async function until<T>(what: string, find: () => T | undefined, ms = 5000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), service);
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(PublishDiagnosticsNotification.type, (p) => { published.push(p); });
    client.onNotification(VerdictsChangedNotification, (p) => { changes.push(p); });
    client.listen();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: 'file:///w', capabilities: {}, workspaceFolders: [{ uri: 'file:///w', name: 'w' }] });
    await client.sendNotification(InitializedNotification.type, {});
  });

  after(() => client.dispose());

  it('checks an opened prospect, keeps one record for it, and re-judges it when its profile is edited', async () => {
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: prospect, languageId: 'yaml', version: 1, text: PROSPECT } });
    await until('the prospect\'s diagnostics', () => published.find((p) => p.uri === prospect));
    assert.equal(server.open.size, 1);
    const before = await client.sendRequest(EvaluateRequest, { uri: prospect });
    assert.ok(before.ok && before.verdict.verdict === 'fit');

    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: profile, languageId: 'yaml', version: 1, text: SMALL_PROFILE } });
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: profile, version: 2 }, contentChanges: [{ text: SMALL_PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 9000 EUR') }],
    });
    await until('verdictsChanged naming the prospect', () => changes.find((c) => c.uris.includes(prospect)));
    const after = await client.sendRequest(EvaluateRequest, { uri: prospect });
    assert.ok(after.ok);
    assert.equal(after.ok && after.verdict.score, 33);
  });

  it('forgets everything about a document when it is closed: one record, one delete', async () => {
    const count = published.length;
    await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: prospect } });
    await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: profile } });
    const cleared = await until('diagnostics cleared', () => published.slice(count).find((p) => p.uri === prospect && p.diagnostics.length === 0));
    assert.deepEqual(cleared.diagnostics, []);
    await until('no open records', () => (server.open.size === 0 ? true : undefined));
    assert.equal(service.isOpen(prospect), false);
  });
});
