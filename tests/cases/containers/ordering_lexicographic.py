# Lexicographic ordering of lists and tuples; a prefix sorts first.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 99), [] < [0])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([[3, 1], [3, 0, 5], [2, 9]]))
# expect: True True True True
# expect: [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
# expect: [3, 1]
