"""Values on the wire (docs/PROTOCOL.md, "Values"): JSON for what JSON can say, and one-key objects tagged
with "$" for the rest, so tuples, bytes, big ints, sets, non-finite floats and dicts with non-str keys
cross exactly."""

import base64
import math


class Opaque:
    """A result pith can only describe: a value with no host form (a function, a range, ...), kept as its
    repr. repr(o) gives the repr the snippet would print."""

    __slots__ = ("repr",)

    def __init__(self, text):
        self.repr = text

    def __repr__(self):
        return self.repr

    def __eq__(self, other):
        return isinstance(other, Opaque) and other.repr == self.repr

    def __hash__(self):
        return hash(self.repr)


_INT64 = 1 << 63


def encode(v):
    """The wire form of a host value; TypeError for a type that cannot enter a program."""
    if v is None:
        return None
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, str):
        return str(v)
    if isinstance(v, int):
        v = int(v)
        return v if -_INT64 <= v < _INT64 else {"$int": str(v)}
    if isinstance(v, float):
        v = float(v)
        if math.isfinite(v):
            return v
        return {"$float": "nan" if v != v else ("inf" if v > 0 else "-inf")}
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(v)).decode("ascii")}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, tuple):
        return {"$tuple": [encode(x) for x in v]}
    if isinstance(v, (set, frozenset)):
        return {"$set": [encode(x) for x in v]}
    if isinstance(v, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in v):
            return {k: encode(x) for k, x in v.items()}
        return {"$dict": [[encode(k), encode(x)] for k, x in v.items()]}
    raise TypeError(f"a value of type {type(v).__name__} cannot enter a pith program")


def _tagged(tag, j):
    if tag == "$tuple":
        return tuple(decode(x) for x in j)
    if tag == "$set":
        return {decode(x) for x in j}
    if tag == "$dict":
        return {decode(k): decode(x) for k, x in j}
    if tag == "$int":
        return int(j)
    if tag == "$float":
        return float(j)
    if tag == "$bytes":
        return base64.b64decode(j)
    if tag == "$repr":
        return Opaque(j)
    raise ValueError(f"unknown wire tag {tag!r}")


def decode(j):
    """The Python value of a wire form."""
    if isinstance(j, list):
        return [decode(x) for x in j]
    if isinstance(j, dict):
        if len(j) == 1:
            (k, x), = j.items()
            if k.startswith("$"):
                return _tagged(k, x)
        return {k: decode(x) for k, x in j.items()}
    return j
