#!/usr/bin/env python3
"""Host-call round trip, four ways (numbers only; nothing here passes or fails):

  package   the Python package (bindings/python): Program.run answering each call from a Python function,
            through a `pith serve` worker over pipes
  protocol  the same worker driven with raw JSON lines (what the package costs on top of the protocol)
  node      the Node package (bindings/node), Program.run with an async host function (when node is here)
  c_api     in process through the C API: `pith bench` (pith_exec_start + pith_exec_resume per call)
  process   one `pith resume` process per call, through snapshot files (`pith start` / `pith resume`)

The snippet calls a host function N times in a loop; a round trip is the run's time divided by N (for
the package, a run is timed whole: start, every answer, the result). Also reported: one run of a snippet
making 100 host calls through the package, and a dump + load of a waiting execution through the worker.

Usage: python3 bench/bindings.py [--pith build/pith] [--calls 100] [--rounds 5]
"""

import argparse
import base64
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPET = "total = 0\nfor i in range(n):\n    total += tool(i)\ntotal\n"


def per_call_us(seconds, calls):
    return seconds / calls * 1e6


def bench_package(pith_bin, calls, rounds):
    os.environ["PITH_BIN"] = pith_bin
    sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))
    import pith

    with pith.Pool(size=1) as pool:
        prog = pith.compile(SNIPPET, inputs=["n"], externals=["tool"], pool=pool)
        ext = {"tool": lambda i: i}
        prog.run(inputs={"n": calls}, externals=ext)  # warm up: worker started, program compiled
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            res = prog.run(inputs={"n": calls}, externals=ext)
            times.append(time.perf_counter() - t0)
            assert res.value == calls * (calls - 1) // 2
        w = prog.start(inputs={"n": 3})
        snap_times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            again = pith.load(w.dump(), pool=pool)
            snap_times.append(time.perf_counter() - t0)
            again.cancel()
        size = len(w.dump())
        w.cancel()
    return statistics.median(times), statistics.median(snap_times), size


def bench_protocol(pith_bin, calls, rounds):
    proc = subprocess.Popen([pith_bin, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def ask(req):
        proc.stdin.write((json.dumps(req) + "\n").encode())
        proc.stdin.flush()
        while True:
            ev = json.loads(proc.stdout.readline())
            if ev["event"] != "output":
                return ev

    proc.stdout.readline()  # hello
    prog = ask({"op": "compile", "source": SNIPPET, "inputs": ["n"], "externals": ["tool"]})["program"]
    times = []
    for _ in range(rounds + 1):
        t0 = time.perf_counter()
        ev = ask({"op": "start", "program": prog, "inputs": {"n": calls}})
        while ev["event"] == "waiting":
            call = ev["calls"][0]
            ev = ask({"op": "resume", "exec": ev["exec"], "answers": [{"call": call["id"], "value": call["args"][0]}]})
        times.append(time.perf_counter() - t0)
        assert ev["event"] == "done", ev
    proc.stdin.close()
    proc.wait()
    return statistics.median(times[1:])


NODE_DRIVER = r"""
const pith = require(process.argv[1]);
const [calls, rounds, snippet] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
(async () => {
  const pool = new pith.Pool({ size: 1 });
  const prog = await pith.compile(snippet, { inputs: ['n'], externals: ['tool'], pool });
  const ext = { tool: async (i) => i };
  await prog.run({ inputs: { n: calls }, externals: ext });
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    await prog.run({ inputs: { n: calls }, externals: ext });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ run_s: times[Math.floor(times.length / 2)] }));
  pool.close();
})();
"""


def bench_node(pith_bin, calls, rounds):
    node = shutil.which("node")
    if not node:
        return None
    out = subprocess.run([node, "-e", NODE_DRIVER, os.path.join(ROOT, "bindings", "node"), str(calls), str(rounds),
                          SNIPPET], capture_output=True, text=True, check=True, env=dict(os.environ, PITH_BIN=pith_bin))
    return json.loads(out.stdout)["run_s"]


def bench_c_api(pith_bin, calls, tmp):
    path = os.path.join(tmp, "calls.py")
    with open(path, "w") as f:
        f.write(SNIPPET)
    out = subprocess.run([pith_bin, "bench", path, "--input", f"n={calls}", "--ext", "tool=1"], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)["run_us"] / 1e6


def bench_process(pith_bin, calls, tmp):
    path = os.path.join(tmp, "calls.py")
    snap = os.path.join(tmp, "state.snap")
    with open(path, "w") as f:
        f.write(SNIPPET)
    t0 = time.perf_counter()
    rc = subprocess.run([pith_bin, "start", path, "--input", f"n={calls}", "--ext", "tool", "-o", snap],
                        capture_output=True).returncode
    n = 0
    while rc == 3:
        n += 1
        rc = subprocess.run([pith_bin, "resume", snap, "--value", "1", "-o", snap], capture_output=True).returncode
    assert rc == 0 and n == calls, (rc, n)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pith", default=os.path.join(ROOT, "build", "pith"))
    ap.add_argument("--calls", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    pith_bin = os.path.abspath(a.pith)
    with tempfile.TemporaryDirectory() as tmp:
        pkg, snap, snap_size = bench_package(pith_bin, a.calls, a.rounds)
        proto = bench_protocol(pith_bin, a.calls, a.rounds)
        node = bench_node(pith_bin, a.calls, a.rounds)
        capi = bench_c_api(pith_bin, a.calls, tmp)
        proc_calls = min(a.calls, 20)
        per_proc = bench_process(pith_bin, proc_calls, tmp)
    rows = [
        ("package (Program.run, pith serve worker)", per_call_us(pkg, a.calls)),
        ("protocol (raw JSON lines, same worker)", per_call_us(proto, a.calls)),
        ("node (Program.run, async host function)", per_call_us(node, a.calls) if node else None),
        ("c_api (in process, pith bench)", per_call_us(capi, a.calls)),
        (f"process (pith resume per call, {proc_calls} calls)", per_call_us(per_proc, proc_calls)),
    ]
    print(f"host-call round trip (median of {a.rounds} runs of a snippet making {a.calls} calls):")
    for name, us in rows:
        print(f"  {name:<48} {us:10.1f} us/call" if us is not None else f"  {name:<48} (node not found)")
    print(f"snippet making {a.calls} host calls through the package: {pkg * 1e3:.2f} ms per run")
    print(f"dump + load of a waiting execution through the package: {snap * 1e3:.2f} ms ({snap_size} bytes)")


if __name__ == "__main__":
    main()
