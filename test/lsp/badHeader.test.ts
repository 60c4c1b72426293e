// A malformed JSON-RPC header must not leave the server silently deaf: it says so once on
// standard error (dist/server.js over stdio), and a clean end of input still ends the process.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { buildServer, SERVER } from './helpers/lspSession';

/** Resolves with what the server wrote on stderr once `until` matches it, or after `ms`. */
function stderrOf(child: ChildProcess, until: RegExp, ms: number): Promise<string> {
  return new Promise((resolve) => {
    let err = '';
    const timer = setTimeout(() => resolve(err), ms);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (until.test(err)) {
        clearTimeout(timer);
        // A moment more: a second line would show here.
        setTimeout(() => resolve(err), 300);
      }
    });
  });
}

describe('a malformed JSON-RPC header (dist/server.js --stdio)', function () {
  this.timeout(30_000);
  before(buildServer);

  for (const [what, bytes] of [
    ['no Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ['a header without ":"', 'garbage\r\n\r\n'],
    ['a Content-Length that is no number', 'Content-Length: lots\r\n\r\n{}'],
  ] as const) {
    it(`${what}: one line on stderr`, async () => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      try {
        const err = stderrOf(child, /Ideal Client/, 3000);
        child.stdin!.write(bytes);
        child.stdin!.write(bytes);
        const text = await err;
        const lines = text.split('\n').filter((l) => /Ideal Client/.test(l));
        assert.equal(lines.length, 1, JSON.stringify(text));
        assert.match(lines[0], /malformed message header/);
      } finally {
        child.kill();
      }
    });
  }

  it('still ends when its input ends without a shutdown (exit code 1)', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.stdin!.end();
      setTimeout(() => { child.kill(); resolve(-1); }, 5000);
    });
    assert.equal(code, 1);
  });
});
