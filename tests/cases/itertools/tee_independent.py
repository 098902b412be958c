# tee() splits one iterator into independent ones that each see every item, reading the source once.
from itertools import tee


def source():
    for i in range(4):
        print("read", i)
        yield i


a, b = tee(source())
print(next(a), next(a), next(b))
print(list(b), list(a))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee([1, 2])))
c, d = tee(iter([1, 2, 3]))
e, f = tee(c)
print(next(c), list(e), list(f), list(d))
try:
    tee([1], -1)
except ValueError as err:
    print("ValueError:", err)
# expect: read 0
# expect: read 1
# expect: 0 1 0
# expect: read 2
# expect: read 3
# expect: [1, 2, 3] [2, 3]
# expect: ['a', 'b'] ['a', 'b'] ['a', 'b']
# expect: () 2
# expect: 1 [2, 3] [1, 2, 3] [1, 2, 3]
# expect: ValueError: n must be >= 0
