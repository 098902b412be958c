# list.sort(key=...) with a key that calls the host; the list is empty while its keys are computed, as in
# CPython, and is sorted in place.
# host: get_price -> 10
names = ["ccc", "a", "bb"]
def key(n):
    print("sorting, list has", len(names), "items")
    return get_price(n) - len(n)

print(names.sort(key=key))
print(names)
names.sort(key=lambda n: get_price(n) + len(n), reverse=True)
print(names)
# expect: sorting, list has 0 items
# expect: sorting, list has 0 items
# expect: sorting, list has 0 items
# expect: None
# expect: ['ccc', 'bb', 'a']
# expect: ['ccc', 'bb', 'a']
