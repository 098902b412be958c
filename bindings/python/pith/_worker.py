"""Worker processes (`pith serve`) and the pool that shares them between runs.

A Worker is one child process speaking docs/PROTOCOL.md over its stdin/stdout. Requests to one worker are
sent one at a time (its lock is held from the request line to its reply), but many executions may be
waiting in one worker at once: a run holds the lock only while the worker works, never while the host
answers a call. A worker whose process ends is marked dead; the pool then starts a new one."""

import json
import os
import select
import shutil
import subprocess
import threading
import time

from ._errors import PithError, ProtocolError, Timeout, WorkerCrashed

PROTOCOL = 1
_START_TIMEOUT = 60.0  # seconds for a new worker to say hello (a loaded machine may be slow)


def find_binary(explicit=None):
    """The pith binary: explicit, else $PITH_BIN, else pith/bin/pith inside this package, else `pith` on
    PATH."""
    if explicit:
        return explicit
    env = os.environ.get("PITH_BIN")
    if env:
        return env
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "pith")
    if os.access(here, os.X_OK):
        return here
    found = shutil.which("pith")
    if found:
        return found
    raise PithError("cannot find the pith binary: set PITH_BIN, install it as pith/bin/pith in the package, "
                    "or put it on PATH")


class Worker:
    """One `pith serve` process."""

    def __init__(self, binary):
        try:
            self.proc = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         bufsize=0, close_fds=True)
        except OSError as exc:
            raise PithError(f"cannot start the pith worker {binary!r}: {exc}") from exc
        self.lock = threading.Lock()
        self.dead = False
        self.live = 0          # executions waiting in this worker (for the pool's choice)
        self.programs = {}     # Program key -> program id in this worker
        self.abandoned = []    # ids of executions dropped unanswered (garbage-collected Waitings)
        self._fd = self.proc.stdout.fileno()
        self._buf = bytearray()
        self._scan = 0
        self._next_id = 0
        with self.lock:
            hello = self._read_event(time.monotonic() + _START_TIMEOUT)
        if hello.get("event") != "hello" or hello.get("protocol") != PROTOCOL:
            self.kill()
            raise PithError(f"the pith worker speaks another protocol: {hello!r}")
        self.pid = hello.get("pid")

    # -- reading events --

    def _died(self):
        code = self._reap()
        how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
        return WorkerCrashed(f"the pith worker (pid {self.proc.pid}) died ({how})")

    def _reap(self):
        """Kill the process (if it still runs), wait for it and close its pipes; its exit status."""
        self.dead = True
        try:
            self.proc.kill()
        except OSError:
            pass
        code = self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass
        return code

    def _read_line(self, deadline):
        while True:
            i = self._buf.find(b"\n", self._scan)
            if i >= 0:
                line = bytes(self._buf[:i])
                del self._buf[:i + 1]
                self._scan = 0
                return line
            self._scan = len(self._buf)
            if deadline is not None:
                left = deadline - time.monotonic()
                ready = left > 0 and select.select([self._fd], [], [], left)[0]
                if not ready:
                    # the worker is busy past the host's deadline: the only way to stop it is to stop it
                    self.kill()
                    raise Timeout("the run took longer than its timeout; the worker running it was stopped")
            chunk = os.read(self._fd, 1 << 16)
            if not chunk:
                raise self._died()
            self._buf += chunk

    def _read_event(self, deadline):
        line = self._read_line(deadline)
        try:
            return json.loads(line)
        except ValueError as exc:
            self.kill()
            raise PithError(f"the pith worker wrote a line that is not JSON: {line[:200]!r}") from exc

    # -- requests --

    def request(self, msg, deadline=None, on_output=None):
        """Send one request and return its reply event (a dict); output events met on the way go to
        on_output(text). Raises WorkerCrashed if the process is gone, Timeout past deadline."""
        with self.lock:
            if self.dead:
                raise WorkerCrashed("the pith worker running this execution has died")
            self._next_id += 1
            rid = self._next_id
            msg = dict(msg, id=rid)
            data = (json.dumps(msg, allow_nan=False, separators=(",", ":")) + "\n").encode("utf-8")
            while self.abandoned:
                # cancels without an id: their replies match no request and are skipped below
                data = b'{"op":"cancel","exec":%d}\n' % self.abandoned.pop() + data
            try:
                view = memoryview(data)
                while view:
                    n = os.write(self.proc.stdin.fileno(), view)
                    view = view[n:]
            except OSError:
                raise self._died() from None
            while True:
                ev = self._read_event(deadline)
                if ev.get("event") == "output":
                    if on_output is not None:
                        on_output(ev.get("text", ""))
                    continue
                if ev.get("id") == rid:
                    return ev
                # an event without our id can only be an error about a line we did not send: ignore it

    def call(self, msg, deadline=None, on_output=None):
        """request(), raising ProtocolError for an error reply."""
        ev = self.request(msg, deadline, on_output)
        if ev.get("event") == "error":
            raise ProtocolError(ev.get("code", "error"), ev.get("message", ""))
        return ev

    def kill(self):
        self._reap()

    def close(self):
        """End the worker: close its stdin (it exits when it has read everything), kill it if it lingers."""
        if self.dead:
            return
        self.dead = True
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self._reap()


class Pool:
    """A pool of up to `size` worker processes, started as needed and reused across runs. A run goes to an
    idle worker (the one with the fewest waiting executions), else a new one while fewer than size run,
    else it waits for the least loaded one. A dead worker is dropped and replaced on a later run."""

    def __init__(self, size=2, binary=None):
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.size = size
        self.binary = find_binary(binary)
        self._workers = []
        self._lock = threading.Lock()
        self._closed = False

    def worker(self):
        with self._lock:
            if self._closed:
                raise PithError("this pool is closed")
            self._workers = [w for w in self._workers if not w.dead]
            idle = [w for w in self._workers if not w.lock.locked()]
            if idle:
                return min(idle, key=lambda w: w.live)
            if len(self._workers) < self.size:
                w = Worker(self.binary)
                self._workers.append(w)
                return w
            return min(self._workers, key=lambda w: w.live)

    def workers(self):
        """The live workers (for tests and statistics)."""
        with self._lock:
            return [w for w in self._workers if not w.dead]

    def close(self):
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, []
        for w in workers:
            w.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
