# Tuples inside lists and lists inside tuples.
pairs = [("a", 1), ("b", 2)]
for p in pairs:
    print(p[0] * p[1])
t = ([1], [2])
t[0].append(10)
print(t)
print(((1, 2), (3, (4, 5)))[1][1][0])
# expect: a
# expect: bb
# expect: ([1, 10], [2])
# expect: 4
