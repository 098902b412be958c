# chain() and chain.from_iterable() read each iterable only when the previous one is exhausted.
from itertools import chain


def source(name, n):
    print("open", name)
    for i in range(n):
        yield f"{name}{i}"


c = chain(source("a", 2), source("b", 0), source("c", 1))
print("made")
print(list(c))
print(list(chain.from_iterable(source(x, 1) for x in "pq")))
print(list(chain()), list(chain([], "", ())))
print(list(chain("ab", [1, 2], (3,), {"k": 1})))
matrix = [[1, 2], [3], [], [4, 5]]
print(list(chain.from_iterable(matrix)), sum(chain(*matrix)))
# expect: made
# expect: open a
# expect: open b
# expect: open c
# expect: ['a0', 'a1', 'c0']
# expect: open p
# expect: open q
# expect: ['p0', 'q0']
# expect: [] []
# expect: ['a', 'b', 1, 2, 3, 'k']
# expect: [1, 2, 3, 4, 5] 15
