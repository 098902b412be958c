# A group shares groupby's iterator: advancing groupby ends the previous group, so groups must be read in order
# (or copied); reading a group part-way still lets groupby skip the rest.
from itertools import groupby

g = groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
pairs = list(groupby("xxyz"))
print([(k, list(grp)) for k, grp in pairs])
g = groupby([1, 1, 1, 2, 2, 3])
key, grp = next(g)
print(key, next(grp))
print([(k, list(v)) for k, v in g])
print(list(grp))
records = [("eu", 3), ("eu", 5), ("us", 1), ("eu", 2)]
totals = {}
for region, rows in groupby(sorted(records), key=lambda r: r[0]):
    totals[region] = sum(n for _, n in rows)
print(totals)
# expect: a [] b ['b', 'b']
# expect: [('x', []), ('y', []), ('z', [])]
# expect: 1 1
# expect: [(2, [2, 2]), (3, [3])]
# expect: []
# expect: {'eu': 10, 'us': 1}
