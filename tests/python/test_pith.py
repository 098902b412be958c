"""unittest tests of the pith Python package (bindings/python), one or more per API point: compile, run, the
exceptions, limits, host exceptions, step by step with dump/load across processes, the pool (reuse, size,
crash recovery), host-side timeouts and run_async with concurrent async host functions.

Run: PITH_BIN=build/pith PYTHONPATH=bindings/python python3 -m unittest discover -s tests/python
(ctest runs it as `python_package`). No test depends on the machine's speed: concurrency is shown by
calls meeting each other, timeouts by host functions that sleep longer than the timeout."""

import asyncio
import os
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(HERE, "..", "..", "bindings", "python")
sys.path.insert(0, PKG)
import pith  # noqa: E402


class PithTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pool = pith.Pool(size=2)

    @classmethod
    def tearDownClass(cls):
        cls.pool.close()

    def compile(self, code, **kw):
        return pith.compile(code, pool=self.pool, **kw)

    # -- compile --

    def test_compile_error_has_file_line_col(self):
        with self.assertRaises(pith.CompileError) as cm:
            self.compile("x = 1\ny = (x +\n", filename="agent.py")
        e = cm.exception
        self.assertTrue(str(e).startswith("agent.py:2:5: error: "), str(e))
        self.assertEqual((e.filename, e.line, e.col), ("agent.py", 2, 5))
        self.assertIsInstance(e, pith.PithError)

    def test_compile_declarations(self):
        prog = self.compile("greet(name)", inputs=["name"], externals=["greet"])
        self.assertEqual((prog.inputs, prog.externals), (["name"], ["greet"]))
        with self.assertRaises(pith.CompileError):
            self.compile("greet(name)")  # undeclared names are compile errors

    # -- run --

    def test_run_value_and_output(self):
        prog = self.compile("r = get_weather(city, unit='C')\nprint('in', city, r)\nr['temp_c'] * 2",
                            inputs=["city"], externals=["get_weather"])
        calls = []

        def get_weather(city, unit):
            calls.append((city, unit))
            return {"temp_c": 10.5}

        res = prog.run(inputs={"city": "Paris"}, externals={"get_weather": get_weather})
        self.assertEqual(res.value, 21.0)
        self.assertEqual(res.output, "in Paris {'temp_c': 10.5}\n")
        self.assertEqual(res.repr, "21.0")
        self.assertEqual(calls, [("Paris", "C")])
        # the same program runs again (compiled once per worker)
        self.assertEqual(prog.run(inputs={"city": "Oslo"}, externals={"get_weather": get_weather}).value, 21.0)

    def test_values_cross_exactly(self):
        prog = self.compile("(echo(v), v)", inputs=["v"], externals=["echo"])
        v = {"t": (1, (2.5, "é")), "b": b"\x00\xff", "big": 2**100, 3: [None, True, float("inf")]}
        res = prog.run(inputs={"v": v}, externals={"echo": lambda x: x})
        self.assertEqual(res.value, (v, v))
        self.assertEqual(res.repr, repr((v, v)))
        opaque = self.compile("range(3)").run().value
        self.assertIsInstance(opaque, pith.Opaque)
        self.assertEqual(repr(opaque), "range(0, 3)")

    def test_execution_error(self):
        prog = self.compile("print('before')\n{}['missing']", filename="k.py")
        with self.assertRaises(pith.ExecutionError) as cm:
            prog.run()
        e = cm.exception
        self.assertEqual((e.type_name, e.message), ("KeyError", "'missing'"))
        self.assertIn('File "k.py", line 2, in <module>', e.traceback)
        self.assertEqual(e.output, "before\n")

    def test_host_exception_raised_inside_under_its_name(self):
        class ToolError(Exception):
            pass

        def tool(x):
            if x == "bad":
                raise ToolError("quota exceeded")
            raise ValueError("no such id")

        prog = self.compile("try:\n    tool('bad')\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
                            "try:\n    tool('x')\nexcept ValueError as e:\n    print('value', e)\ntool('bad')",
                            externals=["tool"])
        with self.assertRaises(pith.ExecutionError) as cm:
            prog.run(externals={"tool": tool})
        self.assertEqual(cm.exception.output, "ToolError quota exceeded\nvalue no such id\n")
        self.assertEqual((cm.exception.type_name, cm.exception.message), ("ToolError", "quota exceeded"))

    def test_missing_external_and_unconvertible_value(self):
        prog = self.compile("try:\n    tool()\nexcept NotImplementedError as e:\n    print(e)\n"
                            "try:\n    other()\nexcept TypeError as e:\n    print('type error')",
                            externals=["tool", "other"])
        res = prog.run(externals={"other": lambda: object()})
        self.assertEqual(res.output, "no host function was given for external 'tool'\ntype error\n")

    def test_limits(self):
        cases = [
            ("while True:\n    pass", pith.Limits(max_seconds=0.2), pith.TimeLimitExceeded, "time"),
            ("x = []\nwhile True:\n    x.append('a' * 1000)", pith.Limits(max_memory=4 << 20),
             pith.MemoryLimitExceeded, "memory"),
            ("x = []\nwhile True:\n    x.append([])", pith.Limits(max_allocations=500), pith.MemoryLimitExceeded,
             "allocations"),
            ("while True:\n    print('x')", pith.Limits(max_output=100), pith.OutputLimitExceeded, "output"),
            ("while True:\n    tool()", pith.Limits(max_host_calls=3), pith.HostCallLimitExceeded, "host_calls"),
        ]
        for code, limits, cls, limit in cases:
            with self.subTest(limit=limit):
                prog = self.compile(code, externals=["tool"])
                with self.assertRaises(cls) as cm:
                    prog.run(limits=limits, externals={"tool": lambda: None})
                self.assertIsInstance(cm.exception, pith.LimitExceeded)
                self.assertIsInstance(cm.exception, pith.ExecutionError)
                self.assertEqual(cm.exception.limit, limit)
                self.assertEqual(cm.exception.type_name, cls.__name__)

    def test_on_output_streams(self):
        seen = []
        prog = self.compile("print('a')\ntool()\nprint('b')", externals=["tool"])

        def tool():
            seen.append("tool")

        prog.run(externals={"tool": tool}, on_output=seen.append)
        self.assertEqual(seen, ["a\n", "tool", "b\n"])

    # -- step by step --

    def test_start_resume_done(self):
        prog = self.compile("a = ask('q1', n=1)\nprint('a =', a)\nb = ask('q2')\na + b", externals=["ask"])
        w = prog.start()
        self.assertIsInstance(w, pith.Waiting)
        self.assertEqual(len(w.calls), 1)
        call = w.calls[0]
        self.assertIsInstance(call, pith.Call)
        self.assertEqual((call.name, call.args, call.kwargs), ("ask", ["q1"], {"n": 1}))
        w2 = w.resume({call.id: 40})
        self.assertIsInstance(w2, pith.Waiting)
        self.assertEqual(w2.output, "a = 40\n")
        self.assertNotEqual(w2.calls[0].id, call.id)
        with self.assertRaises(pith.PithError):
            w.resume({call.id: 1})  # a Waiting is answered once
        done = w2.resume({w2.calls[0].id: 2})
        self.assertIsInstance(done, pith.Done)
        self.assertEqual(done.value, 42)
        self.assertIsInstance(self.compile("1 + 1").start(), pith.Done)

    def test_resume_error(self):
        prog = self.compile("try:\n    ask()\nexcept LookupError as e:\n    r = 'caught ' + str(e)\nr",
                            externals=["ask"])
        w = prog.start()
        done = w.resume_error(w.calls[0].id, IndexError("gone"))
        self.assertEqual(done.value, "caught gone")
        w = self.compile("ask()", externals=["ask"]).start()
        with self.assertRaises(pith.ExecutionError) as cm:
            w.resume_error(w.calls[0].id, RuntimeError("x"))
        self.assertEqual(cm.exception.type_name, "RuntimeError")

    def test_dump_and_load_in_another_process(self):
        prog = self.compile("total = 0\nfor i in range(3):\n    total += ask(i)\nprint('total', total)\ntotal",
                            externals=["ask"])
        w = prog.start()
        w = w.resume({w.calls[0].id: 100})
        data = w.dump()
        self.assertIsInstance(data, bytes)
        w.cancel()
        # another Python process loads the bytes and finishes the run
        child = ("import sys, pith\nw = pith.load(sys.stdin.buffer.read())\n"
                 "while isinstance(w, pith.Waiting):\n    w = w.resume({w.calls[0].id: w.calls[0].args[0]})\n"
                 "print(repr(w.value), repr(w.output))\n")
        env = dict(os.environ, PYTHONPATH=PKG)
        out = subprocess.run([sys.executable, "-c", child], input=data, capture_output=True, env=env, timeout=120)
        self.assertEqual(out.returncode, 0, out.stderr.decode())
        self.assertEqual(out.stdout.decode(), "103 'total 103\\n'\n")
        # and in this process, from another pool (another worker)
        with pith.Pool(size=1) as other:
            w = pith.load(data, pool=other)
            self.assertEqual((w.calls[0].id, w.calls[0].args), (2, [1]))  # a snapshot keeps the call ids
            self.assertEqual(w.resume({2: 1}).resume({3: 2}).value, 103)

    def test_dropped_waiting_is_cancelled(self):
        with pith.Pool(size=1) as pool:
            prog = pith.compile("ask()", externals=["ask"], pool=pool)
            w = prog.start()
            worker = pool.workers()[0]
            self.assertEqual(worker.call({"op": "stats"})["executions"], 1)
            del w  # never answered: the worker drops it before the next request
            import gc
            gc.collect()
            self.assertEqual(worker.call({"op": "stats"})["executions"], 0)
            self.assertEqual(worker.live, 0)

    def test_signed_snapshot(self):
        w = self.compile("ask()", externals=["ask"]).start()
        data = w.dump(key=b"k1")
        with self.assertRaises(pith.ProtocolError) as cm:
            pith.load(data, pool=self.pool)
        self.assertEqual(cm.exception.code, "bad_snapshot")
        self.assertEqual(pith.load(data, key=b"k1", pool=self.pool).resume({1: 5}).value, 5)
        w.cancel()

    # -- the pool --

    def test_pool_reuses_workers(self):
        with pith.Pool(size=2) as pool:
            prog = pith.compile("1", pool=pool)
            for _ in range(5):
                prog.run()
            self.assertEqual(len(pool.workers()), 1)  # sequential runs reuse one worker

    def test_pool_size_bounds_concurrent_workers(self):
        with pith.Pool(size=3) as pool:
            prog = pith.compile("tool()", externals=["tool"], pool=pool)
            barrier = threading.Barrier(3, timeout=60)
            pids = []

            def tool():
                barrier.wait()  # three runs wait here at once: three executions alive together
                return 1

            def one():
                pids.append(prog.run(externals={"tool": tool}).value)

            threads = [threading.Thread(target=one) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(pids, [1, 1, 1])
            self.assertLessEqual(len(pool.workers()), 3)

    def test_worker_crash_is_reported_and_replaced(self):
        with pith.Pool(size=1) as pool:
            prog = pith.compile("tool()\n1", externals=["tool"], pool=pool)
            victim = pool.workers()[0]

            def tool():
                victim.proc.kill()
                victim.proc.wait()

            with self.assertRaises(pith.WorkerCrashed):
                prog.run(externals={"tool": tool})
            self.assertEqual(prog.run(externals={"tool": lambda: None}).value, 1)
            self.assertIsNot(pool.workers()[0], victim)

    def test_host_timeout_cancels(self):
        with pith.Pool(size=1) as pool:
            prog = pith.compile("tool()", externals=["tool"], pool=pool)
            with self.assertRaises(pith.Timeout):
                prog.run(externals={"tool": lambda: time.sleep(0.5)}, timeout=0.1)
            worker = pool.workers()[0]
            self.assertEqual(worker.call({"op": "stats"})["executions"], 0)  # the waiting run was cancelled
            # a run busy inside the worker past the timeout: the worker is stopped and replaced
            busy = pith.compile("while True:\n    pass", pool=pool)
            with self.assertRaises(pith.Timeout):
                busy.run(limits=pith.Limits(max_seconds=60), timeout=0.3)
            self.assertTrue(worker.dead)
            self.assertEqual(pith.compile("2", pool=pool).run().value, 2)

    def test_default_pool(self):
        pith.set_pool_size(1)
        try:
            self.assertEqual(pith.compile("6 * 7").run().value, 42)
            self.assertEqual(pith.default_pool().size, 1)
        finally:
            pith.set_pool_size(2)

    def test_find_binary(self):
        self.assertEqual(pith.find_binary("/x/pith"), "/x/pith")
        if os.environ.get("PITH_BIN"):
            self.assertEqual(pith.find_binary(), os.environ["PITH_BIN"])

    # -- asyncio --

    def test_run_async_concurrent_host_calls(self):
        prog = self.compile("a = fetch(n)\nb = fetch(n + 1)\na + b", inputs=["n"], externals=["fetch"])

        async def main():
            in_flight = 0
            peak = 0
            all_in = asyncio.Event()

            async def fetch(x):
                nonlocal in_flight, peak
                in_flight += 1
                peak = max(peak, in_flight)
                if in_flight == 3:
                    all_in.set()
                await asyncio.wait_for(all_in.wait(), 60)  # the first calls of three runs meet here
                await asyncio.sleep(0)
                in_flight -= 1
                return x * 10

            results = await asyncio.gather(*(prog.run_async(inputs={"n": n}, externals={"fetch": fetch})
                                             for n in (1, 2, 3)))
            return [r.value for r in results], peak

        values, peak = asyncio.run(main())
        self.assertEqual(values, [30, 50, 70])
        self.assertEqual(peak, 3)  # three host calls were in flight on the host at once

    def test_concurrent_calls_of_one_run(self):
        # async code in the snippet: gather hands the host all its calls at once; run_async awaits the async
        # host functions together, run() answers them in turn, and a Waiting answers any subset by id
        src = ("import asyncio\nasync def main():\n    return await asyncio.gather(*(fetch(u) for u in urls))\n"
               "asyncio.run(main())")
        prog = self.compile(src, inputs=["urls"], externals=["fetch"])
        urls = ["a", "b", "c", "d"]

        async def main():
            seen, all_in = [], asyncio.Event()

            async def fetch(u):
                seen.append(u)
                if len(seen) == len(urls):
                    all_in.set()
                await asyncio.wait_for(all_in.wait(), 60)  # every call is in flight before any answer
                return u.upper()

            res = await prog.run_async(inputs={"urls": urls}, externals={"fetch": fetch})
            return res.value, seen

        values, seen = asyncio.run(main())
        self.assertEqual(values, ["A", "B", "C", "D"])
        self.assertEqual(seen, urls)
        self.assertEqual(prog.run(inputs={"urls": urls}, externals={"fetch": str.upper}).value, ["A", "B", "C", "D"])
        w = prog.start(inputs={"urls": ["x", "y"]})
        self.assertEqual([(c.id, c.name, c.args) for c in w.calls], [(1, "fetch", ["x"]), (2, "fetch", ["y"])])
        w = w.resume({2: "Y"})
        self.assertEqual([c.id for c in w.calls], [1])
        self.assertEqual(w.resume({1: "X"}).value, ["X", "Y"])

    def test_run_async_errors_and_timeout(self):
        prog = self.compile("tool()", externals=["tool"])

        async def failing():
            raise PermissionError("denied")

        async def slow():
            await asyncio.sleep(5)

        async def main():
            with self.assertRaises(pith.ExecutionError) as cm:
                await prog.run_async(externals={"tool": failing})
            self.assertEqual(cm.exception.type_name, "PermissionError")
            with self.assertRaises(pith.Timeout):
                await prog.run_async(externals={"tool": slow}, timeout=0.2)
            res = await prog.run_async(externals={"tool": lambda: "sync ok"})
            return res.value

        self.assertEqual(asyncio.run(main()), "sync ok")


if __name__ == "__main__":
    unittest.main()
