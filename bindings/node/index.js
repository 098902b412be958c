'use strict';
// pith for Node: run short Python programs written by AI agents in pith, sandboxed, with host functions,
// limits and durable snapshots. Plain JavaScript over a pool of `pith serve` worker processes
// (docs/PROTOCOL.md); no native addon. The binary is found through $PITH_BIN, then bin/pith in this
// package, then PATH. The API mirrors the Python package (bindings/python).
//
//   const pith = require('pith');
//   const prog = await pith.compile("r = get_weather(city)\nr['temp_c']", { inputs: ['city'], externals: ['get_weather'] });
//   const res = await prog.run({ inputs: { city: 'Paris' }, externals: { get_weather: async (c) => ({ temp_c: 21.5 }) } });
//   res.value; // 21.5

const errors = require('./lib/errors');
const wire = require('./lib/wire');
const { Pool, findBinary } = require('./lib/worker');

const { PithError, CompileError, ExecutionError, LimitExceeded, LIMIT_CLASSES, ProtocolError, Timeout } = errors;

let defaultPool = null;
let defaultSize = 2;

// The pool used when none is given (created on first use; 2 workers unless setPoolSize says otherwise).
function getDefaultPool() {
  if (!defaultPool) defaultPool = new Pool({ size: defaultSize });
  return defaultPool;
}

function setPoolSize(size) {
  if (size < 1) throw new RangeError('a pool needs at least one worker');
  if (defaultPool) defaultPool.close();
  defaultPool = null;
  defaultSize = size;
}

const LIMIT_NAMES = {
  maxSeconds: 'max_seconds', maxMemory: 'max_memory', maxDepth: 'max_depth',
  maxAllocations: 'max_allocations', maxHostCalls: 'max_host_calls', maxOutput: 'max_output',
};

// Limits as the protocol spells them; accepts camelCase or the protocol's snake_case names.
function limitsWire(limits) {
  if (!limits) return undefined;
  const out = {};
  for (const [k, v] of Object.entries(limits)) {
    if (v !== undefined && v !== null) out[LIMIT_NAMES[k] || k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

function inputsWire(inputs) {
  const out = {};
  for (const [k, v] of Object.entries(inputs || {})) out[k] = wire.encode(v);
  return out;
}

function errorAnswer(callId, err) {
  const type = (err && (err.name || err.constructor?.name)) || 'Error';
  const message = err && err.message !== undefined ? String(err.message) : String(err);
  // JavaScript's generic names become their Python counterparts; any other name crosses as it is
  const pyType = { Error: 'RuntimeError', RangeError: 'ValueError' }[type] || type;
  return { call: callId, error: { type: /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(pyType) ? pyType : 'RuntimeError', message } };
}

function valueAnswer(callId, value) {
  try {
    return { call: callId, value: wire.encode(value) };
  } catch (err) {
    return { call: callId, error: { type: 'TypeError', message: err.message } };
  }
}

function calls(ev) {
  return ev.calls.map((c) => ({ id: c.id, name: c.name, args: wire.decode(c.args), kwargs: wire.decode(c.kwargs) }));
}

// The result of a done event, or throw what a failed / limit / error event says.
function end(ev, output) {
  switch (ev.event) {
    case 'done':
      return { value: wire.decode(ev.value), output, repr: ev.repr };
    case 'failed':
      throw new ExecutionError(ev.type, ev.message, ev.traceback, output);
    case 'limit': {
      const Cls = LIMIT_CLASSES[ev.limit] || LimitExceeded;
      throw new Cls(ev.type, ev.message, ev.traceback, output, ev.limit);
    }
    case 'error':
      throw new ProtocolError(ev.code, ev.message);
    default:
      throw new PithError(`unexpected event from the worker: ${JSON.stringify(ev)}`);
  }
}

// Race p against the deadline: past it, onLate() runs and the promise rejects with Timeout.
function withDeadline(p, deadline, onLate) {
  if (deadline === undefined) return p;
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      onLate();
      reject(new Timeout('the run took longer than its timeout and was cancelled'));
    }, Math.max(0, deadline - Date.now()));
    p.then((v) => (clearTimeout(t), resolve(v)), (e) => (clearTimeout(t), reject(e)));
  });
}

class Program {
  constructor(source, { filename = '<snippet>', inputs = [], externals = [], pool } = {}) {
    this.source = source;
    this.filename = filename;
    this.inputs = [...inputs];
    this.externals = [...externals];
    this._pool = pool;
    this._key = JSON.stringify([source, filename, this.inputs, this.externals]);
  }

  get pool() {
    return this._pool || getDefaultPool();
  }

  // This program's id in worker w, compiling it there the first time.
  async _idIn(w) {
    let id = w.programs.get(this._key);
    if (id === undefined) {
      const ev = await w.call({ op: 'compile', source: this.source, filename: this.filename, inputs: this.inputs,
                                externals: this.externals });
      if (ev.event === 'compile_error') throw new CompileError(ev);
      id = ev.program;
      w.programs.set(this._key, id);
    }
    return id;
  }

  async _start(w, inputs, limits, onOutput) {
    const msg = { op: 'start', program: await this._idIn(w), inputs: inputsWire(inputs) };
    const lim = limitsWire(limits);
    if (lim) msg.limits = lim;
    return w.request(msg, onOutput);
  }

