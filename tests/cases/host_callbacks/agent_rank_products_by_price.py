# An agent ranks products by a price that a tool returns, as agents write it.
# host: get_price -> {"usd": 12.5, "in_stock": true}
products = ["lamp", "desk", "chair", "rug"]

def price(p):
    info = get_price(product=p)
    return info["usd"] * (1 + len(p) / 10)

ranked = sorted(products, key=lambda p: price(p))
cheapest = min(products, key=price)
priciest = max(products, key=lambda p: price(p))
in_stock = list(filter(lambda p: get_price(product=p)["in_stock"], products))
totals = dict(zip(products, map(price, products)))
print(ranked)
print(cheapest, priciest, len(in_stock))
print({k: round(v, 2) for k, v in totals.items()})
# expect: ['rug', 'lamp', 'desk', 'chair']
# expect: rug chair 4
# expect: {'lamp': 17.5, 'desk': 17.5, 'chair': 18.75, 'rug': 16.25}
