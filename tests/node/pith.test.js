'use strict';
// node --test tests of the pith Node package (bindings/node): compile, run with async host functions,
// values, errors and limits, step by step with dump/load in another worker, the pool (concurrency, crash
// recovery) and the host-side timeout. Run: PITH_BIN=build/pith node --test tests/node (ctest node_package).
// No test depends on the machine's speed: concurrency is shown by calls meeting each other.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pith = require(path.join(__dirname, '..', '..', 'bindings', 'node'));

const pool = new pith.Pool({ size: 2 });
test.after(() => pool.close());
const compile = (code, opts = {}) => pith.compile(code, { pool, ...opts });

test('compile error has file:line:col', async () => {
  await assert.rejects(compile('x = 1\ny = (x +\n', { filename: 'agent.py' }), (e) => {
    assert.ok(e instanceof pith.CompileError && e instanceof pith.PithError);
    assert.match(e.message, /^agent\.py:2:5: error: /);
    assert.deepEqual([e.filename, e.line, e.col], ['agent.py', 2, 5]);
    return true;
  });
});

test('run with inputs, async externals, kwargs and output', async () => {
  const prog = await compile("r = get_weather(city, unit='C')\nprint('in', city, r)\nr['temp_c'] * 2",
    { inputs: ['city'], externals: ['get_weather'] });
  const seen = [];
  const res = await prog.run({
    inputs: { city: 'Paris' },
    externals: { get_weather: async (city, kw) => (seen.push([city, kw]), { temp_c: 10.5 }) },
  });
  assert.equal(res.value, 21);
  assert.equal(res.output, "in Paris {'temp_c': 10.5}\n");
  assert.equal(res.repr, '21.0');
  assert.deepEqual(seen, [['Paris', { unit: 'C' }]]);
});

test('values cross both ways', async () => {
  const prog = await compile('(echo(v), repr(v))', { inputs: ['v'], externals: ['echo'] });
  const v = { t: pith.tuple(1, 'é'), b: Buffer.from([0, 255]), big: 2n ** 100n, m: new Map([[3, null]]), f: 1.5 };
  const res = await prog.run({ inputs: { v }, externals: { echo: (x) => x } });
  assert.equal(res.value[1], "{'t': (1, 'é'), 'b': b'\\x00\\xff', 'big': 1267650600228229401496703205376, 'm': {3: None}, 'f': 1.5}");
  const back = res.value[0];
  assert.ok(Object.isFrozen(back.t));
  assert.deepEqual([...back.t], [1, 'é']);
  assert.deepEqual(back.b, Buffer.from([0, 255]));
  assert.equal(back.big, 2n ** 100n);
  assert.equal(back.m.get(3), null);
  const opaque = (await (await compile('range(3)')).run()).value;
  assert.ok(opaque instanceof pith.Opaque);
  assert.equal(opaque.repr, 'range(0, 3)');
  assert.equal((await (await compile('2**60')).run()).value, 2n ** 60n); // beyond 2**53: exact, as a bigint
});

test('uncaught errors, host errors and a missing host function', async () => {
  await assert.rejects((await compile("print('before')\n{}['k']", { filename: 'k.py' })).run(), (e) => {
    assert.ok(e instanceof pith.ExecutionError);
    assert.equal(e.typeName, 'KeyError');
    assert.match(e.traceback, /File "k\.py", line 2, in <module>/);
    assert.equal(e.output, 'before\n');
    return true;
  });
  class ToolError extends Error {}
  ToolError.prototype.name = 'ToolError';
  const prog = await compile("try:\n    tool()\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
    + "try:\n    missing()\nexcept NotImplementedError:\n    print('missing')\ntool()", { externals: ['tool', 'missing'] });
  await assert.rejects(prog.run({ externals: { tool: async () => { throw new ToolError('quota'); } } }), (e) => {
    assert.equal(e.output, 'ToolError quota\nmissing\n');
    assert.equal(e.typeName, 'ToolError');
    return true;
  });
});

test('limits reject with their classes', async () => {
  const cases = [
    ['while True:\n    pass', { maxSeconds: 0.2 }, pith.TimeLimitExceeded, 'time'],
    ["x = []\nwhile True:\n    x.append('a' * 1000)", { maxMemory: 4 << 20 }, pith.MemoryLimitExceeded, 'memory'],
    ["while True:\n    print('x')", { maxOutput: 100 }, pith.OutputLimitExceeded, 'output'],
    ['while True:\n    tool()', { maxHostCalls: 3 }, pith.HostCallLimitExceeded, 'host_calls'],
  ];
  for (const [code, limits, Cls, limit] of cases) {
    const prog = await compile(code, { externals: ['tool'] });
    await assert.rejects(prog.run({ limits, externals: { tool: () => null } }), (e) => {
      assert.ok(e instanceof Cls && e instanceof pith.LimitExceeded && e instanceof pith.ExecutionError);
      assert.equal(e.limit, limit);
      return true;
    });
  }
});

