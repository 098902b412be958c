#!/usr/bin/env python3
"""Case-file runner (tests stage): runs every tests/cases/<area>/*.py under `pith run` and under CPython
(this interpreter, expected to be 3.11) and checks both against the expectations written inline in the
case's comments. The case format is described in tests/cases/README.md; the pith CLI contract it drives
is `pith run FILE.py [--input NAME=JSON]... [--ext NAME=JSON]...` (exit 0 ok, 1 uncaught exception, 2 compile error).
Replay mode (default for cases with `# host:` directives): the case runs a second time with
`pith run --replay-snapshots`, which at every external call dumps the execution, frees it and its engine, and
resumes from the snapshot loaded into a fresh engine; stdout, stderr and the exit status must be identical to
the straight run's (a difference is reported as `FAIL path [replay]`).

Usage: python3 tests/run_cases.py [--pith PATH] [--cpython-only | --no-cpython] [--no-replay] [-j N]
                                  [-k SUBSTR] [--timeout SECONDS] [-v] PATH...
Ends with the line "cases: N passed, M failed"; exit status 1 if anything failed (or nothing was found).
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import subprocess
import sys

# --- case file parsing ------------------------------------------------------------------------------------

# A directive is a whole-line comment "# KEYWORD: VALUE". Longer keywords come first in the alternation.
DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect runtime error|expect error|expect|host|input)\s*:(.*)$")
# Comments that look like a directive but are not one (typos such as "# expect runtime-error:") are format
# errors rather than silently ignored lines.
NEAR_DIRECTIVE_RE = re.compile(r"^\s*#\s*(expect[\w -]*|host|input)\s*:")
COMPILE_ERROR_RE = re.compile(r"^(\d+):(\d+):\s?(.*)$")
HOST_RE = re.compile(r"^([A-Za-z_]\w*)\s*->\s*(.+)$")
INPUT_RE = re.compile(r"^([A-Za-z_]\w*)\s*=\s*(.+)$")


def add_declaration(kind, value, names, hosts, inputs):
    """One '# host: NAME -> JSON' or '# input: NAME = JSON' directive into hosts or inputs as (name, json);
    raises ValueError with the reason when it is malformed or names something twice (shared by the case,
    limits and security runners)."""
    dm = (HOST_RE if kind == "host" else INPUT_RE).match(value.strip())
    if not dm:
        raise ValueError("'# %s:' needs '%s'" % (kind, "NAME -> JSON" if kind == "host" else "NAME = JSON"))
    name, js = dm.group(1), dm.group(2).strip()
    try:
        json.loads(js)
    except ValueError as e:
        raise ValueError("invalid JSON for %s: %s" % (name, e))
    if name in names:
        raise ValueError("%s is declared twice" % name)
    names.add(name)
    (hosts if kind == "host" else inputs).append((name, js))


class CaseFormatError(Exception):
    """A case file whose directives are malformed (always reported as a failure of that case)."""


class Case:
    """The expectations of one case file.

    path          -- the path as passed to pith (and shown in reports)
    stdout        -- expected stdout lines, in order (each one terminated by a newline in the real output)
    runtime_error -- "ExcType: message" expected as stderr's last line with exit 1, or None
    compile_error -- (line, col, text) of an expected compile diagnostic (exit 2), or None
    hosts         -- [(name, json_text)] external functions, in file order
    inputs        -- [(name, json_text)] predefined globals, in file order
    """

    def __init__(self, path):
        self.path = path
        self.stdout = []
        self.runtime_error = None
        self.compile_error = None
        self.hosts = []
        self.inputs = []


def strip_one_space(text):
    """Directive values start after "KEYWORD:"; one separating space is syntax, the rest is content."""
    return text[1:] if text.startswith(" ") else text


def parse_case(path):
    """Read a case file and return its Case; raise CaseFormatError on a malformed directive."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise CaseFormatError("cannot read case file: %s" % e)
    case = Case(path)
    names = set()
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        m = DIRECTIVE_RE.match(line)
        if not m:
            if NEAR_DIRECTIVE_RE.match(line):
                raise CaseFormatError("line %d: unknown directive: %s" % (lineno, line.strip()))
            continue
        kind, value = m.group(1), strip_one_space(m.group(2))
        where = "line %d: " % lineno
        if kind == "expect":
            if case.runtime_error is not None:
                raise CaseFormatError(where + "'# expect:' after '# expect runtime error:'")
            case.stdout.append(value)
        elif kind == "expect runtime error":
            if case.runtime_error is not None:
                raise CaseFormatError(where + "more than one '# expect runtime error:'")
            if not value.strip():
                raise CaseFormatError(where + "'# expect runtime error:' needs 'ExcType: message'")
            case.runtime_error = value.strip()
        elif kind == "expect error":
            if case.compile_error is not None:
                raise CaseFormatError(where + "more than one '# expect error:'")
            cm = COMPILE_ERROR_RE.match(value.strip())
            if not cm:
                raise CaseFormatError(where + "'# expect error:' needs 'LINE:COL: TEXT'")
            case.compile_error = (int(cm.group(1)), int(cm.group(2)), cm.group(3).strip())
        else:
            try:
                add_declaration(kind, value, names, case.hosts, case.inputs)
            except ValueError as e:
                raise CaseFormatError(where + str(e))
    if case.compile_error is not None and (case.stdout or case.runtime_error is not None):
        raise CaseFormatError("'# expect error:' cannot be combined with '# expect:' or a runtime error")
    return case


