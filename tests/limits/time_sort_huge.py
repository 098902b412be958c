# One sort call that runs for minutes: 100000 rows, each a list of a million ints, all equal, so
# every comparison walks a million elements (two distinct lists, so no identity shortcut applies).
# Memory stays small (two 8 MB lists); the time check must happen inside the sort.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
a = list(range(10**6))
b = list(range(10**6))
rows = [a, b] * 50000
rows.sort()
print(len(rows))
