# combinations() and combinations_with_replacement() in CPython's order, for every r.
from itertools import combinations, combinations_with_replacement

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
items = {"a": 3, "b": 5, "c": 8}
print([(x, y) for x, y in combinations(sorted(items), 2) if items[x] + items[y] > 9])
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
# expect: [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [] [()]
# expect: [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
# expect: [] [()]
# expect: 210 35
# expect: [('a', 'c'), ('b', 'c')]
