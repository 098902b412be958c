# min()/max() with a key that calls the host: one key per item, compared as it comes.
# host: get_price -> 10
def price(name):
    print("key", name)
    return get_price(name) * len(name)

items = ["bb", "a", "ccc"]
print(max(items, key=price))
print(min(items, key=lambda n: get_price(n) + len(n)))
print(max([], key=price, default="none"), min("x", "yy", key=price))
try:
    max([], key=price)
except ValueError as e:
    print(e)
try:
    max([1, "a"], key=lambda v: v if get_price(v) else 0)
except TypeError as e:
    print(e)
# expect: key bb
# expect: key a
# expect: key ccc
# expect: ccc
# expect: a
# expect: key x
# expect: key yy
# expect: none x
# expect: max() arg is an empty sequence
# expect: '>' not supported between instances of 'str' and 'int'
