# Namedtuples held across host calls survive the snapshot taken at each call.
# host: lookup -> 42
from collections import namedtuple
from typing import NamedTuple

Row = namedtuple("Row", "key value", defaults=[None])


class Pair(NamedTuple):
    a: int
    b: int = 0


rows = [Row("a"), Row("b")]
pair = Pair(1)
rows = [r._replace(value=lookup(r.key)) for r in rows]
print(rows, pair, sum(r.value for r in rows), pair._replace(b=lookup("x")), rows[0] == ("a", 42))
# expect: [Row(key='a', value=42), Row(key='b', value=42)] Pair(a=1, b=0) 84 Pair(a=1, b=42) True
