// initializationOptions.l10nBundle is read bounded and without blocking: only a regular file of
// at most 1 MB. A FIFO, /dev/zero or a folder is refused at once — initialize is answered — and
// the log names the path and the reason, never a byte of the file.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/startServer';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from '../unit/helpers/memoryFs';

/** Starts a server in-process, sends initialize with `bundle`, and gives the time to its answer and the log. */
async function initializeWith(bundle: string): Promise<{ ms: number; log: string[] }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), new LanguageService({ fs: memoryFs({}) }));
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const log: string[] = [];
  client.onNotification('window/logMessage', (p: { message: string }) => { log.push(p.message); });
  client.listen();
  const start = Date.now();
  try {
    const answer = client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, initializationOptions: { l10nBundle: bundle } });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`initialize not answered within 1 s (${bundle})`)), 1000); });
    await Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
    const ms = Date.now() - start;
    // The log notification follows the answer's order on the wire: give it a moment.
    await new Promise((r) => setTimeout(r, 50));
    return { ms, log };
  } finally {
    client.dispose();
  }
}

describe('initializationOptions.l10nBundle', function () {
  this.timeout(10_000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-l10n-')); });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a FIFO: initialize is answered within 1 s, and the log says why', async function () {
    const fifo = path.join(tmp, 'bundle.fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      this.skip();
    }
    const r = await initializeWith(fifo);
    assert.ok(r.ms < 1000, `${r.ms} ms`);
    assert.ok(r.log.some((l) => l.includes(fifo) && /not a regular file/.test(l)), r.log.join('\n'));
  });

  it('/dev/zero and a folder: refused at once', async () => {
    for (const p of ['/dev/zero', tmp]) {
      const r = await initializeWith(p);
      assert.ok(r.ms < 1000, `${p}: ${r.ms} ms`);
      assert.ok(r.log.some((l) => l.includes(p) && /not a regular file/.test(l)), r.log.join('\n'));
    }
  });

  it('a file larger than 1 MB is refused; a file that is no bundle is logged without its content', async () => {
    const big = path.join(tmp, 'big.json');
    fs.writeFileSync(big, `{"a": "${'x'.repeat(1024 * 1024)}"}`);
    const bigLog = (await initializeWith(big)).log;
    assert.ok(bigLog.some((l) => l.includes(big) && /larger than 1 MB/.test(l)), bigLog.join('\n'));
    const passwd = path.join(tmp, 'passwd');
    fs.writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\nsecret-token-123\n');
    const r = await initializeWith(passwd);
    assert.ok(r.log.some((l) => l.includes(passwd) && /not a translation bundle/.test(l)), r.log.join('\n'));
    assert.doesNotMatch(r.log.join('\n'), /root:x|secret-token/);
  });
});
