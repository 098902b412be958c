# records.py — group-by over 200,000 dict records: the data shaping agents do on tool results.
regions = ["north", "south", "east", "west", "central"]
records = []
for i in range(200_000):
    records.append({"id": i, "region": regions[i % 5], "amount": (i * 37 % 1000) / 10.0})
totals = {}
counts = {}
for r in records:
    k = r["region"]
    totals[k] = totals.get(k, 0.0) + r["amount"]
    counts[k] = counts.get(k, 0) + 1
summary = [(k, counts[k], round(totals[k] / counts[k], 2)) for k in sorted(totals)]
summary
