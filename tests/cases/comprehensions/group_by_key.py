# Grouping records by a key with setdefault, then a dict comprehension of counts.
rows = [("eu", 3), ("us", 5), ("eu", 1), ("ap", 2), ("us", 4)]
groups = {}
for region, n in rows:
    groups.setdefault(region, []).append(n)
print(groups)
print({k: sum(v) for k, v in sorted(groups.items())})
# expect: {'eu': [3, 1], 'us': [5, 4], 'ap': [2]}
# expect: {'ap': 2, 'eu': 4, 'us': 9}
