"""Programs and runs: pith.compile -> Program; Program.run / run_async / start; Waiting, Done, Call; load.

A Program remembers its source and declarations and is compiled once in each worker that runs it (the
worker's engine caches compiled programs). A run answers each pending host call by calling the host
function given for it in `externals`; an exception it raises is raised inside the snippet under the same
type name."""

import asyncio
import base64
import inspect
import threading
import time
import weakref
from dataclasses import dataclass, fields
from typing import Any, Dict, List, Optional

from . import _wire
from ._errors import LIMIT_CLASSES, CompileError, ExecutionError, LimitExceeded, PithError, ProtocolError, Timeout
from ._worker import Pool

_default_pool = None
_default_lock = threading.Lock()
_default_size = 2


def default_pool():
    """The pool used when none is given (created on first use; size from set_pool_size, default 2)."""
    global _default_pool
    with _default_lock:
        if _default_pool is None:
            _default_pool = Pool(_default_size)
        return _default_pool


def set_pool_size(size):
    """Size of the default pool: closes the current one (its waiting executions die with it)."""
    global _default_pool, _default_size
    if size < 1:
        raise ValueError("a pool needs at least one worker")
    with _default_lock:
        old, _default_pool, _default_size = _default_pool, None, size
    if old is not None:
        old.close()


@dataclass
class Limits:
    """Per-run limits; None keeps pith's default (5 s, 256 MiB, depth 1000, 1000 host calls, 1 MiB of
    output, no allocation limit). max_seconds counts run time only, not time spent in host functions."""

    max_seconds: Optional[float] = None
    max_memory: Optional[int] = None
    max_depth: Optional[int] = None
    max_allocations: Optional[int] = None
    max_host_calls: Optional[int] = None
    max_output: Optional[int] = None

    def _wire(self):
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


@dataclass
class Result:
    """A finished run: value is the value of the snippet's last expression statement (None if there is
    none), output what it printed, repr the value's Python repr."""

    value: Any
    output: str
    repr: str


@dataclass
class Call:
    """One pending host call: answer it by id."""

    id: int
    name: str
    args: List[Any]
    kwargs: Dict[str, Any]


def _limits_wire(limits):
    if limits is None:
        return None
    if isinstance(limits, dict):
        return dict(limits)
    return limits._wire()


def _inputs_wire(inputs):
    return {str(k): _wire.encode(v) for k, v in (inputs or {}).items()}


def _error_answer(call_id, exc):
    """The answer raising exc (an exception instance or class) at the call site."""
    if isinstance(exc, type):
        name, message = exc.__name__, ""
    else:
        name, message = type(exc).__name__, str(exc)
    return {"call": call_id, "error": {"type": name, "message": message}}


def _value_answer(call_id, value):
    try:
        return {"call": call_id, "value": _wire.encode(value)}
    except (TypeError, ValueError, RecursionError) as exc:
        return _error_answer(call_id, TypeError(str(exc)))


def _missing(call):
    return {"call": call.id, "error": {"type": "NotImplementedError",
                                       "message": f"no host function was given for external '{call.name}'"}}


def _calls(ev):
    return [Call(c["id"], c["name"], _wire.decode(c["args"]), _wire.decode(c["kwargs"])) for c in ev["calls"]]


def _end(ev, output):
    """The Result of a done event, or raise what a failed / limit / error event says."""
    kind = ev.get("event")
    if kind == "done":
        return Result(_wire.decode(ev["value"]), output, ev.get("repr", ""))
    if kind == "failed":
        raise ExecutionError(ev["type"], ev["message"], ev.get("traceback", ""), output)
    if kind == "limit":
        cls = LIMIT_CLASSES.get(ev.get("limit"), LimitExceeded)
        raise cls(ev["type"], ev["message"], ev.get("traceback", ""), output, ev.get("limit"))
    if kind == "error":
        raise ProtocolError(ev.get("code", "error"), ev.get("message", ""))
    raise PithError(f"unexpected event from the worker: {ev!r}")


