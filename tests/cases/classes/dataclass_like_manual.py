# The hand-written record pattern agents use: __init__, __repr__, __eq__ and a to_dict method.
class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def to_dict(self):
        return {"name": self.name, "price": self.price, "qty": self.qty}

    def __repr__(self):
        return f"Item(name={self.name!r}, price={self.price}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.to_dict() == other.to_dict()

cart = [Item("pen", 1.5, 4), Item("book", 12.0)]
print(cart)
print(sum(i.total() for i in cart), Item("pen", 1.5, 4) == cart[0], cart[0] != cart[1])
print(sorted(cart, key=lambda i: i.total(), reverse=True)[0].name)
print([i.to_dict() for i in cart])
# expect: [Item(name='pen', price=1.5, qty=4), Item(name='book', price=12.0, qty=1)]
# expect: 18.0 True True
# expect: book
# expect: [{'name': 'pen', 'price': 1.5, 'qty': 4}, {'name': 'book', 'price': 12.0, 'qty': 1}]
