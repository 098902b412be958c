#!/usr/bin/env python3
"""Resource-limit runner: runs every tests/limits/<name>.py "bomb" under `pith run` with the flags of its
`# limit:` directive and checks that pith stops it the way it says (format: tests/limits/README.md):

  - a bomb (`# expect limit: Kind`) must exit 1 with a last stderr line starting with "Kind:";
  - a program without one (only `# expect:` lines) must exit 0 having printed exactly those lines;
  - `# expect:` lines in a bomb must equal the whole stdout (checked only when there are some);
  - with --max-time S in its flags, the wall time must stay within 2*S + 0.5 s (process start-up; a miss
    on time alone is measured once more, since the machine's speed drifts);
  - with --max-memory SIZE, the peak RSS of the pith process (from wait4) must stay within SIZE + 64 MiB;
  - with --max-output SIZE, stdout must hold at most SIZE bytes.

The bombs are NEVER run under CPython: they would run away. Each pith process gets a hard timeout (default
20 s; its whole process group is killed) and an address-space cap (default 4 GiB, RLIMIT_AS via prlimit) as a
safety net for a pith that does not enforce its limits; a run that hits either is a failure.

Usage: python3 tests/limits/run_limits.py [--pith PATH] [-j N] [-k SUBSTR] [--timeout S] [--sanitized] [-v] [PATH...]
(--sanitized: pith is an ASan/UBSan build; see tests/limits/README.md.)
Prints one line per failing program with the reasons, then "limits: N passed, M failed";
exit status 1 if anything failed (or no program was found).
"""

import argparse
import concurrent.futures
import json
import os
import re
import resource
import shlex
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import run_cases  # noqa: E402  (tests/run_cases.py: the host/input directives the runners share)

KINDS = ("TimeLimitExceeded", "MemoryLimitExceeded", "RecursionError", "HostCallLimitExceeded",
         "OutputLimitExceeded")
MIB = 1 << 20
RSS_OVERHEAD = 64 * MIB        # fixed allowance over --max-memory: binary, libtcc, generated code, stacks
STARTUP_SLACK = 0.5            # seconds allowed on top of 2 * --max-time
STDOUT_KEEP = 4 * MIB          # bytes of stdout kept for checking (the rest is counted, not stored)
STDERR_KEEP = 64 * 1024        # bytes of stderr kept (the tail: the last line is what matters)

# --- bomb file parsing --------------------------------------------------------------------------------------

# Whole-line comments "# KEYWORD: VALUE"; longer keywords first in the alternation.
DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect limit|expect|limit|host|input)\s*:(.*)$")
# Look-alikes (e.g. "# expect runtime error:", "# limits:") are format errors, not silently ignored.
NEAR_DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect[\w -]*|limit[\w -]*|host|input)\s*:")
SIZE_RE = re.compile(r"^(\d+)([KMG]?)(i?B)?$", re.IGNORECASE)
VALUE_FLAGS = ("--max-time", "--max-memory", "--max-allocations", "--max-depth", "--max-host-calls",
               "--max-output")


class FormatError(Exception):
    """A malformed limits file (reported as a failure of that file)."""


class Bomb:
    """The directives of one file.

    path        -- as passed to pith and shown in reports
    flags       -- the `# limit:` flags, split like a shell would
    kind        -- expected limit kind (one of KINDS), or None for a program that must finish normally
    stdout      -- `# expect:` lines (None when the file has none)
    hosts       -- [(name, json)] from `# host:`; inputs -- [(name, json)] from `# input:`
    max_time, max_memory, max_output -- the values of those flags (seconds, bytes, bytes) or None
    """

    def __init__(self, path):
        self.path = path
        self.flags = None
        self.kind = None
        self.stdout = None
        self.hosts = []
        self.inputs = []
        self.max_time = None
        self.max_memory = None
        self.max_output = None


def parse_size(text):
    """'65536', '64K', '64M', '1G' (binary multiples; an optional 'B'/'iB') -> bytes."""
    m = SIZE_RE.match(text.strip())
    if not m:
        raise FormatError("bad size %r (bytes, or a K/M/G suffix)" % text)
    return int(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2).upper()]


