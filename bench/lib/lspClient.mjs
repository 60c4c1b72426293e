// A minimal LSP client over stdio: Content-Length framing, JSON-RPC requests with their
// round-trip time, notifications kept with their arrival time, and answers to the requests a
// server sends (workspace/configuration and friends). No dependencies, so both servers are
// driven by exactly the same code.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export class LspClient {
  /**
   * @param {{ name: string, command: string, args: string[], cwd: string,
   *   configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown,
   *   env?: NodeJS.ProcessEnv }} o
   */
  constructor(o) {
    this.name = o.name;
    this.configuration = o.configuration ?? (() => null);
    this.proc = spawn(o.command, o.args, { cwd: o.cwd, stdio: ['pipe', 'pipe', 'pipe'], env: o.env ?? process.env });
    this.pid = this.proc.pid;
    this.nextId = 1;
    /** @type {Map<number, { resolve: Function, reject: Function, method: string, t0: number }>} */
    this.pending = new Map();
    /** Every notification from the server, in order: { method, params, t }. */
    this.notifications = [];
    /** How many old notifications were dropped: indices given out by mark() stay valid. */
    this.dropped = 0;
    /** Waiters on notifications: { match, resolve, timer }. */
    this.waiters = [];
    /** Requests the server sent us, by method, counted (e.g. how often it pulled settings). */
    this.serverRequests = new Map();
    this.stderr = '';
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.proc.on('exit', (code, signal) => {
      for (const p of this.pending.values()) p.reject(new Error(`${this.name} exited (${code ?? signal}) during ${p.method}`));
      this.pending.clear();
    });
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', (d) => {
      // Keep the tail only: a chatty server must not grow the benchmark's own memory.
      this.stderr = (this.stderr + d).slice(-20_000);
    });
    /** The bytes received and not yet read as a message; the current message's length once known. */
    this.chunks = [];
    this.buffered = 0;
    this.expected = undefined;
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
    this.proc.stdin.on('error', () => { /* the server died; the exit handler reports it */ });
  }

  onData(chunk) {
    // Chunks are only joined once a whole message is in: answers of many megabytes (evaluateAll
    // over 10,000 prospects) arrive in thousands of chunks, and joining on every chunk would be
    // quadratic — the benchmark, not the server, would be what is measured.
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.expected === undefined) {
        const head = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [head];
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const header = head.subarray(0, headerEnd).toString('ascii');
        const m = /Content-Length:\s*(\d+)/i.exec(header);
        if (!m) throw new Error(`${this.name}: bad header ${JSON.stringify(header)}`);
        this.expected = Number(m[1]);
        this.chunks = [head.subarray(headerEnd + 4)];
        this.buffered = this.chunks[0].length;
      }
      if (this.buffered < this.expected) return;
      // The message is complete now: its arrival time is taken before it is decoded, so a
      // large answer's JSON.parse in this process does not count against the server.
      const t = performance.now();
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const body = all.subarray(0, this.expected).toString('utf8');
      const rest = all.subarray(this.expected);
      this.chunks = [rest];
      this.buffered = rest.length;
      const bytes = this.expected;
      this.expected = undefined;
      this.onMessage(JSON.parse(body), t, bytes);
      if (this.buffered === 0) return;
    }
  }

  onMessage(msg, t, bytes) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(`${this.name} ${p.method}: ${msg.error.message}`), { rpc: msg.error }));
      else p.resolve({ result: msg.result, ms: t - p.t0, t, bytes });
      return;
    }
    if (msg.id !== undefined) {
      this.serverRequests.set(msg.method, (this.serverRequests.get(msg.method) ?? 0) + 1);
      this.send({ jsonrpc: '2.0', id: msg.id, result: this.answer(msg.method, msg.params) });
      return;
    }
    const n = { method: msg.method, params: msg.params, t };
    this.notifications.push(n);
    // Only diagnostics and our own notifications are worth keeping; logs would pile up.
    if (this.notifications.length > 5000) {
      this.notifications.splice(0, 2500);
      this.dropped += 2500;
    }
    for (const w of [...this.waiters]) {
      if (w.match(n)) {
        clearTimeout(w.timer);
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(n);
      }
    }
  }

  answer(method, params) {
    switch (method) {
      case 'workspace/configuration':
        return (params?.items ?? []).map((it) => this.configuration(it.section, it.scopeUri));
      case 'workspace/workspaceFolders':
        return this.workspaceFolders ?? null;
      default:
        // client/registerCapability, window/workDoneProgress/create, */refresh: all fine.
        return null;
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  /** Sends a request; resolves with { result, ms, t, bytes } (ms: round trip as seen by this process; bytes: the answer's size). */
  request(method, params, timeoutMs = 120_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(`${this.name} ${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method, t0,
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The index the next notification will have: pass it as `sinceIndex` to waitFor. */
  mark() {
    return this.dropped + this.notifications.length;
  }

  /** The first notification (already received after `sinceIndex`, or still to come) that matches. */
  waitFor(match, { sinceIndex = 0, timeoutMs = 120_000, what = 'notification' } = {}) {
    for (let i = Math.max(0, sinceIndex - this.dropped); i < this.notifications.length; i++) {
      if (match(this.notifications[i])) return Promise.resolve(this.notifications[i]);
    }
    return new Promise((resolve, reject) => {
      const w = { match, resolve };
      w.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms. stderr tail:\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Polite shutdown; kills the process (by its own pid) if it does not exit in time. */
  async shutdown() {
    try {
      await this.request('shutdown', null, 10_000);
      this.notify('exit');
    } catch {
      /* already gone or hung: killed below */
    }
    const done = await Promise.race([this.exited, new Promise((r) => setTimeout(() => r(undefined), 10_000))]);
    if (!done) {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }
}
