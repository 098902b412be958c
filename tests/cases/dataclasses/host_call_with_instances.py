# Dataclass instances held across host calls survive the snapshot taken at each call.
# host: fetch_price -> 12.5
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Quote:
    symbol: str
    price: float = 0.0
    history: list = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    name: str


quotes = [Quote("b"), Quote("a")]
keys = [Key("a"), Key("b")]
for q in quotes:
    q.price = fetch_price(q.symbol)
    q.history.append(q.price)
print(sorted(quotes), keys[0] == Key("a"), hash(keys[1]) == hash(Key("b")))
print(asdict(quotes[0]), quotes[0] == Quote("b", 12.5, [12.5]))
# expect: [Quote(symbol='a', price=12.5, history=[12.5]), Quote(symbol='b', price=12.5, history=[12.5])] True True
# expect: {'symbol': 'b', 'price': 12.5, 'history': [12.5]} True
