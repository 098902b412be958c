# groupby() groups consecutive equal keys (so data is usually sorted first), with or without a key function.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, _ in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None], key=None)])
# expect: [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# expect: ['A', 'B', 'C', 'D']
# expect: a ['apple', 'apricot', 'avocado']
# expect: b ['banana', 'blueberry']
# expect: c ['cherry']
# expect: [(1, 2), (2, 3), (1, 1)]
# expect: [(0, [1, 2]), (1, [3, 4, 5]), (2, [6, 7])]
# expect: [] [(None, [None, None])]
