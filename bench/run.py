#!/usr/bin/env python3
"""bench/run.py — the harness behind `make bench`: pith vs CPython 3.11 on bench/programs/*.py.

For every program, in the same run and interleaved (pith, CPython, pith, CPython, ... for --rounds rounds),
it measures
  * pith:    `pith bench FILE` (in-process: cold compile by stage, cached compile, median run time), and
  * CPython: the real interpreter binary (never a version-manager shim) running a small driver that
             compiles the source once and exec()s it N times, timing each run with perf_counter_ns.
Then it prints one table row per program: the median over rounds of each number. Numbers only, never
pass/fail. Host functions come from `# ext: NAME=JSON` header lines (inputs from `# input: NAME=JSON`):
pith answers them with `--ext`, CPython gets plain Python functions returning the same value.
See bench/README.md for how to read the table.
"""
import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The CPython side: compile once, exec N times in fresh globals, print the median run time as JSON.
# Printed output is discarded (like `pith bench`, which installs a writer that drops it).
DRIVER = r"""
import builtins, json, statistics, sys, time
path, target_us, min_runs, fixed_runs, spec = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5])
src = open(path, encoding="utf-8").read()
code = compile(src, path, "exec")

def make_ext(value):
    def ext(*args, **kwargs):
        return value
    return ext

class Null:
    def write(self, s):
        return len(s)
    def flush(self):
        pass

def fresh_globals():
    g = {"__name__": "__main__", "__builtins__": builtins}
    for name, value in spec["ext"].items():
        g[name] = make_ext(json.loads(value))
    for name, value in spec["input"].items():
        g[name] = json.loads(value)
    return g

real_stdout = sys.stdout
sys.stdout = Null()
def once():
    g = fresh_globals()
    t0 = time.perf_counter_ns()
    exec(code, g)
    return (time.perf_counter_ns() - t0) / 1000.0

first = once()  # warm-up, also calibrates N
runs = fixed_runs if fixed_runs > 0 else max(min_runs, int(target_us / first) if first > 0 else min_runs)
runs = min(runs, 10_000_000)
times = sorted(once() for _ in range(runs))
sys.stdout = real_stdout
print(json.dumps({"run_us": statistics.median(times), "runs": runs}))
"""


