# Build a padded text table from rows.
rows = [["name", "status", "ms"], ["auth", "ok", "12"], ["search-api", "degraded", "870"]]
widths = [0, 0, 0]
for r in rows:
    for i in range(3):
        if len(r[i]) > widths[i]:
            widths[i] = len(r[i])
for r in rows:
    cells = []
    for i in range(3):
        cells.append(r[i] + " " * (widths[i] - len(r[i])))
    print("| " + " | ".join(cells) + " |")
# expect: | name       | status   | ms  |
# expect: | auth       | ok       | 12  |
# expect: | search-api | degraded | 870 |