def flag_values(flags):
    """{flag: value} for the value-taking --max-* flags (both '--flag V' and '--flag=V' forms)."""
    out, i = {}, 0
    while i < len(flags):
        f = flags[i]
        name, eq, val = f.partition("=")
        if name in VALUE_FLAGS:
            if not eq:
                if i + 1 >= len(flags):
                    raise FormatError("'# limit:' flag %s needs a value" % name)
                i += 1
                val = flags[i]
            out[name] = val
        i += 1
    return out


def parse_bomb(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError("cannot read file: %s" % e)
    b = Bomb(path)
    names = set()
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        m = DIRECTIVE_RE.match(line)
        if not m:
            if NEAR_DIRECTIVE_RE.match(line):
                raise FormatError("line %d: unknown directive: %s" % (lineno, line.strip()))
            continue
        kind, value = m.group(1), m.group(2)
        value = value[1:] if value.startswith(" ") else value   # one separating space is syntax
        where = "line %d: " % lineno
        if kind == "limit":
            if b.flags is not None:
                raise FormatError(where + "more than one '# limit:'")
            try:
                b.flags = shlex.split(value)
            except ValueError as e:
                raise FormatError(where + "bad '# limit:' flags: %s" % e)
        elif kind == "expect limit":
            if b.kind is not None:
                raise FormatError(where + "more than one '# expect limit:'")
            if value.strip() not in KINDS:
                raise FormatError(where + "'# expect limit:' must be one of " + ", ".join(KINDS))
            b.kind = value.strip()
        elif kind == "expect":
            if b.stdout is None:
                b.stdout = []
            b.stdout.append(value)
        else:
            try:
                run_cases.add_declaration(kind, value, names, b.hosts, b.inputs)
            except ValueError as e:
                raise FormatError(where + str(e))
    if b.flags is None:
        raise FormatError("no '# limit:' directive (write '# limit:' alone for the defaults)")
    if b.kind is None and b.stdout is None:
        raise FormatError("needs '# expect limit: Kind' or '# expect:' lines")
    vals = flag_values(b.flags)
    if "--max-time" in vals:
        try:
            b.max_time = float(vals["--max-time"])
        except ValueError:
            raise FormatError("bad --max-time value %r" % vals["--max-time"])
    if "--max-memory" in vals:
        b.max_memory = parse_size(vals["--max-memory"])
    if "--max-output" in vals:
        b.max_output = parse_size(vals["--max-output"])
    return b


def find_files(paths, substring, exclude):
    found = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
                for name in sorted(files):
                    if name.endswith(".py") and not name.startswith("."):
                        found.append(os.path.join(root, name))
        elif os.path.isfile(p):
            found.append(p)
        else:
            raise FormatError("no such file or directory: %s" % p)
    seen, out = set(), []
    for p in found:
        if os.path.abspath(p) == exclude or p in seen:
            continue
        if substring is None or substring in p:
            seen.add(p)
            out.append(p)
    return out


# --- running ------------------------------------------------------------------------------------------------

class Run:
    """One pith process: rc (None when killed on timeout), stdout (first STDOUT_KEEP bytes, decoded),
    stdout_bytes (total), stderr (last STDERR_KEEP bytes, decoded), wall seconds, peak RSS in bytes."""

    def __init__(self):
        self.rc = None
        self.stdout = ""
        self.stdout_bytes = 0
        self.stderr = ""
        self.wall = 0.0
        self.maxrss = None
        self.error = None


def _drain(stream, keep_head, keep, sink):
    """Read a pipe to EOF, keeping its head (keep_head) or tail bytes; sink = [bytearray, total]."""
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        sink[1] += len(chunk)
        buf = sink[0]
        if keep_head:
            if len(buf) < keep:
                buf += chunk[:keep - len(buf)]
        else:
            buf += chunk
            if len(buf) > keep:
                del buf[:len(buf) - keep]
    stream.close()


def run_pith(pith, bomb, opts):
    cmd = [pith, "run", bomb.path] + list(bomb.flags)
    if bomb.kind is None and bomb.max_time is None:
        # a program that must finish is not a race against pith's 5 s default: its time limit is the hard
        # timeout, so a loaded machine or a sanitizer build cannot turn it into a TimeLimitExceeded
        cmd += ["--max-time", "%g" % opts.timeout]
    for name, js in bomb.inputs:
        cmd += ["--input", "%s=%s" % (name, js)]
    for name, js in bomb.hosts:
        cmd += ["--ext", "%s=%s" % (name, js)]
    r = Run()
    start = time.monotonic()
    try:
        # A new session, so that a timeout can kill the whole process group. No preexec_fn (unsafe with the
        # worker threads): the address-space cap is set with prlimit right after the spawn.
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        r.rc, r.error = 127, "cannot run %s: %s" % (pith, e)
        return r
    if opts.address_space > 0:
        try:
            cap = opts.address_space
            resource.prlimit(p.pid, resource.RLIMIT_AS, (cap, cap))
        except (OSError, ValueError, AttributeError):
            pass
    out, err = [bytearray(), 0], [bytearray(), 0]
    readers = [threading.Thread(target=_drain, args=(p.stdout, True, STDOUT_KEEP, out), daemon=True),
               threading.Thread(target=_drain, args=(p.stderr, False, STDERR_KEEP, err), daemon=True)]
    for t in readers:
        t.start()
    deadline = start + opts.timeout
    status = ru = None
    killed = False
    while True:
        pid, st, usage = os.wait4(p.pid, os.WNOHANG)
        if pid == p.pid:
            status, ru = st, usage
            break
        if time.monotonic() >= deadline and not killed:
            killed = True
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.005)
    r.wall = time.monotonic() - start
    p.returncode = -1  # reaped here via wait4; keep Popen from waiting again
    try:
        os.killpg(p.pid, signal.SIGKILL)   # anything the program left behind in its group
    except OSError:
        pass
    for t in readers:
        t.join(5)
    r.maxrss = ru.ru_maxrss * 1024 if ru is not None else None   # Linux reports KiB
    if killed:
        r.rc = None
    elif os.WIFEXITED(status):
        r.rc = os.WEXITSTATUS(status)
    else:
        r.rc = -os.WTERMSIG(status)
    r.stdout = bytes(out[0]).decode("utf-8", "replace")
    r.stdout_bytes = out[1]
    r.stderr = bytes(err[0]).decode("utf-8", "replace")
    return r


