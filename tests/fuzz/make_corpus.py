#!/usr/bin/env python3
"""Remakes tests/fuzz/resume_corpus/ for the current snapshot format and ABI version: rerun it after a bump
(inputs of another version are refused before decoding, so they would test nothing but that refusal).

  1. port: each input already there (and each of crashes/) gets the header and program section of a fresh
     `pith start` of its own program (same source and externals, the file's base name), its state kept, the
     length and XXH3 trailer made right. An input whose state no longer fits the program's frame layout is
     then refused as corrupt, which the merge below drops unless it is the only input showing that outcome.
     Inputs of another snapshot format (RT_SNAP_FORMAT) cannot be ported: their state is encoded otherwise.
  2. mutate: fuzz_resume runs RUNS mutations (load and resume, fixed seed) from the seeds and the ported
     inputs; a crash stops the script (exit 1, the input is in the work directory).
  3. merge: libFuzzer's -merge=1 keeps the smallest set of all those inputs that shows every outcome the
     target tells apart (tests/fuzz/fuzz_features.h), which replaces the corpus.

Usage: make_corpus.py --pith build/pith --fuzz build/fuzz_resume --seeds build/fuzz_seeds [--runs N]
                      [--seed S] [--out tests/fuzz/resume_corpus]
Ported crashes that now replay clean are reported: move them to the corpus by hand (crashes/README.md)."""

import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import tempfile

HEADER = 28  # "PITHSNAP" | u32 format | u32 ABI | u32 flags | u64 total length
SUM = 8
FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(FUZZ))


def xxh3(data):
    lib = ctypes.CDLL("libxxhash.so.0")
    lib.XXH3_64bits.restype = ctypes.c_uint64
    lib.XXH3_64bits.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    return lib.XXH3_64bits(data, len(data))


def uv(d, at):
    v, shift = 0, 0
    while True:
        b = d[at]
        at += 1
        v |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return v, at


def program_section(d):
    """(source, filename or None, inputs, externals, where the state starts) of a snapshot's bytes."""
    at = HEADER + 16

    def string(at):
        n, at = uv(d, at)
        return d[at:at + n], at + n
    source, at = string(at)
    has_name = d[at]
    name, at = string(at + 1)
    out = []
    for _ in range(2):
        n, at = uv(d, at)
        names = []
        for _ in range(n):
            s, at = string(at)
            names.append(s.decode())
        out.append(names)
    return source, name.decode() if has_name else None, out[0], out[1], at


def framed(body):
    """body (header .. state end) with its total length and checksum trailer made right, no MAC."""
    b = bytearray(body)
    total = len(b) + SUM
    b[16] &= 0xFE
    b[20:28] = total.to_bytes(8, "little")
    return bytes(b) + xxh3(bytes(b)).to_bytes(8, "little")


def port(pith, path, work):
    """The input at path with the current header and program section, or None when it cannot be ported."""
    d = open(path, "rb").read()
    try:
        source, filename, inputs, exts, state = program_section(d)
    except IndexError:
        return None
    if inputs or not exts or filename is None:
        return None  # the seeds have none of these: not an input this script made
    filename = os.path.basename(filename)  # only tracebacks show it; the seeds are named so (make_seeds.py)
    run = tempfile.mkdtemp(dir=work)
    with open(os.path.join(run, filename), "wb") as f:
        f.write(source)
    cmd = [pith, "start", filename, "-o", "fresh.snap"]
    for e in exts:
        cmd += ["--ext", e]
    p = subprocess.run(cmd, cwd=run, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    fresh_path = os.path.join(run, "fresh.snap")
    if p.returncode != 3 or not os.path.exists(fresh_path):
        return None
    fresh = open(fresh_path, "rb").read()
    if d[8:12] != fresh[8:12]:
        return None  # another format: the state is encoded otherwise (only the ABI version may differ)
    return framed(fresh[:program_section(fresh)[4]] + d[state:len(d) - SUM])


def fuzz(target, *args, check=True):
    p = subprocess.run([target, "-timeout=10", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if check and p.returncode != 0:
        sys.stderr.write(p.stdout.decode(errors="replace")[-3000:])
        sys.exit("make_corpus: %s failed (exit %d)" % (os.path.basename(target), p.returncode))
    return p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pith", required=True)
    ap.add_argument("--fuzz", required=True, help="the fuzz_resume target")
    ap.add_argument("--seeds", required=True, help="the snapshots make_seeds.py made")
    ap.add_argument("--runs", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(FUZZ, "resume_corpus"))
    a = ap.parse_args()
    pith, target = os.path.abspath(a.pith), os.path.abspath(a.fuzz)
    work = tempfile.mkdtemp(prefix="pith_corpus_")
    ported, grown, merged = (os.path.join(work, n) for n in ("ported", "grown", "merged"))
    for d in (ported, grown, merged):
        os.makedirs(d)
    crashes = os.path.join(FUZZ, "crashes")
    olds = [os.path.join(a.out, n) for n in sorted(os.listdir(a.out))] if os.path.isdir(a.out) else []
    olds += [os.path.join(crashes, n) for n in sorted(os.listdir(crashes)) if n != "README.md"]
    nport = 0
    for path in olds:
        new = port(pith, path, work)
        if new is None:
            print("not ported: %s" % os.path.relpath(path, ROOT))
            continue
        nport += 1
        name = os.path.basename(path)
        with open(os.path.join(ported, name), "wb") as f:
            f.write(new)
        if path.startswith(crashes + os.sep):
            ok = fuzz(target, "-runs=0", os.path.join(ported, name), check=False).returncode == 0
            print("crash %s, ported: %s" % (name, "replays clean" if ok else "STILL CRASHES"))
    print("ported %d of %d inputs" % (nport, len(olds)))
    fuzz(target, "-seed=%d" % a.seed, "-runs=%d" % a.runs, "-artifact_prefix=%s/" % work, grown, a.seeds,
         os.path.join(ROOT, "tests", "snapshots"), ported)
    fuzz(target, "-merge=1", merged, grown, ported)
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    shutil.copytree(merged, a.out)
    print("%s: %d inputs" % (os.path.relpath(a.out, ROOT), len(os.listdir(a.out))))
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
