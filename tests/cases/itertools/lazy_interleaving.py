# Lazy iterators interleave their sources' side effects exactly as CPython does.
from itertools import accumulate, starmap, compress, pairwise, takewhile


def src(tag, items):
    for x in items:
        print(tag, x)
        yield x


acc = accumulate(src("a", [1, 2, 3]))
print("before")
print(next(acc))
print(list(starmap(lambda x, y: x * y, pairwise(src("p", [1, 2, 3])))))
print(list(compress(src("d", "abc"), src("s", [1, 0, 1]))))
print(list(takewhile(lambda v: v < 2, src("t", [0, 1, 2, 3]))))
print(list(acc))
# expect: before
# expect: a 1
# expect: 1
# expect: p 1
# expect: p 2
# expect: p 3
# expect: [2, 6]
# expect: d a
# expect: s 1
# expect: d b
# expect: s 0
# expect: d c
# expect: s 1
# expect: ['a', 'c']
# expect: t 0
# expect: t 1
# expect: t 2
# expect: [0, 1]
# expect: a 2
# expect: a 3
# expect: [3, 6]
