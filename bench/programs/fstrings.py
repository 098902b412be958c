# fstrings.py — building a report of 300,000 f-string lines and joining them.
lines = []
for i in range(300_000):
    name = "user" + str(i % 1000)
    lines.append(f"{name}: {i} items, {i % 7} errors")
report = "\n".join(lines)
len(report)