class Program:
    """A compiled snippet; run it as often as needed, from any thread."""

    def __init__(self, source, filename, inputs, externals, pool):
        self.source = source
        self.filename = filename
        self.inputs = list(inputs)
        self.externals = list(externals)
        self._pool = pool
        self._key = (source, filename, tuple(self.inputs), tuple(self.externals))

    @property
    def pool(self):
        return self._pool or default_pool()

    def _id_in(self, worker, deadline=None):
        """This program's id in worker, compiling it there the first time."""
        pid = worker.programs.get(self._key)
        if pid is None:
            ev = worker.call({"op": "compile", "source": self.source, "filename": self.filename,
                              "inputs": self.inputs, "externals": self.externals}, deadline)
            if ev["event"] == "compile_error":
                raise CompileError(ev["diagnostic"], ev.get("file"), ev.get("line"), ev.get("col"), ev.get("message"))
            pid = worker.programs[self._key] = ev["program"]
        return pid

    def _start(self, worker, inputs, limits, deadline, on_output):
        msg = {"op": "start", "program": self._id_in(worker, deadline), "inputs": _inputs_wire(inputs)}
        lim = _limits_wire(limits)
        if lim:
            msg["limits"] = lim
        return worker.request(msg, deadline, on_output)

    # -- one call: run to the end, answering host calls --

    def run(self, inputs=None, externals=None, limits=None, timeout=None, on_output=None):
        """Run the snippet to its end and return a Result. Each host call goes to externals[name](*args,
        **kwargs). Raises ExecutionError (LimitExceeded for a limit), Timeout when timeout seconds (wall
        time, host functions included) pass, WorkerCrashed if the worker dies. on_output(text) sees
        output as it is printed."""
        externals = externals or {}
        deadline = None if timeout is None else time.monotonic() + timeout
        out = []

        def collect(text):
            out.append(text)
            if on_output is not None:
                on_output(text)

        worker = self.pool.worker()
        ev = self._start(worker, inputs, limits, deadline, collect)
        waiting = None
        try:
            while ev.get("event") == "waiting":
                waiting = ev["exec"]
                answers = []
                for call in _calls(ev):
                    fn = externals.get(call.name)
                    if fn is None:
                        answers.append(_missing(call))
                        continue
                    try:
                        answers.append(_value_answer(call.id, fn(*call.args, **call.kwargs)))
                    except Exception as exc:  # raised inside the snippet, under the same name
                        answers.append(_error_answer(call.id, exc))
                if deadline is not None and time.monotonic() > deadline:
                    raise Timeout("the run took longer than its timeout and was cancelled")
                ev = worker.request({"op": "resume", "exec": waiting, "answers": answers}, deadline, collect)
                waiting = None
            return _end(ev, "".join(out))
        finally:
            if waiting is not None and not worker.dead:
                try:
                    worker.request({"op": "cancel", "exec": waiting})
                except PithError:
                    pass

    async def run_async(self, inputs=None, externals=None, limits=None, timeout=None, on_output=None):
        """run() for asyncio: host functions may be `async def`; when several calls are pending they are
        awaited concurrently. The worker is driven from a thread, so the event loop never blocks."""
        externals = externals or {}
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else time.monotonic() + timeout
        out = []

        def collect(text):
            out.append(text)
            if on_output is not None:
                loop.call_soon_threadsafe(on_output, text)

        async def answer(call):
            fn = externals.get(call.name)
            if fn is None:
                return _missing(call)
            try:
                value = fn(*call.args, **call.kwargs)
                if inspect.isawaitable(value):
                    value = await value
                return _value_answer(call.id, value)
            except Exception as exc:
                return _error_answer(call.id, exc)

        worker = await loop.run_in_executor(None, self.pool.worker)
        ev = await loop.run_in_executor(None, self._start, worker, inputs, limits, deadline, collect)
        waiting = None
        try:
            while ev.get("event") == "waiting":
                waiting = ev["exec"]
                pending = asyncio.gather(*(answer(c) for c in _calls(ev)))
                if deadline is None:
                    answers = await pending
                else:
                    try:
                        answers = await asyncio.wait_for(pending, max(0.0, deadline - time.monotonic()))
                    except asyncio.TimeoutError:
                        raise Timeout("the run took longer than its timeout and was cancelled") from None
                msg = {"op": "resume", "exec": waiting, "answers": list(answers)}
                ev = await loop.run_in_executor(None, worker.request, msg, deadline, collect)
                waiting = None
            return _end(ev, "".join(out))
        finally:
            if waiting is not None and not worker.dead:
                try:
                    await loop.run_in_executor(None, worker.request, {"op": "cancel", "exec": waiting})
                except PithError:
                    pass

    # -- step by step --

    def start(self, inputs=None, limits=None):
        """Run until the first host call: a Waiting (answer its calls) or, if there was none, a Done.
        Raises as run() does."""
        worker = self.pool.worker()
        out = []
        ev = self._start(worker, inputs, limits, None, out.append)
        return _step(worker, ev, out, limits)


