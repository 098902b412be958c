# Parse log lines, count levels, and collect error messages.
# input: log = "2024-01-01 INFO start\n2024-01-01 WARN disk 91%\n2024-01-02 ERROR db timeout\n\n2024-01-02 INFO retry\n2024-01-02 ERROR db refused"
counts = {}
errors = []
for line in log.split("\n"):
    line = line.strip()
    if not line:
        continue
    parts = line.split(" ", 2)
    date, level, msg = parts[0], parts[1], parts[2]
    counts[level] = counts.get(level, 0) + 1
    if level == "ERROR":
        errors.append(date + ": " + msg)
print(counts)
for e in errors:
    print(" -", e)
# expect: {'INFO': 2, 'WARN': 1, 'ERROR': 2}
# expect:  - 2024-01-02: db timeout
# expect:  - 2024-01-02: db refused
