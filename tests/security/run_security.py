#!/usr/bin/env python3
"""Hostile-program runner (tests stage): runs every tests/security/<name>.py under `pith run` in a child process
with a hard timeout and an address-space cap, and fails a program that kills pith by a signal, hangs, or ends
differently from its directives (format: tests/security/README.md). Programs whose expected outcome is
CPython's are also run under CPython 3.11 to check the expectation itself.

The directive grammar is the union of the case format (tests/cases/README.md) and the limits format
(tests/limits/README.md), and so is the checking: this runner imports both runners instead of copying them.

Usage: python3 tests/security/run_security.py [--pith PATH] [-j N] [-k SUBSTR] [--timeout S] [--no-cpython]
                                              [--sanitized] [-v] [PATH...]
Prints the known failures (always), one FAIL line per failing program, then "security: N passed, M failed";
exit status 1 if anything failed (or no program was found).
"""

import argparse
import concurrent.futures
import copy
import json
import os
import re
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))            # run_cases: case directives, the CPython driver
sys.path.insert(0, os.path.join(HERE, "..", "limits"))  # run_limits: child processes, limit checks

import run_cases   # noqa: E402
import run_limits  # noqa: E402

# Programs that still fail, each with the reason, printed on every run. A listed program is run and reported
# like any other, but its failure does not fail the suite; when it passes, the runner says so (remove it here).
# Fix the bug, not the list: a crash belongs here only while the code that must fix it is being reworked.
KNOWN_FAILURES = {
    # each entry: "file.py": "why it fails today" (printed on every run; a fixed one is reported as FIXED)
}

DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect runtime error|expect error|expect limit|expect|limit|host|input|"
                          r"pith only)\s*:(.*)$")
NEAR_DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect[\w -]*|limit[\w -]*|host|input|pith[\w -]*|cpython[\w -]*)\s*:")


class Program:
    """The directives of one hostile program. It quacks like both a run_cases.Case (stdout, runtime_error,
    compile_error, hosts, inputs, path) and a run_limits.Bomb (flags, kind, stdout, max_time, max_memory,
    max_output), so both runners' checks apply to it unchanged.

    pith_only -- the reason the expected outcome is pith's own (a documented refusal) rather than CPython's,
                 or None; compile errors and limits are pith's own without saying so, and never run under CPython
    """

    def __init__(self, path):
        self.path = path
        self.flags = []
        self.kind = None
        self.stdout = None
        self.runtime_error = None
        self.compile_error = None
        self.hosts = []
        self.inputs = []
        self.pith_only = None
        self.max_time = self.max_memory = self.max_output = None

    def expects_cpython(self):
        return self.kind is None and self.compile_error is None and self.pith_only is None


class FormatError(Exception):
    pass


def parse_program(path):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
    except OSError as e:
        raise FormatError("cannot read file: %s" % e)
    prog = Program(path)
    limit_seen = False
    names = set()
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        m = DIRECTIVE_RE.match(line)
        if not m:
            if NEAR_DIRECTIVE_RE.match(line):
                raise FormatError("line %d: unknown directive: %s" % (lineno, line.strip()))
            continue
        kind, value = m.group(1), run_cases.strip_one_space(m.group(2))
        where = "line %d: " % lineno
        if kind == "limit":
            if limit_seen:
                raise FormatError(where + "more than one '# limit:'")
            limit_seen = True
            try:
                prog.flags = shlex.split(value)
            except ValueError as e:
                raise FormatError(where + "bad '# limit:' flags: %s" % e)
        elif kind == "expect limit":
            if prog.kind is not None or value.strip() not in run_limits.KINDS:
                raise FormatError(where + "one '# expect limit:', one of " + ", ".join(run_limits.KINDS))
            prog.kind = value.strip()
        elif kind == "expect":
            prog.stdout = (prog.stdout or []) + [value]
        elif kind == "expect runtime error":
            if prog.runtime_error is not None or not value.strip():
                raise FormatError(where + "one '# expect runtime error: ExcType: message'")
            prog.runtime_error = value.strip()
        elif kind == "expect error":
            cm = run_cases.COMPILE_ERROR_RE.match(value.strip())
            if prog.compile_error is not None or not cm:
                raise FormatError(where + "one '# expect error: LINE:COL: TEXT'")
            prog.compile_error = (int(cm.group(1)), int(cm.group(2)), cm.group(3).strip())
        elif kind == "pith only":
            if not value.strip():
                raise FormatError(where + "'# pith only:' needs the reason CPython is not the reference")
            prog.pith_only = value.strip()
        else:
            try:
                run_cases.add_declaration(kind, value, names, prog.hosts, prog.inputs)
            except ValueError as e:
                raise FormatError(where + str(e))
    outcomes = [prog.kind is not None, prog.runtime_error is not None, prog.compile_error is not None]
    if sum(outcomes) > 1:
        raise FormatError("more than one of '# expect limit:', '# expect runtime error:', '# expect error:'")
    if not any(outcomes) and prog.stdout is None:
        raise FormatError("no expected outcome: '# expect:' lines, a runtime error, a compile error or a limit")
    if prog.compile_error is not None and prog.stdout:
        raise FormatError("'# expect error:' cannot be combined with '# expect:'")
    vals = run_limits.flag_values(prog.flags)
    try:
        if "--max-time" in vals:
            prog.max_time = float(vals["--max-time"])
        if "--max-memory" in vals:
            prog.max_memory = run_limits.parse_size(vals["--max-memory"])
        if "--max-output" in vals:
            prog.max_output = run_limits.parse_size(vals["--max-output"])
    except (ValueError, run_limits.FormatError) as e:
        raise FormatError("bad '# limit:' value: %s" % e)
    if prog.stdout is None and prog.kind is None:
        prog.stdout = []
    return prog