def find_cases(paths, substring):
    """Every case file under the given files/directories (sorted, deduplicated), filtered by -k."""
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
            raise CaseFormatError("no such file or directory: %s" % p)
    seen, out = set(), []
    for p in found:
        if p not in seen and (substring is None or substring in p):
            seen.add(p)
            out.append(p)
    return out


# --- running -----------------------------------------------------------------------------------------------

# Executed by `python -I -S -X utf8 -c DRIVER PATH SPEC_JSON`: emulates the pith CLI contract under CPython.
# Hosts become functions returning a fresh json.loads of their value; inputs become predefined globals; the
# REPL rule prints repr() of a final expression statement when it is not None. An uncaught exception ends
# with "ExcType: message" as the last stderr line and exit 1; a SyntaxError exits 2 before anything runs.
CPYTHON_DRIVER = r'''
import ast, json, sys, traceback
path, spec = sys.argv[1], json.loads(sys.argv[2])
with open(path, encoding="utf-8") as f:
    src = f.read()
g = {"__name__": "__main__", "__builtins__": __builtins__}
def make_host(name, text):
    def host(*args, **kwargs):
        return json.loads(text)
    host.__name__ = host.__qualname__ = name
    return host
for name, text in spec["hosts"]:
    g[name] = make_host(name, text)
for name, text in spec["inputs"]:
    g[name] = json.loads(text)
try:
    tree = ast.parse(src, path)
    tail = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        tail = compile(ast.Expression(tree.body.pop().value), path, "eval")
    body = compile(tree, path, "exec")
except SyntaxError as e:
    sys.stderr.write("%s:%s:%s: error: %s: %s\n" % (path, e.lineno, e.offset, type(e).__name__, e.msg))
    sys.exit(2)
try:
    exec(body, g)
    if tail is not None:
        value = eval(tail, g)
        if value is not None:
            print(repr(value))
except Exception as e:
    sys.stdout.flush()
    sys.stderr.write("Traceback (most recent call last):\n" + "".join(traceback.format_tb(e.__traceback__)))
    msg = str(e)
    name = type(e).__qualname__  # qualified by its module, as CPython's traceback prints it (re.error)
    if type(e).__module__ not in ("builtins", "__main__"):
        name = type(e).__module__ + "." + name
    sys.stderr.write(name + (": " + msg if msg else "") + "\n")
    sys.exit(1)
'''


class RunResult:
    """What one process did: exit code (None on timeout), decoded stdout and stderr."""

    def __init__(self, rc, stdout, stderr):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr


