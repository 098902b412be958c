"""Tests of the `pith serve` protocol (docs/PROTOCOL.md), speaking raw JSON lines to worker processes: every
request and event, malformed frames, interleaved executions, cancel, dump in one worker and load in another.

Run: PITH_BIN=build/pith python3 -m unittest discover -s tests/protocol   (ctest runs it as `protocol`).
Expected reprs are checked against CPython itself: the repr a worker reports for a result must equal
repr() of the decoded value, and the output of each snippet is what CPython prints for it."""

import base64
import json
import os
import subprocess
import sys
import unittest

PITH = os.environ.get("PITH_BIN", "build/pith")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python"))
from pith import _wire  # noqa: E402  (the package's value codec: the same decoding a client does)


class Worker:
    """One `pith serve` process driven line by line."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([PITH, "serve", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.hello = self.read()

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, **req):
        self.send_raw((json.dumps(req) + "\n").encode())

    def read(self):
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError("the worker closed its stdout: " + self.proc.stderr.read().decode(errors="replace"))
        return json.loads(line)

    def ask(self, **req):
        """Send a request; return (its reply, the output events before it)."""
        self.send(**req)
        outputs = []
        while True:
            ev = self.read()
            if ev["event"] == "output":
                outputs.append(ev)
                continue
            return ev, outputs

    def reply(self, **req):
        return self.ask(**req)[0]

    def close(self):
        self.proc.stdin.close()
        code = self.proc.wait(timeout=30)
        self.proc.stdout.close()
        self.proc.stderr.close()
        return code


def text_of(outputs):
    return "".join(o["text"] for o in outputs)


class ProtocolTest(unittest.TestCase):
    def setUp(self):
        self.w = Worker()

    def tearDown(self):
        self.assertEqual(self.w.close(), 0)

    def compile(self, source, w=None, **kw):
        ev = (w or self.w).reply(op="compile", source=source, **kw)
        self.assertEqual(ev["event"], "compiled", ev)
        return ev["program"]

    def assertError(self, ev, code):
        self.assertEqual(ev["event"], "error", ev)
        self.assertEqual(ev["code"], code, ev)

    # -- hello, compile --

    def test_hello(self):
        self.assertEqual(self.w.hello["event"], "hello")
        self.assertEqual(self.w.hello["protocol"], 1)
        self.assertIn("pith", self.w.hello)

    def test_compile_and_cache(self):
        ev = self.w.reply(id=1, op="compile", source="x = 1\nx + 1", filename="a.py")
        self.assertEqual(ev, {"event": "compiled", "id": 1, "program": ev["program"], "cache_hit": False})
        again = self.w.reply(id="two", op="compile", source="x = 1\nx + 1", filename="a.py")
        self.assertEqual(again["id"], "two")
        self.assertTrue(again["cache_hit"])
        self.assertEqual(again["program"], ev["program"])
        other = self.w.reply(op="compile", source="x = 1\nx + 1", filename="b.py")
        self.assertNotEqual(other["program"], ev["program"])

    def test_compile_error(self):
        ev = self.w.reply(id=3, op="compile", source="x = 1\ndef f(:\n  pass\n", filename="agent.py")
        self.assertEqual(ev["event"], "compile_error")
        self.assertEqual((ev["file"], ev["line"], ev["col"]), ("agent.py", 2, 7))
        self.assertTrue(ev["diagnostic"].startswith("agent.py:2:7: error: "), ev)
        self.assertEqual(ev["message"], "expected ')'")
        # a name bound nowhere is a compile error too, with CPython's message
        ev = self.w.reply(op="compile", source="print(undefined_name)")
        self.assertEqual(ev["event"], "compile_error")
        self.assertIn("name 'undefined_name' is not defined", ev["message"])

    # -- start, output, done, failed, limit --

    def test_start_done_with_output(self):
        prog = self.compile("print('hello', n)\nprint('{\"event\": \"done\", \"id\": 5}')\nn * 2", inputs=["n"])
        ev, outs = self.w.ask(id=5, op="start", program=prog, inputs={"n": 21})
        self.assertEqual(ev["event"], "done")
        self.assertEqual(ev["id"], 5)
        self.assertEqual(ev["value"], 42)
        self.assertEqual(ev["repr"], "42")
        # output that looks like a protocol line arrives inside an output event, never as a line of its own
        self.assertEqual(text_of(outs), 'hello 21\n{"event": "done", "id": 5}\n')
        self.assertTrue(all(o["exec"] == ev["exec"] for o in outs))

    def test_done_values_and_repr(self):
        src = ("t = (1, 'a', b'\\x00\\xff', 2**100, -2**70, 1.5, None, True)\n"
               "d = {1: 'x', (1, 2): [3.25], 'k': {'$x': 1}}\n"
               "[t, d, float('nan'), float('-inf'), {'plain': [1, 2]}, range(3)]")
        ev = self.w.reply(op="start", program=self.compile(src))
        self.assertEqual(ev["event"], "done", ev)
        value = _wire.decode(ev["value"])
        self.assertEqual(repr(value), ev["repr"])  # CPython's repr of the decoded value is the worker's repr
        self.assertEqual(value[0], (1, "a", b"\x00\xff", 2**100, -2**70, 1.5, None, True))
        self.assertEqual(value[1], {1: "x", (1, 2): [3.25], "k": {"$x": 1}})
        self.assertEqual(ev["value"][1]["$dict"][0], [1, "x"])
        self.assertEqual(ev["value"][0]["$tuple"][3], {"$int": str(2**100)})
        # ints a JavaScript JSON.parse would round are tagged too
        big = self.w.reply(op="start", program=self.compile("[2**53 - 1, 2**53, -2**53, 2**63 - 1]"))
        self.assertEqual(big["value"],
                         [2**53 - 1, {"$int": str(2**53)}, {"$int": str(-2**53)}, {"$int": str(2**63 - 1)}])
        self.assertEqual(ev["value"][2], {"$float": "nan"})
        self.assertEqual(ev["value"][4], {"plain": [1, 2]})
        self.assertEqual(ev["value"][5], {"$repr": "range(0, 3)"})

    def test_inputs_of_every_wire_form(self):
        prog = self.compile("[repr(v) for v in vals]", inputs=["vals"])
        vals = [None, True, 7, 2**80, -1.25, float("inf"), "é\n", b"\x01\x02", (1, (2,)), [1], {"a": 1},
                {2: "b", (3, 4): None}]
        ev = self.w.reply(op="start", program=prog, inputs={"vals": _wire.encode(vals)})
        self.assertEqual(ev["event"], "done", ev)
        self.assertEqual(ev["value"], [repr(v) for v in vals])

    def test_failed(self):
        prog = self.compile("def f(x):\n    return 1 / x\nf(0)\n", filename="div.py")
        ev = self.w.reply(id=7, op="start", program=prog)
        self.assertEqual(ev["event"], "failed")
        self.assertEqual((ev["type"], ev["message"]), ("ZeroDivisionError", "division by zero"))
        self.assertTrue(ev["traceback"].startswith("Traceback (most recent call last):\n"))
        self.assertIn('File "div.py", line 2, in f', ev["traceback"])
        self.assertTrue(ev["traceback"].endswith("ZeroDivisionError: division by zero\n"))

    def test_limits(self):
        cases = [
            ("while True:\n    pass", {"max_seconds": 0.2}, "time", "TimeLimitExceeded"),
            ("x = []\nwhile True:\n    x.append('a' * 1000)", {"max_memory": 4 << 20}, "memory",
             "MemoryLimitExceeded"),
            ("x = []\nwhile True:\n    x.append([1])", {"max_allocations": 1000}, "allocations",
             "MemoryLimitExceeded"),
            ("while True:\n    print('x' * 100)", {"max_output": 1000}, "output", "OutputLimitExceeded"),
        ]
        for src, limits, limit, type_name in cases:
            with self.subTest(limit=limit):
                ev = self.w.reply(op="start", program=self.compile(src), limits=limits)
                self.assertEqual(ev["event"], "limit", ev)
                self.assertEqual((ev["limit"], ev["type"]), (limit, type_name))
        prog = self.compile("for i in range(10):\n    tool(i)", externals=["tool"])
        ev = self.w.reply(op="start", program=prog, limits={"max_host_calls": 2})
        for _ in range(2):
            self.assertEqual(ev["event"], "waiting", ev)
            ev = self.w.reply(op="resume", exec=ev["exec"], answers=[{"call": ev["calls"][0]["id"], "value": 0}])
        self.assertEqual((ev["event"], ev["limit"], ev["type"]), ("limit", "host_calls", "HostCallLimitExceeded"))
        # the depth limit is RecursionError, an ordinary (catchable) exception
        ev = self.w.reply(op="start", program=self.compile("def f(n):\n    return f(n + 1)\nf(0)"),
                          limits={"max_depth": 50})
        self.assertEqual((ev["event"], ev["type"]), ("failed", "RecursionError"))

    # -- host calls: waiting, resume (values, errors), call ids --

    def test_waiting_and_resume(self):
        prog = self.compile("a = tool(1, 'x', k=[2])\nprint('got', a)\nb = tool(a, a)\n(a, b)", externals=["tool"])
        ev, outs = self.w.ask(id=1, op="start", program=prog)
        self.assertEqual(ev["event"], "waiting")
        self.assertEqual(outs, [])
        ex = ev["exec"]
        self.assertEqual(ev["calls"], [{"id": 1, "name": "tool", "args": [1, "x"], "kwargs": {"k": [2]}}])
        ev, outs = self.w.ask(id=2, op="resume", exec=ex, answers=[{"call": 1, "value": {"$tuple": [5, 6]}}])
        self.assertEqual(text_of(outs), "got (5, 6)\n")
        self.assertEqual(ev["calls"][0]["id"], 2)
        self.assertEqual(ev["calls"][0]["args"], [{"$tuple": [5, 6]}, {"$tuple": [5, 6]}])
        ev = self.w.reply(op="resume", exec=ex, answers=[{"call": 2, "value": None}])
        self.assertEqual(ev["event"], "done")
        self.assertEqual(ev["repr"], "((5, 6), None)")
        self.assertError(self.w.reply(op="resume", exec=ex, answers=[{"call": 3, "value": 1}]), "unknown_exec")

    def test_concurrent_calls(self):
        # async code awaiting several host calls: one waiting event lists them all; answers come in any
        # grouping and order; a bad answer changes nothing
        src = ("import asyncio\nasync def work(u):\n    r = await fetch(u)\n    print('got', u)\n    return r\n"
               "async def main():\n    return await asyncio.gather(*(work(u) for u in 'abc'))\nasyncio.run(main())")
        prog = self.compile(src, externals=["fetch"])
        ev = self.w.reply(op="start", program=prog)
        ex = ev["exec"]
        self.assertEqual(ev["calls"], [{"id": i + 1, "name": "fetch", "args": [u], "kwargs": {}}
                                       for i, u in enumerate("abc")])
        self.assertError(self.w.reply(op="resume", exec=ex, answers=[{"call": 3, "value": 1}, {"call": 3, "value": 2}]),
                         "unknown_call")
        self.assertError(self.w.reply(op="resume", exec=ex, answers=[{"call": 2, "value": 1}, {"call": 9, "value": 2}]),
                         "unknown_call")
        ev, outs = self.w.ask(op="resume", exec=ex, answers=[{"call": 3, "value": "C"}])
        self.assertEqual(text_of(outs), "got c\n")
        self.assertEqual([c["id"] for c in ev["calls"]], [1, 2])
        ev, outs = self.w.ask(op="resume", exec=ex, answers=[{"call": 2, "value": "B"}, {"call": 1, "value": "A"}])
        self.assertEqual(text_of(outs), "got b\ngot a\n")
        self.assertEqual((ev["event"], ev["repr"]), ("done", "['A', 'B', 'C']"))

    def test_resume_error(self):
        src = ("try:\n    tool()\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
               "try:\n    tool()\nexcept KeyError as e:\n    print('key', e)\ntool()")
        prog = self.compile(src, externals=["tool"])
        ev = self.w.reply(op="start", program=prog)
        ex = ev["exec"]
        ev, outs = self.w.ask(op="resume", exec=ex,
                              answers=[{"call": 1, "error": {"type": "ToolError", "message": "quota"}}])
        self.assertEqual(text_of(outs), "ToolError quota\n")
        ev, outs = self.w.ask(op="resume", exec=ex, answers=[{"call": 2, "error": {"type": "KeyError", "message": "k"}}])
        self.assertEqual(text_of(outs), "key 'k'\n")  # a builtin name raises that very class
        ev = self.w.reply(op="resume", exec=ex, answers=[{"call": 3, "error": {"type": "ToolError"}}])
        self.assertEqual((ev["event"], ev["type"]), ("failed", "ToolError"))

    def test_resume_refusals_keep_the_call_waiting(self):
        prog = self.compile("tool() + 1", externals=["tool"])
        ex = self.w.reply(op="start", program=prog)["exec"]
        bad = [
            ([{"call": 2, "value": 1}], "unknown_call"),
            ([{"call": 1, "value": 1}, {"call": 1, "value": 2}], "unknown_call"),
            ([], "bad_request"),
            ([{"value": 1}], "bad_request"),
            ([{"call": 1}], "bad_request"),
            ([{"call": 1, "value": 1, "error": {"type": "X"}}], "bad_request"),
            ([{"call": 1, "error": {"type": "not an identifier"}}], "bad_request"),
            ([{"call": 1, "error": {"type": "TimeLimitExceeded", "message": "fake"}}], "bad_request"),
            ([{"call": 1, "error": "ValueError"}], "bad_request"),
            ([{"call": 1, "value": {"$nope": 1}}], "bad_value"),
            ([{"call": 1, "value": {"$tuple": [1], "x": 2}}], "bad_value"),
            ([{"call": 1, "value": {"$bytes": "!!"}}], "bad_value"),
            ([{"call": 1, "value": {"$int": "12a"}}], "bad_value"),
            ([{"call": 1, "value": {"$repr": "x"}}], "bad_value"),
        ]
        for answers, code in bad:
            with self.subTest(answers=answers):
                self.assertError(self.w.reply(op="resume", exec=ex, answers=answers), code)
        ev = self.w.reply(op="resume", exec=ex, answers=[{"call": 1, "value": 41}])
        self.assertEqual((ev["event"], ev["value"]), ("done", 42))

    # -- several executions in one worker --

    def test_interleaved_executions(self):
        prog = self.compile("acc = []\nfor i in range(3):\n    acc.append(tool(name, i))\nacc",
                            inputs=["name"], externals=["tool"])
        execs = {}
        for name in "abc":
            ev = self.w.reply(op="start", program=prog, inputs={"name": name})
            execs[name] = ev
        order = ["b", "a", "c", "c", "a", "b", "a", "b", "c"]
        results = {}
        for name in order:
            ev = execs[name]
            self.assertEqual(ev["event"], "waiting", ev)
            call = ev["calls"][0]
            self.assertEqual(call["args"][0], name)  # each execution sees its own inputs and answers
            value = f"{name}{call['args'][1]}"
            execs[name] = nxt = self.w.reply(op="resume", exec=ev["exec"], answers=[{"call": call["id"], "value": value}])
            if nxt["event"] == "done":
                results[name] = nxt["value"]
        self.assertEqual(results, {n: [f"{n}0", f"{n}1", f"{n}2"] for n in "abc"})
        self.assertEqual(self.w.reply(op="stats")["executions"], 0)

    def test_failure_does_not_touch_other_executions(self):
        waiter = self.compile("x = tool()\nx * 3", externals=["tool"])
        ex = self.w.reply(op="start", program=waiter)["exec"]
        self.assertEqual(self.w.reply(op="start", program=self.compile("1/0"))["event"], "failed")
        self.assertEqual(self.w.reply(op="start", program=self.compile("while True:\n    pass"),
                                      limits={"max_seconds": 0.1})["event"], "limit")
        self.assertEqual(self.w.reply(op="start", program=self.compile("x = []\nwhile True:\n    x.append(x[:])"),
                                      limits={"max_memory": 1 << 20})["event"], "limit")
        self.assertError(self.w.reply(op="resume", exec=ex, answers=[{"call": 9, "value": 1}]), "unknown_call")
        ev = self.w.reply(op="resume", exec=ex, answers=[{"call": 1, "value": "ab"}])
        self.assertEqual((ev["event"], ev["value"]), ("done", "ababab"))

    # -- cancel, free, stats --

    def test_cancel(self):
        prog = self.compile("tool()", externals=["tool"])
        ex = self.w.reply(op="start", program=prog)["exec"]
        self.assertEqual(self.w.reply(id=1, op="cancel", exec=ex), {"event": "cancelled", "id": 1, "exec": ex})
        self.assertError(self.w.reply(op="cancel", exec=ex), "unknown_exec")
        self.assertError(self.w.reply(op="resume", exec=ex, answers=[{"call": 1, "value": 1}]), "unknown_exec")
        self.assertError(self.w.reply(op="dump", exec=ex), "unknown_exec")

    def test_free_and_stats(self):
        prog = self.compile("tool()", externals=["tool"])
        ex = self.w.reply(op="start", program=prog)["exec"]
        st = self.w.reply(op="stats")
        self.assertEqual((st["programs"], st["executions"], st["compiles"]), (1, 1, 1))
        self.assertEqual(self.w.reply(op="free", program=prog), {"event": "freed", "program": prog})
        self.assertError(self.w.reply(op="start", program=prog), "unknown_program")
        # the waiting execution keeps its program alive
        self.assertEqual(self.w.reply(op="resume", exec=ex, answers=[{"call": 1, "value": 5}])["value"], 5)
        st = self.w.reply(op="stats")
        self.assertEqual((st["programs"], st["executions"], st["errors"]), (0, 0, 1))

    # -- snapshots --

    def test_dump_here_load_in_another_worker(self):
        src = "seen = []\nfor i in range(3):\n    print('step', i)\n    seen.append(tool(i))\nseen"
        prog = self.compile(src, externals=["tool"])
        ev, outs = self.w.ask(op="start", program=prog)
        ev = self.w.reply(op="resume", exec=ev["exec"], answers=[{"call": 1, "value": "r0"}])
        snap = self.w.reply(id=9, op="dump", exec=ev["exec"])
        self.assertEqual((snap["event"], snap["id"], snap["exec"]), ("snapshot", 9, ev["exec"]))
        data = snap["data"]
        base64.b64decode(data, validate=True)
        other = Worker()
        try:
            loaded, outs = other.ask(op="load", data=data)
            self.assertEqual(outs, [])  # output printed before the dump is not printed again
            self.assertEqual(loaded["event"], "waiting")
            self.assertEqual(loaded["calls"][0]["name"], "tool")
            self.assertEqual(loaded["calls"][0]["args"], [1])
            ev, outs = other.ask(op="resume", exec=loaded["exec"],
                                 answers=[{"call": loaded["calls"][0]["id"], "value": "r1"}])
            self.assertEqual(text_of(outs), "step 2\n")
            ev = other.reply(op="resume", exec=ev["exec"], answers=[{"call": ev["calls"][0]["id"], "value": "r2"}])
            self.assertEqual(ev["value"], ["r0", "r1", "r2"])
        finally:
            self.assertEqual(other.close(), 0)
        # the dumped execution is still alive in the first worker
        ev = self.w.reply(op="resume", exec=snap["exec"], answers=[{"call": 2, "value": "x"}])
        self.assertEqual(ev["event"], "waiting")

    def test_signed_and_pinned_snapshots(self):
        prog = self.compile("tool() * 2", externals=["tool"])
        ex = self.w.reply(op="start", program=prog)["exec"]
        key = base64.b64encode(b"secret key").decode()
        signed = self.w.reply(op="dump", exec=ex, key=key)["data"]
        self.assertError(self.w.reply(op="load", data=signed), "bad_snapshot")
        self.assertError(self.w.reply(op="load", data=signed, key=base64.b64encode(b"other").decode()),
                         "bad_snapshot")
        ev = self.w.reply(op="load", data=signed, key=key, program=prog)
        self.assertEqual(ev["event"], "waiting")
        self.assertEqual(self.w.reply(op="resume", exec=ev["exec"], answers=[{"call": 1, "value": 4}])["value"], 8)
        plain = self.w.reply(op="dump", exec=ex)["data"]
        other_prog = self.compile("tool() * 3", externals=["tool"])
        self.assertError(self.w.reply(op="load", data=plain, program=other_prog), "bad_snapshot")
        raw = bytearray(base64.b64decode(plain))
        raw[len(raw) // 2] ^= 0x55
        self.assertError(self.w.reply(op="load", data=base64.b64encode(bytes(raw)).decode()), "bad_snapshot")
        self.assertError(self.w.reply(op="load", data=plain[:40]), "bad_snapshot")
        self.assertError(self.w.reply(op="load", data="not base64!"), "bad_request")
        self.assertEqual(self.w.reply(op="stats")["executions"], 1)

    # -- malformed requests never kill the worker --

    def test_malformed_requests(self):
        cases = [
            (b"this is not json\n", "bad_json"),
            (b'{"op": "stats"\n', "bad_json"),
            (b'"a string"\n', "bad_request"),
            (b"[1, 2]\n", "bad_request"),
            (b'{"id": 1}\n', "bad_request"),
            (b'{"op": 5}\n', "bad_request"),
            (b'{"op": "fly"}\n', "unknown_op"),
            (b'{"op": "stats", "id": [1]}\n', "bad_request"),
            (b'{"op": "stats", "protocol": 2}\n', "unsupported_protocol"),
            (b'{"op": "compile"}\n', "bad_request"),
            (b'{"op": "compile", "source": "1", "externals": "tool"}\n', "bad_request"),
            (b'{"op": "compile", "source": "1", "filename": "a\\u0000b"}\n', "bad_request"),
            (b'{"op": "start"}\n', "bad_request"),
            (b'{"op": "start", "program": -1}\n', "bad_request"),
            (b'{"op": "start", "program": 99}\n', "unknown_program"),
            (b'{"op": "resume", "exec": 99, "answers": []}\n', "unknown_exec"),
            (b'{"op": "cancel", "exec": "1"}\n', "bad_request"),
            (b'{"op": "free", "program": 1.5}\n', "bad_request"),
            (b'{"op": "load"}\n', "bad_request"),
            (b'\xff\xfe{"op": "stats"}\n', "bad_json"),
        ]
        for line, code in cases:
            with self.subTest(line=line):
                self.w.send_raw(line)
                self.assertError(self.w.read(), code)
        prog = self.compile("x", inputs=["x"])
        for req, code in [
            ({"limits": {"max_secs": 1}}, "bad_request"),
            ({"limits": {"max_seconds": -1}}, "bad_request"),
            ({"limits": {"max_memory": 1.5}}, "bad_request"),
            ({"limits": []}, "bad_request"),
            ({"inputs": [1]}, "bad_request"),
            ({"inputs": {"x": {"$set": 1}}}, "bad_value"),
        ]:
            with self.subTest(req=req):
                self.assertError(self.w.reply(op="start", program=prog, **req), code)
        self.w.send_raw(b"\n   \n\r\n")  # blank lines are skipped: no event
        ev = self.w.reply(id="after", op="start", program=prog, inputs={"x": [1]})
        self.assertEqual((ev["id"], ev["value"]), ("after", [1]))

    def test_mutated_requests_never_end_the_worker(self):
        """Seeded byte mutations of valid requests: each line gets exactly one event, the worker lives on."""
        import random
        rng = random.Random(1234)
        prog = self.compile("x = tool(a, k=[1, (2, b'z')])\nprint(x)\nx", inputs=["a"], externals=["tool"])
        ex = self.w.reply(op="start", program=prog, inputs={"a": 1})["exec"]
        snap = self.w.reply(op="dump", exec=ex)["data"]
        seeds = [
            {"op": "compile", "source": "y = tool(1)\n[y, {1: 2}]", "externals": ["tool"], "filename": "m.py"},
            {"op": "start", "program": prog, "inputs": {"a": {"$tuple": [1, {"$bytes": "AAE="}]}},
             "limits": {"max_seconds": 1, "max_memory": 1 << 24}},
            {"op": "resume", "exec": ex, "answers": [{"call": 1, "value": {"$dict": [[1, {"$int": "99"}]]}}]},
            {"op": "resume", "exec": ex, "answers": [{"call": 1, "error": {"type": "ToolError", "message": "m"}}]},
            {"op": "dump", "exec": ex}, {"op": "load", "data": snap}, {"op": "cancel", "exec": 99},
            {"op": "stats", "id": "s"},
        ]
        alphabet = b'{}[]",:0123456789-.eE$ntfalsrue\\u'
        seen = {}
        for _ in range(3000):
            line = bytearray(json.dumps(rng.choice(seeds)).encode())
            for _ in range(rng.randint(1, 4)):
                pos = rng.randrange(len(line))
                kind = rng.randrange(3)
                if kind == 0:
                    line[pos] = rng.choice(alphabet)
                elif kind == 1:
                    del line[pos]
                else:
                    line.insert(pos, rng.choice(alphabet))
            if not bytes(line).strip():
                continue
            self.w.send_raw(bytes(line) + b"\n")
            while True:
                ev = self.w.read()
                if ev["event"] != "output":
                    break
            seen[ev["event"]] = seen.get(ev["event"], 0) + 1
            self.assertIn(ev["event"], {"error", "compiled", "compile_error", "waiting", "done", "failed", "limit",
                                        "snapshot", "cancelled", "stats"}, (bytes(line), ev))
        self.assertGreater(len(seen), 4, seen)  # mutants reached the requests, not only the JSON reader
        self.assertEqual(self.w.reply(id="end", op="stats")["id"], "end")

    def test_too_large_and_pipelined(self):
        w = Worker("--max-request", "1K")
        try:
            w.send_raw(b'{"op": "compile", "source": "' + b"x" * 5000 + b'"}\n{"id": 1, "op": "stats"}\n')
            self.assertError(w.read(), "too_large")
            self.assertEqual(w.read()["id"], 1)
            # a line longer than a read (64 KiB) is dropped as it streams in, never held whole
            w.send_raw(b'{"op": "stats", "pad": "' + b"y" * 300000 + b'"}\n{"id": 2, "op": "stats"}\n')
            self.assertError(w.read(), "too_large")
            self.assertEqual(w.read()["id"], 2)
            # pipelined requests are answered in order
            w.send_raw(b"".join(json.dumps({"id": i, "op": "stats"}).encode() + b"\n" for i in range(20)))
            self.assertEqual([w.read()["id"] for _ in range(20)], list(range(20)))
        finally:
            self.assertEqual(w.close(), 0)

    def test_last_request_without_newline_and_exit(self):
        self.w.send_raw(b'{"id": "last", "op": "stats"}')
        self.w.proc.stdin.close()
        self.assertEqual(self.w.read()["id"], "last")
        self.assertEqual(self.w.proc.stdout.readline(), b"")
        self.w.proc.stdin = open(os.devnull, "wb")  # for tearDown


if __name__ == "__main__":
    unittest.main()
