# filter whose predicate advances the filter itself.
f = filter(lambda x: next(f, None), iter([1, 2, 3, 4, 5]))
print(list(f))
# expect: []
