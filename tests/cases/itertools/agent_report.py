# An agent-style report: sort records, group them, total each group, and page through the result.
from itertools import groupby, islice, accumulate, chain
from operator import itemgetter

orders = [
    {"customer": "acme", "amount": 120, "day": 3},
    {"customer": "zeta", "amount": 40, "day": 1},
    {"customer": "acme", "amount": 30, "day": 1},
    {"customer": "bolt", "amount": 75, "day": 2},
    {"customer": "zeta", "amount": 60, "day": 2},
]
orders.sort(key=itemgetter("customer", "day"))
summary = []
for customer, rows in groupby(orders, key=itemgetter("customer")):
    rows = list(rows)
    summary.append((customer, len(rows), sum(map(itemgetter("amount"), rows))))
for line in summary:
    print(line)
print(list(accumulate(s[2] for s in summary)))
page = list(islice(chain.from_iterable([r["customer"]] * 2 for r in orders), 2, 6))
print(page)
# expect: ('acme', 2, 150)
# expect: ('bolt', 1, 75)
# expect: ('zeta', 2, 100)
# expect: [150, 225, 325]
# expect: ['acme', 'acme', 'bolt', 'bolt']
