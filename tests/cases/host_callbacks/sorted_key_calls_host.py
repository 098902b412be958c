# sorted() with a key that calls the host: every key is computed first, in order, then the sort runs
# (CPython's order); each call is a point where the run suspends and resumes from a snapshot.
# host: get_price -> 10
def price(name):
    p = get_price(name) + len(name)
    print("key", name, p)
    return p

items = ["ccc", "a", "bb"]
print(sorted(items, key=price))
print(sorted(items, key=lambda n: -get_price(n) * len(n), reverse=True))
print(sorted((n for n in items), key=lambda n: (get_price(n), n)))
print(sorted([], key=price), sorted(["x"], key=price))
# expect: key ccc 13
# expect: key a 11
# expect: key bb 12
# expect: ['a', 'bb', 'ccc']
# expect: ['a', 'bb', 'ccc']
# expect: ['a', 'bb', 'ccc']
# expect: key x 11
# expect: [] ['x']
