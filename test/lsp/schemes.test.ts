// The server's side of two rules. Documents the server does not own: a git: version of a prospect (a diff view), a notebook cell.
// Other editors open them too; they get no diagnostics at all rather than misleading ones ("save
// this prospect as a file", errors of an old version) — file: and untitled: documents are checked.
// And the read rule: Evaluate All over a workspace holding a link that points outside it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { URI } from 'vscode-uri';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/startServer';
import { LanguageService } from '../../server/src/service/languageService';
import { EvaluateAllRequest } from '../../shared/src/protocol';
import { memoryFs } from '../unit/helpers/memoryFs';
import { SMALL_PROFILE } from '../unit/helpers/fixtures';

const BROKEN = 'prospect: A\nfacts:\n  budget: lots\n  nosuchfact: 1\n';

describe('documents with schemes other than file: and untitled:', function () {
  this.timeout(10_000);
  let client: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const service = new LanguageService({ fs: memoryFs({ '/w/p.profile.yaml': SMALL_PROFILE }), workspaceFolders: ['/w'] });
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), service);
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(PublishDiagnosticsNotification.type, (p) => { published.push(p); });
    client.listen();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: 'file:///w', capabilities: {}, workspaceFolders: [{ uri: 'file:///w', name: 'w' }] });
    await client.sendNotification(InitializedNotification.type, {});
  });
  after(() => client.dispose());

  it('a git: and a vscode-notebook-cell: prospect get no diagnostics; the same text as file: and untitled: does', async () => {
    const uris = {
      file: 'file:///w/a.prospect.yaml',
      untitled: 'untitled:Untitled-1.prospect.yaml',
      git: 'git:/w/a.prospect.yaml?%7B%22path%22%3A%22%2Fw%2Fa.prospect.yaml%22%2C%22ref%22%3A%22HEAD%22%7D',
      cell: 'vscode-notebook-cell:/w/notes.ipynb.prospect.yaml#W0sZmlsZQ%3D%3D',
    };
    for (const uri of [uris.git, uris.cell, uris.untitled, uris.file]) {
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text: BROKEN } });
    }
    const end = Date.now() + 5000;
    while (Date.now() < end && !(published.some((p) => p.uri === uris.file) && published.some((p) => p.uri === uris.untitled))) {
      await new Promise((r) => setTimeout(r, 10));
    }
    // The file: document was checked after the others were opened: had they been checked, it would show by now.
    await new Promise((r) => setTimeout(r, 300));
    const withProblems = (uri: string): boolean => published.some((p) => p.uri === uri && p.diagnostics.length > 0);
    assert.ok(withProblems(uris.file), 'file: is checked');
    assert.ok(withProblems(uris.untitled), 'untitled: is checked');
    assert.equal(withProblems(uris.git), false, JSON.stringify(published.filter((p) => p.uri === uris.git)));
    assert.equal(withProblems(uris.cell), false);
    assert.equal(await client.sendRequest(HoverRequest.type, { textDocument: { uri: uris.git }, position: { line: 2, character: 4 } }), null);
  });
});

describe('the read rule in the server (in-process, real links on disk)', function () {
  this.timeout(10_000);
  let client: ProtocolConnection;
  let tmp: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-lsp-readrule-'));
    const ws = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(ws, 'a'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(tmp, 'outside', 'secret.txt'), 'db_password: hunter2\n');
    fs.writeFileSync(path.join(ws, 'p.profile.yaml'), SMALL_PROFILE);
    fs.writeFileSync(path.join(ws, 'a', 'ok.prospect.yaml'), 'prospect: OK\nfacts:\n  budget: 9000 EUR\n  style: calm\n');
    fs.symlinkSync(path.join(tmp, 'outside', 'secret.txt'), path.join(ws, 'a', 'leak.prospect.yaml'));
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), new LanguageService());
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
    const root = URI.file(ws).toString();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'ws' }] });
    await client.sendNotification(InitializedNotification.type, {});
  });
  after(() => {
    client.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('Evaluate All lists the link outside as refused, and nothing of its content reaches the client', async () => {
    const page = await client.sendRequest(EvaluateAllRequest, {});
    const text = JSON.stringify(page);
    assert.doesNotMatch(text, /db_password|hunter2/);
    assert.match(text, /leak\.prospect\.yaml/);
    assert.match(text, /link that points outside the workspace folder/);
    assert.match(text, /"fit"/, 'the prospect inside is judged');
  });
});
