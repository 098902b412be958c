# Tuples as composite dict keys for counting pairs.
pairs = [("a", 1), ("b", 2), ("a", 1), ("a", 2)]
counts = {}
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print(counts[("a", 1)], ("c", 0) in counts)
# expect: {('a', 1): 2, ('b', 2): 1, ('a', 2): 1}
# expect: 2 False
