# Helper functions that receive a callable or an iterable as a parameter: they become resumable because
# the program calls the host, so passing them host-calling code works.
# host: get_price -> 7
def total(items, price):
    return sum(price(i) for i in items)

def best(items, key):
    return max(items, key=key)

def drain(it):
    out = []
    for x in it:
        out.append(x)
    return out

def gen(items):
    for i in items:
        yield get_price(i) + len(i)

items = ["a", "bbb"]
print(total(items, get_price), best(items, lambda i: get_price(i) * len(i)), drain(gen(items)))
print(drain(map(get_price, items)), best(gen(items), None), total(gen(items), lambda x: x))
f = sorted
k = get_price
print(f(items, key=k), list(map(f, [gen(items), gen(["c"])])))
# expect: 14 bbb [8, 10]
# expect: [7, 7] 10 18
# expect: ['a', 'bbb'] [[8, 10], [8]]