  // Run to the end, answering each host call with externals[name](...args, kwargs?) (sync or async;
  // several pending calls are awaited together). Keyword arguments, when a call has any, come as one
  // last object argument. Resolves to {value, output, repr}; rejects with ExecutionError /
  // LimitExceeded, Timeout (timeout ms of wall time, host functions included) or WorkerCrashed.
  async run({ inputs, externals = {}, limits, timeout, onOutput } = {}) {
    const deadline = timeout === undefined ? undefined : Date.now() + timeout;
    const out = [];
    const collect = (text) => {
      out.push(text);
      if (onOutput) onOutput(text);
    };
    const w = await this.pool.worker();
    let waiting = null;
    const answer = async (call) => {
      const fn = externals[call.name];
      if (typeof fn !== 'function') {
        return { call: call.id, error: { type: 'NotImplementedError',
                                         message: `no host function was given for external '${call.name}'` } };
      }
      try {
        const args = Object.keys(call.kwargs).length ? [...call.args, call.kwargs] : call.args;
        return valueAnswer(call.id, await fn(...args));
      } catch (err) {
        return errorAnswer(call.id, err);
      }
    };
    const busy = () => w.kill(new Timeout('the run took longer than its timeout; the worker running it was stopped'));
    try {
      let ev = await withDeadline(this._start(w, inputs, limits, collect), deadline, busy);
      while (ev.event === 'waiting') {
        waiting = ev.exec;
        const answered = Promise.race([Promise.all(calls(ev).map(answer)), w.exited]);
        const answers = await withDeadline(answered, deadline, () => {});
        ev = await withDeadline(w.request({ op: 'resume', exec: waiting, answers }, collect), deadline, busy);
        waiting = null;
      }
      return end(ev, out.join(''));
    } finally {
      if (waiting !== null && !w.dead) w.request({ op: 'cancel', exec: waiting }).catch(() => {});
    }
  }

  // Run until the first host call: a Waiting, or a Done if there was none.
  async start({ inputs, limits } = {}) {
    const w = await this.pool.worker();
    const out = [];
    const ev = await this._start(w, inputs, limits, (t) => out.push(t));
    return step(w, ev, out);
  }
}

class Done {
  constructor(value, output, repr) {
    this.value = value;
    this.output = output;
    this.repr = repr;
  }
}

// A Waiting dropped without an answer is cancelled in its worker before the worker's next request.
const abandoned = new FinalizationRegistry(({ worker, exec }) => {
  worker.live--;
  worker.abandoned.push(exec);
});

// An execution stopped at host calls, alive in a worker: .calls lists every pending call (async code may
// wait on several); answer any of them by id with resume() or resumeError(), and the next Waiting lists those
// still pending. dump() gives bytes that pith.load() brings back in any process, with the same call ids.
class Waiting {
  constructor(worker, execId, callList, output) {
    this._worker = worker;
    this._exec = execId;
    this._live = true;
    this.calls = callList;
    this.output = output;
    worker.live++;
    abandoned.register(this, { worker, exec: execId }, this);
  }

  _finish() {
    if (this._live) {
      this._live = false;
      this._worker.live--;
      abandoned.unregister(this);
    }
  }

  async _resume(answers) {
    if (!this._live) throw new PithError('this execution has already been resumed or cancelled');
    const known = new Set(this.calls.map((c) => c.id));
    for (const a of answers) if (!known.has(a.call)) throw new RangeError(`no pending call has id ${a.call}`);
    const out = [];
    let ev;
    try {
      ev = await this._worker.request({ op: 'resume', exec: this._exec, answers }, (t) => out.push(t));
    } catch (err) {
      this._finish();
      throw err;
    }
    if (ev.event === 'error') throw new ProtocolError(ev.code, ev.message);
    this._finish();
    return step(this._worker, ev, out);
  }

  // Answer calls with values: {callId: value} (or a Map).
  resume(answers) {
    const entries = answers instanceof Map ? [...answers] : Object.entries(answers);
    return this._resume(entries.map(([id, v]) => valueAnswer(Number(id), v)));
  }

  // Answer one call by raising err (an Error; its name is the Python type name) at the call site.
  resumeError(callId, err) {
    return this._resume([errorAnswer(callId, err)]);
  }

  // The execution as snapshot bytes (a Buffer; signed with HMAC-SHA256 when a key is given).
  async dump({ key } = {}) {
    if (!this._live) throw new PithError('this execution has already been resumed or cancelled');
    const msg = { op: 'dump', exec: this._exec };
    if (key) msg.key = Buffer.from(key).toString('base64');
    return Buffer.from((await this._worker.call(msg)).data, 'base64');
  }

  async cancel() {
    if (!this._live) return;
    this._finish();
    if (!this._worker.dead) await this._worker.request({ op: 'cancel', exec: this._exec });
  }
}

function step(w, ev, out) {
  const output = out.join('');
  if (ev.event === 'waiting') return new Waiting(w, ev.exec, calls(ev), output);
  const r = end(ev, output);
  return new Done(r.value, r.output, r.repr);
}

// Compile a snippet (checked at once: rejects with CompileError, "file:line:col: error: ...").
async function compile(code, options = {}) {
  const prog = new Program(code, options);
  await prog._idIn(await prog.pool.worker());
  return prog;
}

// A Waiting execution again, from dump() bytes.
async function load(data, { key, limits, pool } = {}) {
  const w = await (pool || getDefaultPool()).worker();
  const msg = { op: 'load', data: Buffer.from(data).toString('base64') };
  if (key) msg.key = Buffer.from(key).toString('base64');
  const lim = limitsWire(limits);
  if (lim) msg.limits = lim;
  const out = [];
  const ev = await w.call(msg, (t) => out.push(t));
  return step(w, ev, out);
}

module.exports = {
  compile, load, Program, Waiting, Done, Pool, findBinary, setPoolSize, defaultPool: getDefaultPool,
  tuple: wire.tuple, Opaque: wire.Opaque, ...errors,
};
delete module.exports.LIMIT_CLASSES;
