#!/usr/bin/env python3
"""Writes the fuzz_resume seeds: each tests/fuzz/snapshot_seeds/<name>.py run with `pith start --ext ask` until
its first host call, saved as OUT/<name>.snap (made at build time, so the seeds always have the current format
and ABI version). Usage: make_seeds.py PITH OUT_DIR PROGRAM.py...; exit 1 if a program does not stop at a call."""

import os
import subprocess
import sys


def main(argv):
    pith, out = argv[0], argv[1]
    os.makedirs(out, exist_ok=True)
    bad = 0
    for src in argv[2:]:
        name = os.path.splitext(os.path.basename(src))[0]
        dst = os.path.join(out, name + ".snap")
        # run where the program is, by its base name: the snapshot names no directory of this machine
        p = subprocess.run([os.path.abspath(pith), "start", os.path.basename(src), "--ext", "ask", "-o",
                            os.path.abspath(dst)], cwd=os.path.dirname(os.path.abspath(src)),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
        if p.returncode != 3:   # 3: waiting at a call (the snapshot was written)
            bad = 1
            sys.stderr.write("make_seeds: %s exited %d: %s\n" % (src, p.returncode, p.stderr.decode()[-300:]))
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
