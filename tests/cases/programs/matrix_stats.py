# Column statistics of a small numeric table using zip(*rows).
rows = [[1, 2.5, 3], [4, 5.5, 6], [7, 8.5, 9]]
cols = list(zip(*rows))
for i, col in enumerate(cols):
    mean = sum(col) / len(col)
    print(f"col{i}: min={min(col)} max={max(col)} mean={mean:.3f}")
print([sum(r) for r in rows], [round(sum(c) / len(c), 1) for c in cols])
# expect: col0: min=1 max=7 mean=4.000
# expect: col1: min=2.5 max=8.5 mean=5.500
# expect: col2: min=3 max=9 mean=6.000
# expect: [6.5, 15.5, 24.5] [4.0, 5.5, 6.0]
