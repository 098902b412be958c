'use strict';
// Worker processes (`pith serve`) and the pool that shares them between runs.
//
// A Worker is one child process speaking docs/PROTOCOL.md. Requests are written at once (the worker answers
// them strictly in order, so several may be in flight); each gets a promise settled by its reply. Output
// events come before the reply of the request that ran the code, so they go to the oldest request still
// waiting for its reply. A worker whose process ends rejects every request in flight with WorkerCrashed.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { PithError, ProtocolError, WorkerCrashed } = require('./errors');

const PROTOCOL = 1;

// The pith binary: explicit, else $PITH_BIN, else bin/pith inside this package, else `pith` on PATH.
function findBinary(explicit) {
  if (explicit) return explicit;
  if (process.env.PITH_BIN) return process.env.PITH_BIN;
  const here = path.join(__dirname, '..', 'bin', 'pith');
  try {
    fs.accessSync(here, fs.constants.X_OK);
    return here;
  } catch {
    return 'pith';
  }
}

class Worker {
  constructor(binary) {
    this.dead = false;
    this.live = 0; // executions waiting in this worker
    this.programs = new Map(); // program key -> program id in this worker
    this.abandoned = []; // ids of executions dropped unanswered (garbage-collected Waitings)
    this.nextId = 0;
    this.inflight = []; // {id, resolve, reject, onOutput}, oldest first
    this.buf = '';
    this.proc = spawn(binary, ['serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.proc.stdout.setEncoding('utf8');
    // settles (rejects with WorkerCrashed) when the process ends, for runs waiting on host functions
    this.exited = new Promise((resolve, reject) => (this.onExited = reject));
    this.exited.catch(() => {});
    this.ready = new Promise((resolve, reject) => {
      this.onHello = resolve;
      this.onHelloError = reject;
    });
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
    this.proc.on('error', (err) => this.onExit(null, null, err));
    this.proc.on('exit', (code, signal) => this.onExit(code, signal));
    this.proc.stdin.on('error', () => {}); // a closed pipe shows up as the process's exit
    this.ready.then(() => this.setRef(false), () => {});
  }

  // An idle worker does not keep Node running (no need to close a pool before exiting); a busy one does.
  setRef(on) {
    for (const h of [this.proc, this.proc.stdout, this.proc.stdin]) {
      if (h && typeof h.ref === 'function') on ? h.ref() : h.unref();
    }
  }

  onData(chunk) {
    this.buf += chunk;
    let nl;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      let ev;
      try {
        ev = JSON.parse(line);
      } catch {
        this.kill(new PithError(`the pith worker wrote a line that is not JSON: ${line.slice(0, 200)}`));
        return;
      }
      this.onEvent(ev);
    }
  }

  onEvent(ev) {
    if (ev.event === 'hello') {
      if (ev.protocol !== PROTOCOL) {
        this.kill(new PithError(`the pith worker speaks protocol ${ev.protocol}, not ${PROTOCOL}`));
        return;
      }
      this.pid = ev.pid;
      this.onHello();
      return;
    }
    if (ev.event === 'output') {
      const head = this.inflight[0];
      if (head && head.onOutput) head.onOutput(ev.text);
      return;
    }
    const i = this.inflight.findIndex((r) => r.id === ev.id);
    if (i < 0) return; // an error about a line we did not send
    const [req] = this.inflight.splice(i, 1);
    if (!this.inflight.length) this.setRef(false);
    req.resolve(ev);
  }

  onExit(code, signal, err) {
    if (this.dead && !this.inflight.length) return;
    this.dead = true;
    const how = err ? err.message : signal ? `killed by signal ${signal}` : `exit status ${code}`;
    const crash = this.killReason || new WorkerCrashed(`the pith worker died (${how})`);
    this.onHelloError(crash);
    this.onExited(crash);
    for (const req of this.inflight.splice(0)) req.reject(crash);
  }

  // Send one request; resolves with its reply event (error events included), rejects on a crash.
  request(msg, onOutput) {
    if (this.dead) return Promise.reject(new WorkerCrashed('the pith worker running this execution has died'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      if (!this.inflight.length) this.setRef(true);
      this.inflight.push({ id, resolve, reject, onOutput });
      // cancels without an id first: their replies match no request and are skipped
      const cancels = this.abandoned.splice(0).map((exec) => JSON.stringify({ op: 'cancel', exec }) + '\n');
      this.proc.stdin.write(cancels.join('') + JSON.stringify({ ...msg, id }) + '\n');
    });
  }

  // request(), rejecting with ProtocolError on an error event.
  async call(msg, onOutput) {
    const ev = await this.request(msg, onOutput);
    if (ev.event === 'error') throw new ProtocolError(ev.code, ev.message);
    return ev;
  }

  kill(reason) {
    if (reason) this.killReason = reason;
    this.dead = true;
    this.proc.kill('SIGKILL');
  }

  close() {
    if (this.dead) return;
    this.dead = true;
    this.proc.stdin.end();
  }
}

// Up to `size` workers, started as needed and reused: a run goes to a worker with nothing in flight (the
// one with the fewest waiting executions), else a new one while fewer than size run, else the least busy.
class Pool {
  constructor({ size = 2, binary } = {}) {
    if (size < 1) throw new RangeError('a pool needs at least one worker');
    this.size = size;
    this.binary = findBinary(binary);
    this.workers = [];
    this.closed = false;
  }

  async worker() {
    if (this.closed) throw new PithError('this pool is closed');
    this.workers = this.workers.filter((w) => !w.dead);
    const idle = this.workers.filter((w) => w.inflight.length === 0);
    let w;
    if (idle.length) w = idle.reduce((a, b) => (b.live < a.live ? b : a));
    else if (this.workers.length < this.size) {
      w = new Worker(this.binary);
      this.workers.push(w);
    } else w = this.workers.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
    await w.ready;
    return w;
  }

  close() {
    this.closed = true;
    for (const w of this.workers.splice(0)) w.close();
  }
}

module.exports = { Worker, Pool, findBinary, PROTOCOL };
