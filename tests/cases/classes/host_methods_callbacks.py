# Methods of the program's classes that call the host, run where builtins call back into Python: a bound
# method as sorted's key and map's function, a class as map's function (its __init__ waits), a generator
# method consumed by for, list() and sum(), super().__init__ waiting, and a class pattern over the results.
# host: price -> 7
class Item:
    __match_args__ = ("name", "cost")

    def __init__(self, name):
        self.name = name
        self.cost = price(name) + len(name)

    def __repr__(self):
        return f"Item({self.name!r}, {self.cost})"


class Special(Item):
    def __init__(self, name, extra):
        super().__init__(name)
        self.cost += extra + price("extra")


class Shop:
    def __init__(self, names):
        self.names = names

    def weight(self, name):
        return price(name) * 10 - len(name)

    def items(self):
        for n in self.names:
            yield Item(n)

    def ranked(self):
        return sorted(self.names, key=self.weight)


shop = Shop(["kiwi", "fig", "banana"])
print(shop.ranked())
print(list(map(shop.weight, shop.names)))
print(list(map(Item, ["a", "bb"])))
print([it.cost for it in shop.items()])
print(list(shop.items()))
print(sum(it.cost for it in shop.items()))
print(max(shop.items(), key=lambda it: it.cost))
s = Special("pear", 100)
print(s, isinstance(s, Item))
for thing in [s, Item("x"), 3]:
    match thing:
        case Special(name, cost):
            print("special", name, cost)
        case Item(name, cost) if cost > 5:
            print("item", name, cost)
        case _:
            print("other", thing)
# expect: ['banana', 'kiwi', 'fig']
# expect: [66, 67, 64]
# expect: [Item('a', 8), Item('bb', 9)]
# expect: [11, 10, 13]
# expect: [Item('kiwi', 11), Item('fig', 10), Item('banana', 13)]
# expect: 34
# expect: Item('banana', 13)
# expect: Item('pear', 118) True
# expect: special pear 118
# expect: item x 8
# expect: other 3
