// Evaluate All on a cold disk cache: the walk of the workspace's folders must not block the
// server. Round two: over 50,000 prospects a hover waited 13.7 s behind a walk made of
// synchronous readdir calls. Here every folder listing takes 10 ms (as a cold disk does): 300
// folders are three seconds of walking, and a hover sent meanwhile must still be answered fast.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest,
  StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/startServer';
import { LanguageService } from '../../server/src/service/languageService';
import type { FileSystem } from '../../server/src/workspace/fileSystem';
import { EvaluateAllRequest } from '../../shared/src/protocol';
import { memoryFs } from '../unit/helpers/memoryFs';
import { SMALL_PROFILE } from '../unit/helpers/fixtures';

const PROSPECT = 'prospect: A\nfacts:\n  budget: 6000 EUR\n  style: calm\n';
const FOLDERS = 300;
const LISTING_MS = 10;

/** A memory file system whose folder listings take LISTING_MS, blocking or not. */
function slowFs(): FileSystem {
  const files: Record<string, string> = { '/w/p.profile.yaml': SMALL_PROFILE, '/w/a.prospect.yaml': PROSPECT };
  for (let i = 0; i < FOLDERS; i++) files[`/w/d${i}/x.prospect.yaml`] = PROSPECT.replace('A', `P${i}`);
  const mem = memoryFs(files);
  const listing = mem.readDir;
  return Object.assign(mem, {
    readDir(p: string) {
      const until = Date.now() + LISTING_MS;
      while (Date.now() < until) { /* a cold disk */ }
      return listing(p);
    },
    async readDirAsync(p: string) {
      await new Promise((r) => setTimeout(r, LISTING_MS));
      return listing(p);
    },
  });
}

describe('Evaluate All on a cold disk (in-process server)', () => {
  let client: ProtocolConnection;
  const service = new LanguageService({ fs: slowFs(), workspaceFolders: ['/w'] });
  const prospect = service.uriOf('/w/a.prospect.yaml');

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), service);
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: 'file:///w', capabilities: {}, workspaceFolders: [{ uri: 'file:///w', name: 'w' }] });
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: prospect, languageId: 'yaml', version: 1, text: PROSPECT } });
    // Judged once, so that the hover below needs no parse.
    await client.sendRequest(HoverRequest.type, { textDocument: { uri: prospect }, position: { line: 2, character: 4 } });
  });

  after(() => client.dispose());

  it('answers a hover within 100 ms while the walk runs', async function () {
    this.timeout(60_000);
    const all = client.sendRequest(EvaluateAllRequest, {});
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: prospect }, position: { line: 2, character: 4 } });
    const waited = Date.now() - t0;
    assert.ok(hover, 'a hover');
    const page = await all;
    assert.ok(page.ok);
    assert.equal(page.total, FOLDERS + 1, 'every prospect found');
    if (process.env.SHOW_WAIT) console.log(`the hover waited ${waited} ms`);
    assert.ok(waited < 100, `the hover waited ${waited} ms`);
  });
});
