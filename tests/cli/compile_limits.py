#!/usr/bin/env python3
"""compile_limits.py — every compile limit of common/pith_compile_limits.h, checked at and just above it.

For each limit a small generator writes the pathological shape it guards against. At the limit the program
must compile and run with CPython 3.11's output (`python3` on PATH); one step above it, `pith check` must
refuse it with exit status 2 and the limit's diagnostic `FILE:LINE:COL: error: ...` at the expected line.
Where the measure is the compiler's own (nesting depth, IR instructions, bytes of C), the largest accepted
size of the shape is found by bisection with `pith check`, then checked the same way. No time is measured:
whether a compile is fast is a property of the passes (each linear), not of this machine.

Run: python3 tests/cli/compile_limits.py --pith build/pith [--limits common/pith_compile_limits.h]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def read_limits(path):
    """The PITH_MAX_* values of the header (each a C integer expression of literals)."""
    limits = {}
    with open(path) as f:
        for line in f:
            m = re.match(r"#define (PITH_MAX_\w+) (.+?)\s*$", line)
            if m:
                limits[m.group(1)] = int(eval(m.group(2), {"__builtins__": {}}))
    return limits


class Checker:
    def __init__(self, pith, workdir):
        self.pith = pith
        self.dir = workdir
        self.passed = 0
        self.failed = []

    def write(self, name, text):
        path = os.path.join(self.dir, name + ".py")
        with open(path, "w") as f:
            f.write(text)
        return path

    def pith_run(self, *args):
        return subprocess.run([self.pith, *args], capture_output=True, text=True, timeout=120)

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL:", what, file=sys.stderr)

    def compiles(self, path):
        return self.pith_run("check", path).returncode == 0

    def at_limit(self, label, path):
        """Compiles and runs with CPython's output."""
        want = subprocess.run(["python3", path], capture_output=True, text=True, timeout=120)
        got = self.pith_run("run", path)
        self.check(want.returncode == 0, f"{label}: CPython fails on the at-limit program: {want.stderr[-300:]}")
        self.check(got.returncode == 0 and got.stdout == want.stdout,
                   f"{label}: at the limit: exit {got.returncode}, stdout {got.stdout[:200]!r} "
                   f"(CPython: {want.stdout[:200]!r}), stderr {got.stderr[:300]!r}")

    def above_limit(self, label, path, message, line=None):
        """Refused: exit 2, the diagnostic with the limit's message at the expected line."""
        got = self.pith_run("check", path)
        first = got.stderr.splitlines()[0] if got.stderr else ""
        m = re.match(re.escape(path) + r":(\d+):(\d+): error: (.*)$", first)
        self.check(got.returncode == 2 and m is not None and message in m.group(3),
                   f"{label}: above the limit: exit {got.returncode}, first stderr line {first[:300]!r}, "
                   f"expected the message {message!r}")
        # the source line (a window of it when long) and the caret follow, whatever the line's length
        self.check(len(got.stderr) < 1024 and got.stderr.rstrip("\n").endswith("^"),
                   f"{label}: the diagnostic lacks its caret line or is {len(got.stderr)} bytes long")
        if m is not None and line is not None:
            self.check(int(m.group(1)) == line, f"{label}: diagnostic on line {m.group(1)}, expected {line}")

    def largest(self, label, make, lo, hi):
        """The largest n in [lo, hi) whose program make(n) compiles (make(lo) must, make(hi) must not)."""
        if not self.compiles(self.write(label, make(lo))) or self.compiles(self.write(label, make(hi))):
            self.check(False, f"{label}: the bisection bounds {lo}..{hi} do not bracket the limit")
            return None
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.compiles(self.write(label, make(mid))):
                lo = mid
            else:
                hi = mid
        return lo

    def exact(self, label, make, limit, message, line_of=None):
        """make(n) is the shape with n units: n = limit compiles and runs, limit + 1 is refused."""
        self.at_limit(label, self.write(label + "_at", make(limit)))
        self.above_limit(label, self.write(label + "_above", make(limit + 1)), message,
                         line_of(limit + 1) if line_of else None)

    def searched(self, label, make, lo, hi, message):
        """A limit measured by the compiler: the largest accepted n runs, n + 1 is refused with message."""
        n = self.largest(label, make, lo, hi)
        if n is None:
            return None
        self.at_limit(label, self.write(label + "_at", make(n)))
        self.above_limit(label, self.write(label + "_above", make(n + 1)), message)
        return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pith", required=True)
    ap.add_argument("--limits", default=os.path.join(HERE, "..", "..", "common", "pith_compile_limits.h"))
    args = ap.parse_args()
    L = read_limits(args.limits)
    with tempfile.TemporaryDirectory() as tmp:
        c = Checker(os.path.abspath(args.pith), tmp)
        run_all(c, L)
        print(f"{c.passed} passed, {len(c.failed)} failed")
        return 1 if c.failed else 0


