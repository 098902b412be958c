# product(): the cartesian product in CPython's order, repeat= for powers, nothing when a pool is empty.
from itertools import product

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(["".join(p) for p in product("ab", "cd", "e")])
print(list(product()), list(product([1, 2], [])), list(product("ab", repeat=0)))
print(len(list(product(range(4), range(5), range(3)))))
grid = [(r, c) for r, c in product(range(2), range(3)) if r != c]
print(grid)
try:
    product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    product([1], times=2)
except TypeError as e:
    print("TypeError:", e)
# expect: [('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')]
# expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# expect: ['ace', 'ade', 'bce', 'bde']
# expect: [()] [] [()]
# expect: 60
# expect: [(0, 1), (0, 2), (1, 0), (1, 2)]
# expect: ValueError: repeat argument cannot be negative
# expect: TypeError: 'times' is an invalid keyword argument for product()
