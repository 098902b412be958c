# A method that calls a host tool suspends the run (replayed through snapshots at every call).
# host: fetch_price -> 19.5
class Cart:
    def __init__(self):
        self.items = []

    def add(self, sku, qty):
        price = fetch_price(sku)
        self.items.append((sku, qty, price))
        return price * qty

    def total(self):
        return sum(q * p for _, q, p in self.items)

cart = Cart()
print(cart.add("a1", 2), cart.add("b2", 1))
print(cart.total(), len(cart.items))
# expect: 39.0 19.5
# expect: 58.5 2