@dataclass
class Done:
    """A step-by-step run that has finished."""

    value: Any
    output: str
    repr: str


class Waiting:
    """An execution stopped at host calls, alive in a worker. .calls lists every pending call (async code
    may wait on several at once); answer any of them by id with resume() (values) or resume_error() (an
    exception): the next Waiting lists those still pending. dump() turns it into bytes that pith.load()
    brings back in any process, with the same call ids. output is what it printed since the previous step."""

    def __init__(self, worker, exec_id, calls, output, limits):
        self._worker = worker
        self._exec = exec_id
        self._limits = limits
        self._live = True
        self.calls = calls
        self.output = output
        worker.live += 1
        # dropped without an answer: the worker cancels it before its next request (never from the
        # collector itself, which may run while this thread holds the worker's lock)
        self._abandon = weakref.finalize(self, _abandon, worker, exec_id)

    def _finish(self):
        if self._live:
            self._live = False
            self._worker.live -= 1
            self._abandon.detach()

    def _resume(self, answers):
        if not self._live:
            raise PithError("this execution has already been resumed or cancelled")
        known = {c.id for c in self.calls}
        for a in answers:
            if a["call"] not in known:
                raise KeyError(f"no pending call has id {a['call']!r}")
        out = []
        try:
            ev = self._worker.request({"op": "resume", "exec": self._exec, "answers": answers}, None, out.append)
        except PithError:
            self._finish()
            raise
        if ev.get("event") == "error":
            raise ProtocolError(ev.get("code", "error"), ev.get("message", ""))
        self._finish()
        return _step(self._worker, ev, out, self._limits)

    def resume(self, answers):
        """Answer calls with values: {call_id: value}. Returns the next Waiting, or Done."""
        return self._resume([_value_answer(cid, v) for cid, v in answers.items()])

    def resume_error(self, call_id, exc):
        """Answer one call by raising exc (an exception instance or class) at the call site, under its
        type name. Returns the next Waiting, or Done."""
        return self._resume([_error_answer(call_id, exc)])

    def dump(self, key=None):
        """The execution as snapshot bytes (signed with HMAC-SHA256 when key bytes are given). The
        execution stays alive here too."""
        if not self._live:
            raise PithError("this execution has already been resumed or cancelled")
        msg = {"op": "dump", "exec": self._exec}
        if key is not None:
            msg["key"] = base64.b64encode(bytes(key)).decode("ascii")
        return base64.b64decode(self._worker.call(msg)["data"])

    def cancel(self):
        """Drop the execution (it never runs on)."""
        if self._live:
            self._finish()
            if not self._worker.dead:
                self._worker.request({"op": "cancel", "exec": self._exec})


def _abandon(worker, exec_id):
    worker.live -= 1
    worker.abandoned.append(exec_id)


def _step(worker, ev, out, limits):
    output = "".join(out)
    if ev.get("event") == "waiting":
        return Waiting(worker, ev["exec"], _calls(ev), output, limits)
    r = _end(ev, output)
    return Done(r.value, r.output, r.repr)


def compile(code, filename="<snippet>", inputs=(), externals=(), pool=None):
    """Compile a snippet declaring its input variables and external (host) functions. Raises CompileError,
    whose text starts with "file:line:col: error: ..."."""
    prog = Program(code, filename, inputs, externals, pool)
    prog._id_in(prog.pool.worker())
    return prog


def load(data, key=None, limits=None, pool=None):
    """A Waiting execution again, from dump() bytes (from this process or any other)."""
    worker = (pool or default_pool()).worker()
    msg = {"op": "load", "data": base64.b64encode(bytes(data)).decode("ascii")}
    if key is not None:
        msg["key"] = base64.b64encode(bytes(key)).decode("ascii")
    lim = _limits_wire(limits)
    if lim:
        msg["limits"] = lim
    out = []
    ev = worker.call(msg, None, out.append)
    return _step(worker, ev, out, limits)
