# default_factory makes a fresh value for each instance, so instances never share a list or dict.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)


a = Inventory("a")
b = Inventory("b")
a.items.append("apple")
a.counts["apple"] = 2
print(a)
print(b)
print(a.items is b.items, Inventory("c", ["x"]))
# expect: Inventory(owner='a', items=['apple'], counts={'apple': 2})
# expect: Inventory(owner='b', items=[], counts={})
# expect: False Inventory(owner='c', items=['x'], counts={})
