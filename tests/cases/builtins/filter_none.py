# filter(None, ...) keeps truthy items.
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])))
# expect: [1, 'x', [0], 2.5]