def check_program(prog, opts, retried=False):
    """Reasons the program's pith run (and CPython run, when CPython is the reference) went wrong."""
    run_opts = opts
    if prog.kind == "TimeLimitExceeded" and prog.max_time is not None:
        # a time bomb that is not stopped is known after twice its limit: do not wait the whole hard timeout
        run_opts = copy.copy(opts)
        run_opts.timeout = min(opts.timeout, (4 * prog.max_time + 5) * (3 if opts.sanitized else 1))
    r = run_limits.run_pith(opts.pith, prog, run_opts)
    if r.error:
        return [r.error]
    if r.rc is None:
        return ["hang: killed after the %gs hard timeout" % run_opts.timeout]
    if r.rc < 0:
        errs = run_limits.stderr_lines(r.stderr)
        return ["killed by signal %d (%s)" % (-r.rc, run_limits.short(errs[-1] if errs else "<no stderr>"))]
    if prog.kind is not None:
        reasons = run_limits.check_status(prog, r, opts)
    else:
        bad = run_cases.check_pith(prog, r, opts.timeout)
        reasons = [] if bad is None else ["%s: expected %s, got %s" % (
            bad[0], run_limits.short(json.dumps(bad[1]), 150), run_limits.short(json.dumps(bad[2]), 150))]
    reasons += run_limits.check_resources(prog, r, opts)
    if reasons and all(x.startswith("wall time") for x in reasons) and not retried:
        # the right outcome, only late: measured once more, as run_limits.run_one does (the machine's speed drifts)
        return check_program(prog, opts, retried=True)
    if opts.cpython and prog.expects_cpython():
        bad = run_cases.check_cpython(prog, run_cases.run_cpython(prog, opts.timeout), opts.timeout)
        if bad is not None:
            reasons.append("CPython disagrees with the expectation (%s): expected %s, CPython %s" % (
                bad[0], run_limits.short(json.dumps(bad[1]), 150), run_limits.short(json.dumps(bad[2]), 150)))
    return reasons


def run_one(path, opts):
    try:
        prog = parse_program(path)
    except FormatError as e:
        return path, ["malformed: %s" % e]
    return path, check_program(prog, opts)


def main(argv):
    ap = argparse.ArgumentParser(description="Run pith's hostile programs (tests/security/).")
    ap.add_argument("paths", nargs="*", help="program files or directories (default: tests/security)")
    ap.add_argument("--pith", help="path to the pith binary (default: build/pith)")
    ap.add_argument("-j", type=int, default=2, metavar="N", help="parallel processes (default 2)")
    ap.add_argument("-k", metavar="SUBSTRING", help="only files whose path contains SUBSTRING")
    ap.add_argument("--timeout", type=float, default=20.0, help="hard timeout per process (default 20 s)")
    ap.add_argument("--address-space", type=run_limits.parse_size, default=4 << 30, metavar="SIZE",
                    help="RLIMIT_AS cap for each pith process (default 4G; 0 = none)")
    ap.add_argument("--no-cpython", action="store_true", help="do not check CPython-referenced expectations")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing files")
    run_limits.add_sanitized_flag(ap)
    opts = ap.parse_args(argv)
    run_limits.apply_sanitized(opts)
    opts.cpython = not opts.no_cpython
    paths = opts.paths or [os.path.relpath(HERE)]
    if opts.pith is None:
        opts.pith = os.path.relpath(os.path.join(HERE, "..", "..", "build", "pith"))
    try:
        files = run_limits.find_files(paths, opts.k, os.path.abspath(__file__))
    except run_limits.FormatError as e:
        print("error: %s" % e)
        print("security: 0 passed, 1 failed")
        return 1
    if not files:
        print("error: no programs found in %s" % ", ".join(paths))
        print("security: 0 passed, 1 failed")
        return 1
    if not (os.path.isfile(opts.pith) and os.access(opts.pith, os.X_OK)):
        print("error: pith binary not found or not executable: %s" % opts.pith)
        print("security: 0 passed, %d failed" % len(files))
        return 1

    print("known failures (%d, not counted; tests/security/run_security.py KNOWN_FAILURES):" % len(KNOWN_FAILURES))
    for name in sorted(KNOWN_FAILURES):
        print("  %s: %s" % (name, KNOWN_FAILURES[name]))
    passed = failed = known = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.j)) as pool:
        for path, reasons in pool.map(lambda p: run_one(p, opts), files):
            name = os.path.basename(path)
            if name in KNOWN_FAILURES:
                known += 1
                if reasons:
                    print("known %s: %s" % (path, "; ".join(reasons)))
                else:
                    print("FIXED %s passes now: remove it from KNOWN_FAILURES" % path)
            elif reasons:
                failed += 1
                print("FAIL %s: %s" % (path, "; ".join(reasons)))
            else:
                passed += 1
                if opts.verbose:
                    print("ok   %s" % path)
            sys.stdout.flush()
    print("security: %d passed, %d failed, %d known failures" % (passed, failed, known))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
