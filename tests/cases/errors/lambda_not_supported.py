# lambda is outside the subset.
rows = [("a", 2), ("b", 1)]
rows.sort(key=lambda r: r[1])
print(rows)
# expect error: 3:15: lambda is not supported
