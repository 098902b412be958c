# map() and filter() whose function calls the host, however they are consumed.
# host: get_price -> 10
items = ["a", "bb", "ccc"]
print(list(map(get_price, items)))
print(list(map(lambda a, b: get_price(a) + b, items, [1, 2])))
print(list(filter(lambda n: get_price(n) > 4 * len(n), items)))
for n, p in zip(items, map(get_price, items)):
    print(n, p)
print(dict(zip(items, map(lambda n: get_price(n) // len(n), items))))
print(sum(map(get_price, items)), sorted(map(lambda n: len(n) * get_price(n), items), reverse=True))
print(list(filter(None, map(lambda n: get_price(n) - 10, items))))
print(", ".join(map(lambda n: n + str(get_price(n)), items)))
# expect: [10, 10, 10]
# expect: [11, 12]
# expect: ['a', 'bb']
# expect: a 10
# expect: bb 10
# expect: ccc 10
# expect: {'a': 10, 'bb': 5, 'ccc': 3}
# expect: 30 [30, 20, 10]
# expect: []
# expect: a10, bb10, ccc10