# --- checking -----------------------------------------------------------------------------------------------

def stderr_lines(text):
    return [l for l in text.replace("\r\n", "\n").split("\n") if l.strip()]


def short(text, n=110):
    text = text.strip()
    return text if len(text) <= n else text[:n - 3] + "..."


def check(bomb, r, opts):
    """A list of reasons the run is wrong (empty when it passed)."""
    if r.error:
        return [r.error]
    return check_status(bomb, r, opts) + check_resources(bomb, r, opts)


def check_status(bomb, r, opts):
    """Reasons the exit status or the last stderr line is wrong (tests/security/run_security.py shares it)."""
    reasons = []
    errs = stderr_lines(r.stderr)
    last = errs[-1] if errs else "<no stderr>"
    if r.rc is None:
        reasons.append("not stopped: killed after the %gs hard timeout" % opts.timeout)
    elif r.rc == 2:
        reasons.append("exit 2 (usage or compile error): %s" % short(errs[0] if errs else "<no stderr>"))
    elif r.rc < 0:
        reasons.append("killed by signal %d (%s)" % (-r.rc, short(last)))
    elif bomb.kind is not None:
        if r.rc != 1:
            reasons.append("exit %d, expected 1 with %s" % (r.rc, bomb.kind))
        elif not last.startswith(bomb.kind + ":"):
            reasons.append("last stderr line is %r, expected %s:..." % (short(last), bomb.kind))
    elif r.rc != 0:
        reasons.append("exit %d, expected a normal finish: %s" % (r.rc, short(last)))
    if bomb.stdout is not None:
        expected = "".join(line + "\n" for line in bomb.stdout)
        if r.stdout != expected:
            got = r.stdout.split("\n")
            if got and got[-1] == "":
                got.pop()
            reasons.append("stdout %s, expected %s" % (short(json.dumps(got), 80), short(json.dumps(bomb.stdout),
                                                                                        80)))
    return reasons


