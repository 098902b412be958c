# asdict converts recursively: nested dataclasses, and the lists, tuples and dicts that hold them.
from dataclasses import dataclass, field, asdict


@dataclass
class Item:
    sku: str
    qty: int


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pair: tuple = ()


o = Order(1, [Item("a", 2), Item("b", 1)], {"x": Item("c", 3)}, (Item("d", 4), 5))
d = asdict(o)
print(d)
print(type(d["items"][0]).__name__, d["pair"])
try:
    asdict(Item)
except TypeError as e:
    print(e)
# expect: {'id': 1, 'items': [{'sku': 'a', 'qty': 2}, {'sku': 'b', 'qty': 1}], 'meta': {'x': {'sku': 'c', 'qty': 3}}, 'pair': ({'sku': 'd', 'qty': 4}, 5)}
# expect: dict ({'sku': 'd', 'qty': 4}, 5)
# expect: asdict() should be called on dataclass instances
