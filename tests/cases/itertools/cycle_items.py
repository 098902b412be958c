# cycle() repeats its items for ever, reading a generator once (it keeps what it read); an empty one stops.
from itertools import cycle, islice


def letters():
    for ch in "xyz":
        print("read", ch)
        yield ch


c = cycle(letters())
print([next(c) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])), list(cycle("")))
print(list(zip(cycle("ab"), range(5))))
# expect: read x
# expect: read y
# expect: read z
# expect: ['x', 'y', 'z', 'x', 'y', 'z', 'x']
# expect: [1, 2, 1, 2, 1]
# expect: [] []
# expect: [('a', 0), ('b', 1), ('a', 2), ('b', 3), ('a', 4)]
