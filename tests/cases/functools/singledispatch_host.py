# singledispatch implementations that call a host tool: the dispatched call waits on the host (replayed
# through snapshots), called directly and by map().
# host: lookup -> 3
from functools import singledispatch


@singledispatch
def price(item):
    return lookup(item)


@price.register(int)
def _(item):
    return item * lookup("unit")


@price.register(list)
def _(items):
    return sum(price(i) for i in items)


print(price("pen"), price(4), price([1, "cup", 2]), list(map(price, [1, "x"])))
# expect: 3 12 12 [3, 3]
