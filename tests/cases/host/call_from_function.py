# A tool called from inside functions, several times.
# host: get_price -> 12.5
def cost(item, qty):
    return get_price(item) * qty
def order_total(items):
    total = 0
    for name, qty in items:
        total += cost(name, qty)
    return total
print(order_total([("apple", 2), ("pear", 3)]))
print(cost("x", 0))
# expect: 62.5
# expect: 0.0
