#!/usr/bin/env python3
"""Prints a snapshot's state as text, one object record a line, to see what a fuzzed input changed (diff two
dumps). It follows runtime/snap/rt_snap.h (format 2); it checks nothing and stops where it cannot read on.
Usage: snapdump.py FILE.snap"""

import struct
import sys

TAGS = ["?", "FLOAT", "BIGINT", "STR", "BYTES", "LIST", "TUPLE", "DICT", "RANGE", "SLICE", "ITER", "FUNC",
        "BUILTIN", "METHOD", "EXC", "FRAME", "DICTVIEW", "EXTFN", "GEN", "CELL", "SET", "FROZENSET"]


def builtin_count():
    """PITH_B_COUNT: the rows of common/pith_builtins.h's three tables (a BUILTIN id past it names a class the
    host named, and a str follows)."""
    import os
    import re
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "common", "pith_builtins.h")
    return len(re.findall(r"^\s+X\(", open(path).read(), re.M))


class Reader:
    def __init__(self, data, pos, end):
        self.d, self.pos, self.end = data, pos, end

    def u8(self):
        if self.pos >= self.end:
            raise EOFError("past the end at %d" % self.pos)
        self.pos += 1
        return self.d[self.pos - 1]

    def fixed(self, n):
        v = int.from_bytes(self.d[self.pos:self.pos + n], "little")
        self.pos += n
        return v

    def uv(self):
        v, shift = 0, 0
        while True:
            b = self.u8()
            v |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return v

    def sv(self):
        v = self.uv()
        return (v >> 1) ^ -(v & 1)

    def str(self):
        n = self.uv()
        s = self.d[self.pos:self.pos + n]
        self.pos += n
        return s

    def f64(self):
        return struct.unpack("<d", self.fixed(8).to_bytes(8, "little"))[0]

    def ref(self):
        k = self.u8()
        if k == 0: return "NULL"
        if k == 1: return "None"
        if k == 2: return "False"
        if k == 3: return "True"
        if k == 4: return "int %d" % self.sv()
        if k == 5: return "#%d" % self.uv()
        if k == 6: return "k%d" % self.uv()
        return "bad-ref-kind %d" % k


def record(r, nbuiltins):
    at = r.pos
    tag = r.u8()
    name = TAGS[tag] if tag < len(TAGS) else "tag%d" % tag
    pay, nrefs = [], 0
    if name == "FLOAT": pay = [r.f64()]
    elif name == "BIGINT": pay = [r.u8(), r.str().hex()]
    elif name in ("STR", "BYTES"): pay = [r.str()[:40]]
    elif name in ("LIST", "TUPLE"): nrefs = r.uv(); pay = [nrefs]
    elif name == "DICT": n = r.uv(); pay = [n]; nrefs = 2 * n
    elif name == "RANGE":
        pay = [r.sv() for _ in range(4)]
        if pay[3] == -1: pay += [(r.u8(), r.str().hex()) for _ in range(3)]
    elif name == "SLICE": nrefs = 3
    elif name == "ITER": pay = [r.uv()] + [r.sv() for _ in range(4)]; nrefs = 2
    elif name == "FUNC": pay = [r.uv()]; nrefs = 4
    elif name == "BUILTIN":
        i = r.uv(); pay = [i]
        if i >= nbuiltins: pay.append(r.str())
    elif name == "METHOD": nrefs = 2
    elif name == "EXC":
        pay = [r.uv()]; flags = r.uv(); pay.append(flags)
        if flags & 2: pay.append(r.str())
        pay.append(r.sv()); ntb = r.uv(); pay.append([(r.sv(), r.sv()) for _ in range(ntb)]); nrefs = 4
    elif name == "FRAME":
        pay = ["fn %d" % r.uv(), "state %d" % r.sv(), "line %d" % r.sv(), "parent " + r.ref()]
        n = r.uv(); pay.append("nslots %d" % n); nrefs = 3 + n
    elif name == "DICTVIEW": pay = [r.uv()]; nrefs = 1
    elif name == "EXTFN": pay = [r.uv()]
    elif name in ("GEN", "CELL"): nrefs = 1
    elif name in ("SET", "FROZENSET"):
        pay = [r.fixed(8), r.u8(), r.sv()]; slots = r.uv(); pay.append(slots)
        for _ in range(slots):
            s = r.u8()
            if s == 2: r.fixed(8); nrefs += 1
    else:
        raise ValueError("unknown tag %d at %d" % (tag, at))
    refs = [r.ref() for _ in range(nrefs)]
    return at, name, pay, refs


def main(path):
    nbuiltins = builtin_count()
    d = open(path, "rb").read()
    r = Reader(d, 28, len(d) - 8)
    r.fixed(16)
    src = r.str()
    if r.u8(): r.str()
    else: r.str()
    ins = [r.str() for _ in range(r.uv())]
    exts = [r.str() for _ in range(r.uv())]
    print("source %d bytes, inputs %s, externals %s" % (len(src), ins, exts))
    print("state: seed %x remaining %r max %r nallocs %d output %r" %
          (r.fixed(8), r.f64(), r.f64(), r.uv(), r.str()[:40]))
    nobj = r.uv()
    try:
        for i in range(nobj):
            at, name, pay, refs = record(r, nbuiltins)
            print("#%d @%d %s %s %s" % (i, at, name, pay, refs))
        globs = [r.ref() for _ in range(r.uv())]
        print("globals", globs)
        print("top", r.ref(), "ext", r.sv(), "args", r.ref(), "kwargs", r.ref(), "handled", r.ref())
    except (EOFError, ValueError, IndexError) as e:
        print("stopped:", e)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
