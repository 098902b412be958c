# Tool calls inside generator expressions consumed by sum/any/all/max/sorted/join; any() stops early.
# host: lookup -> 5
calls = []
def price(sku):
    calls.append(sku)
    return lookup(sku) * 2
skus = ["a", "b", "c"]
print(sum(price(s) for s in skus), max(lookup(s) for s in skus))
calls.clear()
print(any(price(s) > 3 for s in skus), calls)
print(all(lookup(s) == 5 for s in skus), sorted((lookup(s) + i for i, s in enumerate(skus)), reverse=True))
print("-".join(str(lookup(s)) for s in skus if s != "b"))
# expect: 30 5
# expect: True ['a']
# expect: True [7, 6, 5]
# expect: 5-5
