# A generator lambda that calls the host between its yields.
# host: fetch -> 5
rows = lambda keys: (yield from (fetch(k) * i for i, k in enumerate(keys)))
print(list(rows(["a", "b", "c"])), sum(rows("xy")))
# expect: [0, 5, 10] 5