def real_python(requested):
    """The real interpreter binary behind `requested` (resolving pyenv-style shims)."""
    out = subprocess.run([requested, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return out[0].strip(), out[1].strip()


def snapshot_cell(pith_rows):
    """The median run with every host call taken through a snapshot, or '-' for programs without calls."""
    rows = [r for r in pith_rows if r.get("host_calls", 0) > 0 and r.get("snapshot_run_us", -1) >= 0]
    return fmt_us(median_of(rows, "snapshot_run_us")) if rows else "-"


def read_headers(path):
    """`# ext: NAME=JSON` and `# input: NAME=JSON` lines at the top of a program."""
    spec = {"ext": {}, "input": {}}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*(ext|input):\s*([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$", line.strip())
            if m:
                spec[m.group(1)][m.group(2)] = (m.group(3) or "null").strip()
            elif line.strip() and not line.startswith("#"):
                break
    return spec


def run_pith(pith, path, spec, iterations):
    cmd = [pith, "bench", path]
    if iterations:
        cmd += ["--iterations", str(iterations)]
    for name, value in spec["ext"].items():
        cmd += ["--ext", name + "=" + value]
    for name, value in spec["input"].items():
        cmd += ["--input", name + "=" + value]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return {"error": error_line(p)}
    return json.loads(p.stdout.strip().splitlines()[-1])


def error_line(p):
    """The informative line of a failed run: a compile diagnostic, else the exception (last line)."""
    lines = p.stderr.strip().splitlines()
    for line in lines:
        if re.search(r":\d+:\d+: error: ", line):
            return line
    return lines[-1] if lines else "exit %d" % p.returncode


def run_cpython(python, path, spec, iterations, target_us, min_runs):
    cmd = [python, "-S", "-I", "-c", DRIVER, path, str(target_us), str(min_runs), str(iterations or 0),
           json.dumps(spec)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return {"error": error_line(p)}
    return json.loads(p.stdout.strip().splitlines()[-1])


def fmt_us(us):
    if us is None:
        return "-"
    if us < 1000:
        return "%.1f us" % us
    if us < 1_000_000:
        return "%.2f ms" % (us / 1000)
    return "%.2f s" % (us / 1_000_000)


def median_of(rows, key):
    vals = [r[key] for r in rows if key in r and "error" not in r]
    return statistics.median(vals) if vals else None


def main():
    ap = argparse.ArgumentParser(description="Compare pith with CPython on bench/programs/*.py.")
    ap.add_argument("--pith", default=os.path.join(HERE, "..", "build", "pith"), help="the pith binary")
    ap.add_argument("--python", default="python3", help="CPython to compare with (resolved to the real binary)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds per program (median reported)")
    ap.add_argument("--iterations", type=int, default=0, help="fixed runs per measurement (default: ~0.5 s, >= 10)")
    ap.add_argument("--json", action="store_true", help="also print every raw measurement as JSON lines")
    ap.add_argument("programs", nargs="*", help="program files (default: bench/programs/*.py)")
    args = ap.parse_args()

    programs = args.programs or sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
    python, version = real_python(args.python)
    pith = os.path.abspath(args.pith)
    print("CPython: %s (%s)" % (python, version))
    print("pith:    %s" % pith)
    monty = shutil.which("monty")
    print("monty: not installed" if not monty else "monty: found at %s (not measured: no driver for it yet)" % monty)
    print("rounds: %d, runs per measurement: %s\n" % (args.rounds, args.iterations or "~0.5 s worth, at least 10"))

    header = ["program", "CPython run", "pith run", "speedup", "pith compile", "parse", "check", "codegen",
              "tcc", "cached compile", "run via snapshots"]
    rows = []
    for path in programs:
        spec = read_headers(path)
        pith_rows, py_rows = [], []
        for _ in range(max(1, args.rounds)):
            pith_rows.append(run_pith(pith, path, spec, args.iterations))
            py_rows.append(run_cpython(python, path, spec, args.iterations, 500_000.0, 10))
        if args.json:
            for r in pith_rows:
                print(json.dumps({"program": os.path.basename(path), "runtime": "pith", **r}))
            for r in py_rows:
                print(json.dumps({"program": os.path.basename(path), "runtime": "cpython", **r}))
        py_run, pith_run = median_of(py_rows, "run_us"), median_of(pith_rows, "run_us")
        errors = [r["error"] for r in pith_rows + py_rows if "error" in r]
        speed = "%.1fx" % (py_run / pith_run) if py_run and pith_run else "-"
        rows.append([os.path.basename(path), fmt_us(py_run), fmt_us(pith_run) if pith_run else "error", speed,
                     fmt_us(median_of(pith_rows, "compile_us")), fmt_us(median_of(pith_rows, "parse_us")),
                     fmt_us(median_of(pith_rows, "check_us")), fmt_us(median_of(pith_rows, "codegen_us")),
                     fmt_us(median_of(pith_rows, "tcc_us")), fmt_us(median_of(pith_rows, "cached_compile_us")),
                     snapshot_cell(pith_rows)])
        if errors:
            rows[-1].append("(" + errors[0][:80] + ")")

    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        extra = " " + r[len(header)] if len(r) > len(header) else ""
        print(line(r[:len(header)]) + extra)
    print("\nspeedup = CPython run / pith run (higher is better for pith); run = median of one program run;")
    print("pith compile = cold compile (parse + check + codegen + tcc + overhead); cached = a cache hit.")
    print("run via snapshots = the same run with every host call going through dump -> free -> load -> resume.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