def run_process(cmd, timeout):
    """Run cmd with no stdin; never raises for the program's own failures (timeout -> rc None)."""
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return RunResult(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return RunResult(None, out, err)
    except OSError as e:
        return RunResult(127, "", "cannot run %s: %s" % (cmd[0], e))


def run_pith(pith, case, timeout, replay=False, fail_allocation=0):
    """Run the case under `pith run` (with --replay-snapshots when replay is set; with allocation number
    fail_allocation made to fail when it is not 0)."""
    cmd = [pith, "run", case.path] + (["--replay-snapshots"] if replay else [])
    # cases test behaviour, not limits: pith's time limit is the runner's own timeout, so a slow machine or a
    # sanitizer build never turns a case into a TimeLimitExceeded (tests/limits checks the limits)
    cmd += ["--max-time", "%g" % timeout]
    if fail_allocation:
        cmd += ["--fail-allocation", str(fail_allocation)]
    for name, js in case.inputs:
        cmd += ["--input", "%s=%s" % (name, js)]
    for name, js in case.hosts:
        cmd += ["--ext", "%s=%s" % (name, js)]
    return run_process(cmd, timeout)


def run_cpython(case, timeout):
    spec = json.dumps({"hosts": case.hosts, "inputs": case.inputs})
    return run_process([sys.executable, "-I", "-S", "-X", "utf8", "-c", CPYTHON_DRIVER, case.path, spec],
                       timeout)


# --- checking ----------------------------------------------------------------------------------------------

def stderr_lines(text):
    return [l for l in text.replace("\r\n", "\n").split("\n") if l.strip()]


def transcript(result, timeout):
    """The observable behaviour of a run as lines: stdout lines, then one bracketed status line."""
    lines = result.stdout.split("\n")
    if result.stdout.endswith("\n"):
        lines.pop()
    elif result.stdout:
        lines.append("[stdout does not end with a newline]")
    else:
        lines = []
    errs = stderr_lines(result.stderr)
    if result.rc is None:
        lines.append("[timeout after %gs]" % timeout)
    elif result.rc == 0:
        lines.append("[exit 0]")
    elif result.rc < 0:
        lines.append("[killed by signal %d]%s" % (-result.rc, (" " + errs[-1]) if errs else ""))
    elif result.rc == 2:
        lines.append("[exit 2] " + (errs[0] if errs else "<no stderr>"))
    else:
        lines.append("[exit %d] %s" % (result.rc, errs[-1] if errs else "<no stderr>"))
    return lines


def expected_transcript(case):
    if case.compile_error is not None:
        line, col, text = case.compile_error
        return ["[exit 2] %s:%d:%d: error: ...%s" % (case.path, line, col, text)]
    status = "[exit 1] " + case.runtime_error if case.runtime_error is not None else "[exit 0]"
    return list(case.stdout) + [status]


def compile_error_matches(case, result):
    """Exit 2, nothing printed, and stderr's first line is 'FILE:LINE:COL: error:' containing TEXT."""
    line, col, text = case.compile_error
    errs = stderr_lines(result.stderr)
    if result.rc != 2 or result.stdout != "" or not errs:
        return False
    prefix = "%s:%d:%d: error:" % (case.path, line, col)
    return errs[0].startswith(prefix) and text in errs[0][len(prefix):]


def check_pith(case, result, timeout):
    """Return None if pith behaved as expected, else (reason, expected lines, actual lines)."""
    exp, act = expected_transcript(case), transcript(result, timeout)
    if case.compile_error is not None:
        ok = compile_error_matches(case, result)
    else:
        ok = exp == act
    return None if ok else ("output or status differs", exp, act)


# CPython's compile-time errors of patterns and of indentation, which pith words and places as CPython does:
# CPython must report the same text at the same line and column.
CPYTHON_COMPILE_ERRORS = re.compile(
    r"makes remaining patterns unreachable|multiple assignments to name '\w+' in pattern|"
    r"alternative patterns bind different names|mapping pattern keys may only match|"
    r"mapping pattern checks duplicate key|multiple starred names in sequence pattern|"
    r"positional patterns follow keyword patterns|patterns may only match literals and attribute lookups|"
    r"attribute name repeated in class pattern|cannot use '_' as a target|"
    r"unindent does not match any outer indentation level|expected an indented block after")


def cpython_expectation(case):
    """How CPython must behave for a case, as (kind, detail): ('run', None) for normal and runtime-error cases;
    for '# expect error:' cases, which are pith's static checks, a cross-check where CPython has the same rule:
    ('syntax', None) -> CPython must reject the source with a SyntaxError; ('syntax_at', None) -> with the same
    text at the same place (CPYTHON_COMPILE_ERRORS); ('raise', 'T: msg') -> CPython must
    raise exactly that when the program runs (so such cases must reach the bad line); ('skip', None) -> not run
    (unsupported constructs and other pith-only rules)."""
    if case.compile_error is None:
        return ("run", None)
    text = case.compile_error[2]
    if "is not supported" in text:
        return ("skip", None)
    if re.match(r"^name '\w+' is not defined$", text):
        return ("raise", "NameError: " + text)
    if re.match(r"^[\w.]+\(\) (takes |missing |got an unexpected keyword argument )", text):  # math.sqrt() too
        return ("raise", "TypeError: " + text)
    if CPYTHON_COMPILE_ERRORS.search(text):
        return ("syntax_at", None)
    if text == "" or "syntax" in text.lower() or "invalid" in text.lower():
        return ("syntax", None)
    return ("skip", None)


def check_cpython(case, result, timeout):
    """Return None if CPython agrees with the expectations, else (reason, expected lines, actual lines)."""
    kind, detail = cpython_expectation(case)
    act = transcript(result, timeout)
    if kind == "run":
        exp = expected_transcript(case)
        return None if exp == act else ("output or status differs", exp, act)
    if kind == "syntax":
        ok = result.rc == 2  # the driver exits 2 only for SyntaxError (and its subclasses) at compile time
        return None if ok else ("CPython does not reject this as a syntax error", ["[exit 2] ...SyntaxError..."],
                                act)
    if kind == "syntax_at":
        ok = compile_error_matches(case, result)
        return None if ok else ("CPython does not report this error there", expected_transcript(case), act)
    errs = stderr_lines(result.stderr)
    ok = result.rc == 1 and errs and errs[-1] == detail
    return None if ok else ("CPython does not raise the diagnostic's message", ["... [exit 1] " + detail],
                            act[-1:])


def raw_lines(result):
    """Everything a run showed, for an exact comparison of two runs: exit status, stdout, stderr lines."""
    status = "[timeout]" if result.rc is None else "[exit %d]" % result.rc
    return ([status] + ["stdout: " + l for l in result.stdout.split("\n")]
            + ["stderr: " + l for l in result.stderr.split("\n")])


def check_replay(straight, replayed):
    """Return None if the --replay-snapshots run showed exactly what the straight run did, else
    (reason, straight lines, replayed lines)."""
    if straight.rc is not None and (straight.rc, straight.stdout, straight.stderr) == \
            (replayed.rc, replayed.stdout, replayed.stderr):
        return None
    reason = "the straight run timed out" if straight.rc is None else "differs from the straight run"
    return (reason, raw_lines(straight), raw_lines(replayed))


class Outcome:
    """Result of one case: path, a list of (leg, reason, expected lines, actual lines) failures, and the legs
    that actually ran (a case with none ran only its format check)."""

    def __init__(self, path):
        self.path = path
        self.failures = []
        self.legs = []


def run_case(path, opts):
    out = Outcome(path)
    try:
        case = parse_case(path)
    except CaseFormatError as e:
        out.failures.append(("format", str(e), None, None))
        return out
    if opts.pith is not None:
        out.legs.append("pith")
        straight = run_pith(opts.pith, case, opts.timeout)
        bad = check_pith(case, straight, opts.timeout)
        if bad:
            out.failures.append(("pith",) + bad)
        if opts.replay and case.hosts and case.compile_error is None:
            out.legs.append("replay")
            bad = check_replay(straight, run_pith(opts.pith, case, opts.timeout, replay=True))
            if bad:
                out.failures.append(("replay",) + bad)
    if opts.cpython and cpython_expectation(case)[0] != "skip":
        out.legs.append("cpython")
        bad = check_cpython(case, run_cpython(case, opts.timeout), opts.timeout)
        if bad:
            out.failures.append(("cpython",) + bad)
    return out


# Allocation numbers made to fail in --fault-injection mode (early ones hit setup, later ones the program).
FAULT_POINTS = (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377)


def check_fault(result, n):
    """A run with allocation n failing must end cleanly: done, or an exception/limit report; never a signal,
    a timeout or an internal error. Returns None, or the failure tuple."""
    err = stderr_lines(result.stderr)
    if result.rc is None or result.rc < 0 or result.rc not in (0, 1) or \
            any("internal error" in l or "SystemError" in l for l in err):
        return ("allocation %d failing: exit %s" % (n, result.rc), [], err[-5:])
    return None


def run_fault_injection(path, opts):
    out = Outcome(path)
    try:
        case = parse_case(path)
    except CaseFormatError as e:
        out.failures.append(("format", str(e), None, None))
        return out
    if case.compile_error is not None:
        return out
    out.legs.append("fault-injection")
    for n in FAULT_POINTS:
        bad = check_fault(run_pith(opts.pith, case, opts.timeout, fail_allocation=n), n)
        if bad:
            out.failures.append(("fault",) + bad)
            break
    return out


def report_failure(path, leg, reason, exp, act):
    print("FAIL %s [%s]: %s" % (path, leg, reason))
    if exp is not None:
        names = ("straight run", "with --replay-snapshots") if leg == "replay" else ("expected", "actual (%s)" % leg)
        for line in difflib.unified_diff(exp, act, names[0], names[1], lineterm="", n=3):
            print("    " + line)


def main(argv):
    ap = argparse.ArgumentParser(description="Run pith case files under pith and CPython.")
    ap.add_argument("paths", nargs="*", help="case files or directories (default: tests/cases)")
    ap.add_argument("--pith", help="path to the pith binary (default: build/pith)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--cpython-only", action="store_true", help="only check the cases against CPython")
    mode.add_argument("--no-cpython", action="store_true", help="only check the cases against pith")
    ap.add_argument("--no-replay", action="store_true",
                    help="do not rerun cases with '# host:' directives under pith run --replay-snapshots")
    ap.add_argument("--fault-injection", action="store_true",
                    help="instead of the normal checks, run each case with allocation N failing for several N: "
                         "every run must end cleanly (done, or a Python error), never crash")
    ap.add_argument("-j", type=int, default=2, metavar="N", help="parallel workers (default 2)")
    ap.add_argument("-k", metavar="SUBSTRING", help="only cases whose path contains SUBSTRING")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per process (default 10)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing cases")
    opts = ap.parse_args(argv)

    here = os.path.dirname(os.path.abspath(__file__))
    paths = opts.paths or [os.path.relpath(os.path.join(here, "cases"))]
    opts.cpython = not opts.no_cpython
    opts.replay = not opts.no_replay
    if opts.cpython_only:
        opts.pith = None
    elif opts.pith is None:
        opts.pith = os.path.relpath(os.path.join(here, "..", "build", "pith"))
    if opts.cpython and sys.version_info[:2] != (3, 11):
        print("warning: expectations are CPython 3.11's; this is %d.%d" % sys.version_info[:2])

    try:
        cases = find_cases(paths, opts.k)
    except CaseFormatError as e:
        print("error: %s" % e)
        print("cases: 0 passed, 1 failed")
        return 1
    if not cases:
        print("error: no case files found in %s%s" % (", ".join(paths),
                                                       " matching %r" % opts.k if opts.k else ""))
        print("cases: 0 passed, 1 failed")
        return 1
    if opts.pith is not None and not (os.path.isfile(opts.pith) and os.access(opts.pith, os.X_OK)):
        print("error: pith binary not found or not executable: %s (use --cpython-only)" % opts.pith)
        print("cases: 0 passed, %d failed" % len(cases))
        return 1

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.j)) as pool:
        check = run_fault_injection if opts.fault_injection else run_case
        outcomes = list(pool.map(lambda p: check(p, opts), cases))
    passed = failed = 0
    for o in outcomes:
        if o.failures:
            failed += 1
            for f in o.failures:
                report_failure(o.path, *f)
        else:
            passed += 1
            if opts.verbose:
                print("ok   %s (%s)" % (o.path, ", ".join(o.legs) or "format only"))
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
