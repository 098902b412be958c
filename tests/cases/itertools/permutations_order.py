# permutations() in lexicographic order of positions, r defaulting to the length; nothing when r exceeds it.
from itertools import permutations

print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)), list(permutations("ab", 3)), list(permutations([])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(["".join(p) for p in permutations("aab")])
print(list(permutations([1, 2, 3], r=1)))
# expect: [('A', 'B', 'C'), ('A', 'C', 'B'), ('B', 'A', 'C'), ('B', 'C', 'A'), ('C', 'A', 'B'), ('C', 'B', 'A')]
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'A'), ('B', 'C'), ('B', 'D'), ('C', 'A'), ('C', 'B'), ('C', 'D'), ('D', 'A'), ('D', 'B'), ('D', 'C')]
# expect: [()] [] [()]
# expect: 720 210
# expect: ['aab', 'aba', 'aab', 'aba', 'baa', 'baa']
# expect: [(1,), (2,), (3,)]
