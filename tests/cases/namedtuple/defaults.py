# defaults= applies to the last fields; _field_defaults shows them.
from collections import namedtuple

Conn = namedtuple("Conn", "host port timeout", defaults=[80, 1.5])
print(Conn("a"), Conn("b", 8080), Conn("c", timeout=3), Conn._field_defaults)
try:
    namedtuple("Bad", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(e)
# expect: Conn(host='a', port=80, timeout=1.5) Conn(host='b', port=8080, timeout=1.5) Conn(host='c', port=80, timeout=3) {'port': 80, 'timeout': 1.5}
# expect: Got more default values than field names
