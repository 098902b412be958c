# Aligned table output with f-strings, the typical agent report.
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("melon", 1, 3.0)]
print(f"{'item':<8}|{'qty':>4}|{'price':>7}")
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>4}|{price:>7.2f}")
print(f"{'total':<8}|{sum(q for _, q, _ in rows):>4}|{sum(q * p for _, q, p in rows):>7.2f}")
# expect: item    | qty|  price
# expect: apples  |   3|   1.50
# expect: kiwis   |  12|   0.25
# expect: melon   |   1|   3.00
# expect: total   |  16|  10.50
