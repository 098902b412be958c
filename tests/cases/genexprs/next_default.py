# next() with a default on an exhausted generator; first match search.
items = [3, 8, 12, 5]
print(next((x for x in items if x > 10), None))
print(next((x for x in items if x > 100), "none"))
g = (x for x in [1])
next(g)
next(g)
# expect: 12
# expect: none
# expect runtime error: StopIteration
