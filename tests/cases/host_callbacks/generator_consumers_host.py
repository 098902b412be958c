# A generator function that calls the host, consumed by every builtin that takes an iterable.
# host: score -> 2
def scores(names):
    for n in names:
        yield n, score(n) + len(n)

names = ["a", "bb", "ccc"]
print(list(scores(names)))
print(tuple(scores(names[:1])), dict(scores(names)), len(set(scores(names))))
print(sum(s for _, s in scores(names)), sum(map(lambda t: t[1], scores(names)), 100))
print(sorted(scores(names), reverse=True), min(scores(names)), max(scores(names), key=lambda t: t[1]))
print(any(s > 4 for _, s in scores(names)), all(scores(names)))
print(list(zip(scores(names), range(2))), list(enumerate(scores(names[:2]), 1)))
(a, sa), (b, sb), (c, sc) = scores(names)
first, *rest = scores(names)
print(a, sa, b, sb, c, sc, first, rest)
print(("bb", 4) in scores(names), ("zz", 0) not in scores(names))
print("-".join(n for n, _ in scores(names)), frozenset(scores(["a"])))
# expect: [('a', 3), ('bb', 4), ('ccc', 5)]
# expect: (('a', 3),) {'a': 3, 'bb': 4, 'ccc': 5} 3
# expect: 12 112
# expect: [('ccc', 5), ('bb', 4), ('a', 3)] ('a', 3) ('ccc', 5)
# expect: True True
# expect: [(('a', 3), 0), (('bb', 4), 1)] [(1, ('a', 3)), (2, ('bb', 4))]
# expect: a 3 bb 4 ccc 5 ('a', 3) [('bb', 4), ('ccc', 5)]
# expect: True True
# expect: a-bb-ccc frozenset({('a', 3)})
