# A waiting property read in loops, in comprehensions, and raising: the error propagates with its type.
# host: price_of -> 3
class Product:
    def __init__(self, sku, stock):
        self.sku = sku
        self.stock = stock

    @property
    def value(self):
        if self.stock < 0:
            raise ValueError("bad stock for " + self.sku)
        return price_of(self.sku) * self.stock

items = [Product("a", 1), Product("b", 2)]
total = 0
for p in items:
    total += p.value
print(total, [p.value for p in items], max(p.value for p in items))
try:
    print(Product("c", -1).value)
except ValueError as e:
    print("ValueError:", e)
# expect: 9 [3, 6] 6
# expect: ValueError: bad stock for c
