# Sorting tool results (dicts) by a field, stable for ties.
rows = [
    {"name": "svc-a", "latency": 120},
    {"name": "svc-b", "latency": 45},
    {"name": "svc-c", "latency": 120},
    {"name": "svc-d", "latency": 7},
]
def by_latency(r):
    return r["latency"]
rows.sort(key=by_latency, reverse=True)
for r in rows:
    print(r["name"], r["latency"])
# expect: svc-a 120
# expect: svc-c 120
# expect: svc-b 45
# expect: svc-d 7