def check_resources(bomb, r, opts):
    """Reasons the run took too long, too much memory or printed too much for its flags."""
    reasons = []
    slack = getattr(opts, "startup_slack", STARTUP_SLACK)
    if bomb.max_time is not None and r.rc is not None:
        allowed = 2 * bomb.max_time + slack
        if r.wall > allowed:
            reasons.append("wall time %.2fs > %.2fs (2 x --max-time %g + %gs)" % (r.wall, allowed, bomb.max_time,
                                                                                 slack))
    if bomb.max_memory is not None and r.maxrss is not None and not getattr(opts, "sanitized", False):
        allowed = bomb.max_memory + RSS_OVERHEAD
        if r.maxrss > allowed:
            reasons.append("peak RSS %.1f MiB > %.1f MiB (--max-memory + 64 MiB)" % (r.maxrss / MIB,
                                                                                    allowed / MIB))
    if bomb.max_output is not None and r.stdout_bytes > bomb.max_output:
        reasons.append("printed %d bytes > --max-output %d" % (r.stdout_bytes, bomb.max_output))
    return reasons


def run_one(path, opts):
    try:
        bomb = parse_bomb(path)
    except FormatError as e:
        return path, ["malformed: %s" % e], None
    r = run_pith(opts.pith, bomb, opts)
    reasons = check(bomb, r, opts)
    if reasons and all(x.startswith("wall time") for x in reasons):
        # the right limit stopped it, only late: this machine's speed drifts (up to 2x within a minute) and two
        # bombs share its two cores, so a timing-only miss is measured once more, alone in its slot
        r = run_pith(opts.pith, bomb, opts)
        reasons = check(bomb, r, opts)
    return path, reasons, r


def add_sanitized_flag(ap):
    ap.add_argument("--sanitized", action="store_true",
                    help="pith is an ASan/UBSan build: no address-space cap (ASan reserves terabytes of shadow), "
                         "no peak-RSS check (shadow and quarantine), 3x the hard timeout, 2 s of start-up slack")


def apply_sanitized(opts):
    """The --sanitized adjustments (shared with tests/security/run_security.py)."""
    opts.startup_slack = STARTUP_SLACK
    if opts.sanitized:
        opts.address_space = 0
        opts.timeout *= 3
        opts.startup_slack = 2.0


def main(argv):
    ap = argparse.ArgumentParser(description="Run pith's resource-limit bombs (tests/limits/).")
    ap.add_argument("paths", nargs="*", help="bomb files or directories (default: tests/limits)")
    ap.add_argument("--pith", help="path to the pith binary (default: build/pith)")
    ap.add_argument("-j", type=int, default=2, metavar="N", help="parallel processes (default 2)")
    ap.add_argument("-k", metavar="SUBSTRING", help="only files whose path contains SUBSTRING")
    ap.add_argument("--timeout", type=float, default=20.0, help="hard timeout per process (default 20 s)")
    ap.add_argument("--address-space", type=parse_size, default=4 << 30, metavar="SIZE",
                    help="RLIMIT_AS safety cap for each pith process (default 4G; 0 = none)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing files with their numbers")
    add_sanitized_flag(ap)
    opts = ap.parse_args(argv)
    apply_sanitized(opts)

    here = os.path.dirname(os.path.abspath(__file__))
    paths = opts.paths or [os.path.relpath(here)]
    if opts.pith is None:
        opts.pith = os.path.relpath(os.path.join(here, "..", "..", "build", "pith"))
    try:
        files = find_files(paths, opts.k, os.path.abspath(__file__))
    except FormatError as e:
        print("error: %s" % e)
        print("limits: 0 passed, 1 failed")
        return 1
    if not files:
        print("error: no bomb files found in %s%s" % (", ".join(paths), " matching %r" % opts.k if opts.k else ""))
        print("limits: 0 passed, 1 failed")
        return 1
    if not (os.path.isfile(opts.pith) and os.access(opts.pith, os.X_OK)):
        print("error: pith binary not found or not executable: %s" % opts.pith)
        print("limits: 0 passed, %d failed" % len(files))
        return 1

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.j)) as pool:
        for path, reasons, r in pool.map(lambda p: run_one(p, opts), files):
            if reasons:
                failed += 1
                print("FAIL %s: %s" % (path, "; ".join(reasons)))
            else:
                passed += 1
                if opts.verbose:
                    print("ok   %s (%.2fs, peak RSS %.1f MiB)" % (path, r.wall, (r.maxrss or 0) / MIB))
            sys.stdout.flush()
    print("limits: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