def run_all(c, L):
    # source bytes: a program of exactly the limit (a long string constant pads it), then one byte more
    src_max = L["PITH_MAX_SOURCE_BYTES"]

    def sized(n):
        head, tail = 's = "', '"\nprint(len(s), s[:3])\n'
        return head + "a" * (n - len(head) - len(tail)) + tail

    c.exact("source_bytes", sized, src_max, "source too large", lambda n: 2)  # where byte number limit + 1 is

    # comment-only lines inside a function body: each makes the grammar's scanner re-read the rest of the run
    run = L["PITH_MAX_SCANNER_RUN"]
    c.exact("comment_run",
            lambda n: "def f():\n    x = 1\n" + "    # note\n" * n + "    return x\nprint(f())\n",
            run, "too many comment or continuation lines in a row", lambda n: 2 + n)
    # ... blank lines continue the run without counting
    c.exact("comment_run_blanks",
            lambda n: "def f():\n    x = 1\n" + "    # note\n\n" * n + "    return x\nprint(f())\n",
            run, "too many comment or continuation lines in a row", lambda n: 2 + 2 * n - 1)
    # ... after a try body, where CPython's except may still follow (col-0 comments count too)
    c.exact("comment_run_try",
            lambda n: "try:\n    x = 1\n" + "# note\n" * n + "except ValueError:\n    x = 2\nprint(x)\n",
            run, "too many comment or continuation lines in a row", lambda n: 2 + n)
    # indentation columns before a statement (nested blocks of 1 to 5 spaces: the last is at the limit or past it)
    cols = L["PITH_MAX_INDENT_COLUMNS"]

    def indented(n):
        levels, text, col = [], "x = 0\n", 0
        while col + 5 < n:
            col += 5
            levels.append(col)
        levels.append(n)
        prev = 0
        for lv in levels:
            text += " " * prev + "if x == 0:\n"
            prev = lv
        return text + " " * n + "print('deep', x)\n"
    c.exact("indent_columns", indented, cols, "statement indented", lambda n: 2 + len(range(5, n, 5)) + 1)
    # continuation-only lines inside one logical line
    c.exact("continuation_run", lambda n: "x = (1 +\n" + "\\\n" * n + "2)\nprint(x)\n",
            run, "too many comment or continuation lines in a row", lambda n: 1 + n)
    # not limited: a module-level comment block, comments inside brackets (the scanner reads them once)
    c.at_limit("comment_block_module", c.write("comment_block_module", "# note\n" * (4 * run) + "print(1)\n"))
    c.at_limit("comment_block_brackets",
               c.write("comment_block_brackets", "def f():\n    return [1,\n" + "    # note\n" * (4 * run) +
                       "    2]\nprint(f())\n"))
    # a '#' or '\' inside a string is no comment or continuation
    c.at_limit("comment_in_string",
               c.write("comment_in_string", 'def f():\n    s = """\n' + "# not a comment\n" * (4 * run) +
                       '"""\n    return len(s)\nprint(f())\n'))

    items = L["PITH_MAX_ITEMS"]
    msg = "too many items in one display, call, and/or chain or target list"
    c.exact("list_display", lambda n: "xs = [" + ",".join(str(i % 7) for i in range(n)) + "]\nprint(len(xs), sum(xs))\n",
            items, msg, lambda n: 1)
    c.exact("dict_display", lambda n: "d = {" + ",".join(f"{i}:{i % 3}" for i in range(n)) + "}\nprint(len(d))\n",
            items, msg, lambda n: 1)
    c.exact("call_args", lambda n: "def f(*a):\n    return len(a)\nprint(f(" + ",".join(["1"] * n) + "))\n",
            items, msg, lambda n: 3)
    c.exact("call_keywords",
            lambda n: "def f(**k):\n    return len(k)\nprint(f(" + ",".join(f"k{i}=1" for i in range(n)) + "))\n",
            L["PITH_MAX_KEYWORDS"], "too many keyword arguments in one call", lambda n: 3)
    c.exact("call_positional_and_keywords",
            lambda n: "def f(*a, **k):\n    return len(a) + len(k)\nprint(f(" + "1," * (n - 9) +
                      ",".join(f"k{i}=1" for i in range(9)) + "))\n",
            items, msg, lambda n: 3)
    c.exact("or_chain", lambda n: "x = 0\nprint(" + " or ".join(["x"] * (n - 1) + ["7"]) + ")\n", items, msg,
            lambda n: 2)
    c.exact("tuple_statement", lambda n: "x = 1\n" + ",".join(["x"] * n) + "\nprint(x)\n", items, msg, lambda n: 2)

    params = L["PITH_MAX_PARAMS"]
    c.exact("def_params",
            lambda n: "def f(" + ",".join(f"p{i}" for i in range(n)) + f"):\n    return p0 + p{n - 1}\n"
                      f"print(f(*range({n})))\nprint(f(" + ",".join(str(i) for i in range(n)) + "))\n",
            params, "too many parameters", lambda n: 1)
    c.exact("lambda_params",
            lambda n: "f = lambda " + ",".join(f"p{i}" for i in range(n)) + f": p{n - 1}\nprint(f(*range({n})))\n",
            params, "too many parameters", lambda n: 1)

    nvars = L["PITH_MAX_LOCALS"]
    c.exact("function_locals",
            lambda n: "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(n)) + f"    return v{n - 1}\nprint(f())\n",
            nvars, "too many variables in one function", lambda n: 1)
    # the module's globals: __name__ is one of them
    c.exact("module_globals", lambda n: "".join(f"v{i} = {i}\n" for i in range(n - 1)) + f"print(v{n - 2})\n",
            nvars, "too many variables in the module", lambda n: 1)

    fields = L["PITH_MAX_FSTRING_FIELDS"]
    c.exact("fstring_fields", lambda n: "x = 4\ns = f'" + "{x}-" * n + "'\nprint(len(s), s[:8])\n", fields,
            "too many replacement fields in one f-string", lambda n: 2)
    c.exact("fstring_fields_concat",
            lambda n: "x = 4\ns = (f'" + "{x}" * (n // 2) + "' 'lit' f'" + "{x:>3}" * (n - n // 2) + "')\nprint(len(s))\n",
            fields, "too many replacement fields in one f-string", lambda n: 2)

    chain = L["PITH_MAX_COMPARE_CHAIN"]
    c.exact("compare_chain", lambda n: "x = 1\nprint(" + " <= ".join(["x"] * (n + 1)) + ")\n", chain,
            "too many comparisons in one chain", lambda n: 2)

    nconst = L["PITH_MAX_CONSTANTS"]

    def consts(n):  # n distinct string constants, in displays of at most `items` entries
        names = [f"'c{i}'" for i in range(n)]
        rows = [names[i:i + items // 2] for i in range(0, n, items // 2)]
        return "".join(f"x{j} = [" + ",".join(r) + "]\n" for j, r in enumerate(rows)) + "print(len(x0), x0[-1])\n"

    c.exact("constants", consts, nconst, "too many distinct constants")

    # limits the compiler measures: the largest accepted size runs, one more is refused
    depth = c.searched("nesting_depth", lambda n: "x = " + "-" * n + "1\nprint(x)\n", 10, L["PITH_MAX_NESTING"] + 10,
                       "expression nested too deeply")
    c.check(depth is None or depth >= L["PITH_MAX_NESTING"] // 2,
            f"nesting_depth: only {depth} nested operators compile (the limit is {L['PITH_MAX_NESTING']})")

    # IR instructions: nested try/finally copies each finally body on every way out (exponential growth)
    def try_nest(n):
        body = "def f():\n"
        for i in range(n):
            body += "    " * (i + 1) + f"try:\n" + "    " * (i + 2) + f"x = {i}\n" + "    " * (i + 1) + "finally:\n"
        return body + "    " * (n + 1) + "x = -1\n    return x\nprint(f())\n"

    # The largest nest compiles and runs, the next one is too large. Within the source limit the IR limit is
    # reached only by code whose C would pass the C limit too: it stops such growth before any C is written,
    # which a deeper nest shows (refused by the IR limit itself).
    c.searched("ir_instructions_try", try_nest, 1, 40, "code too large")
    c.above_limit("ir_instructions", c.write("ir_instructions", try_nest(24)), "too many IR instructions")

    # bytes of generated C: many small statements
    c.searched("c_bytes", lambda n: "x = 0\n" + "x += 1\n" * n + "print(x)\n", 100, src_max // 7,
               "code too large: the generated C passes")


if __name__ == "__main__":
    sys.exit(main())