test('step by step: start, resume, resumeError, dump and load in another worker', async () => {
  const prog = await compile('total = 0\nfor i in range(3):\n    total += ask(i)\nprint(total)\ntotal', { externals: ['ask'] });
  let w = await prog.start();
  assert.ok(w instanceof pith.Waiting);
  assert.deepEqual(w.calls, [{ id: 1, name: 'ask', args: [0], kwargs: {} }]);
  w = await w.resume({ 1: 100 });
  await assert.rejects(w.resume({ 99: 1 }), RangeError);
  const data = await w.dump();
  assert.ok(Buffer.isBuffer(data));
  const other = new pith.Pool({ size: 1 });
  try {
    let v = await pith.load(data, { pool: other });
    assert.deepEqual(v.calls[0].args, [1]);
    v = await v.resume({ [v.calls[0].id]: 1 });
    const done = await v.resume({ [v.calls[0].id]: 2 });
    assert.ok(done instanceof pith.Done);
    assert.equal(done.value, 103);
    assert.equal(done.output, '103\n');
  } finally {
    other.close();
  }
  await w.cancel();
  const e = await (await compile("try:\n    ask()\nexcept LookupError as e:\n    r = str(e)\nr", { externals: ['ask'] })).start();
  const err = new Error('gone');
  err.name = 'IndexError';
  assert.equal((await e.resumeError(e.calls[0].id, err)).value, 'gone');
  assert.ok((await (await compile('1')).start()) instanceof pith.Done);
});

test('three runs with host calls in flight at once', async () => {
  const prog = await compile('a = fetch(n)\nb = fetch(n + 1)\na + b', { inputs: ['n'], externals: ['fetch'] });
  let inFlight = 0;
  let peak = 0;
  let release;
  const allIn = new Promise((r) => (release = r));
  const fetch = async (x) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    if (inFlight === 3) release();
    await allIn; // the first calls of the three runs meet here
    inFlight--;
    return x * 10;
  };
  const results = await Promise.all([1, 2, 3].map((n) => prog.run({ inputs: { n }, externals: { fetch } })));
  assert.deepEqual(results.map((r) => r.value), [30, 50, 70]);
  assert.equal(peak, 3);
});

test('async code in the snippet: one run hands the host all its gathered calls at once', async () => {
  const src = 'import asyncio\nasync def main():\n    return await asyncio.gather(*(fetch(u) for u in urls))\n' +
    'asyncio.run(main())';
  const prog = await compile(src, { inputs: ['urls'], externals: ['fetch'] });
  const urls = ['a', 'b', 'c'];
  const seen = [];
  let release;
  const allIn = new Promise((r) => (release = r));
  const fetch = async (u) => {
    seen.push(u);
    if (seen.length === urls.length) release();
    await allIn; // every call is in flight before any answer
    return u.toUpperCase();
  };
  const res = await prog.run({ inputs: { urls }, externals: { fetch } });
  assert.deepEqual(res.value, ['A', 'B', 'C']);
  assert.deepEqual(seen, urls);
  let w = await prog.start({ inputs: { urls: ['x', 'y'] } });
  assert.deepEqual(w.calls.map((c) => c.id), [1, 2]);
  w = await w.resume({ 2: 'Y' });
  assert.deepEqual(w.calls.map((c) => c.id), [1]);
  assert.deepEqual((await w.resume({ 1: 'X' })).value, ['X', 'Y']);
});

test('a crashed worker is reported and replaced', async () => {
  const own = new pith.Pool({ size: 1 });
  try {
    const prog = await pith.compile('tool()\n1', { externals: ['tool'], pool: own });
    const victim = own.workers[0];
    await assert.rejects(prog.run({ externals: { tool: () => { victim.proc.kill('SIGKILL'); return null; } } }),
      pith.WorkerCrashed);
    assert.equal((await prog.run({ externals: { tool: () => null } })).value, 1);
    assert.notEqual(own.workers[0], victim);
  } finally {
    own.close();
  }
});

test('host-side timeout cancels', async () => {
  const own = new pith.Pool({ size: 1 });
  try {
    const prog = await pith.compile('tool()', { externals: ['tool'], pool: own });
    await assert.rejects(prog.run({ externals: { tool: () => new Promise((r) => setTimeout(r, 2000)) }, timeout: 100 }),
      pith.Timeout);
    const busy = await pith.compile('while True:\n    pass', { pool: own });
    await assert.rejects(busy.run({ limits: { maxSeconds: 60 }, timeout: 300 }), pith.Timeout);
    assert.equal((await (await pith.compile('2', { pool: own })).run()).value, 2);
  } finally {
    own.close();
  }
});

test('a dropped Waiting is cancelled in its worker', async () => {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  const own = new pith.Pool({ size: 1 });
  try {
    const prog = await pith.compile('ask()', { externals: ['ask'], pool: own });
    let w = await prog.start();
    const worker = own.workers[0];
    assert.equal((await worker.call({ op: 'stats' })).executions, 1);
    w = null;
    for (let i = 0; i < 100 && worker.abandoned.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      gc();
    }
    assert.equal((await worker.call({ op: 'stats' })).executions, 0);
    assert.equal(worker.live, 0);
  } finally {
    own.close();
  }
});
