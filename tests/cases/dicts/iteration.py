# Iterating a dict yields keys in insertion order; counting with get.
counts = {}
for word in "b a c a b a".split():
    counts[word] = counts.get(word, 0) + 1
for key in counts:
    print(key, counts[key])
total = 0
for v in counts.values():
    total += v
print(total)
# expect: b 2
# expect: a 3
# expect: c 1
# expect: 6
