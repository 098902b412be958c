# Agent-style reshaping: group orders by customer, total them, and print a sorted report.
orders = [
    {"customer": "acme", "sku": "A1", "qty": 3, "price": 2.5},
    {"customer": "zeta", "sku": "B2", "qty": 1, "price": 10.0},
    {"customer": "acme", "sku": "B2", "qty": 2, "price": 10.0},
    {"customer": "mono", "sku": "A1", "qty": 10, "price": 2.5},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o)
totals = {c: sum(o["qty"] * o["price"] for o in os) for c, os in by_customer.items()}
for c, t in sorted(totals.items(), key=lambda kv: -kv[1]):
    skus = sorted({o["sku"] for o in by_customer[c]})
    print(f"{c:<6} {t:>8.2f} {','.join(skus)}")
print(f"grand total: {sum(totals.values()):,.2f}")
# expect: acme      27.50 A1,B2
# expect: mono      25.00 A1
# expect: zeta      10.00 B2
# expect: grand total: 62.50
