# Item assignment with negative indices; accumulate into a list of counters.
counts = [0] * 5
for n in [1, 3, 3, 4, 1, 1, 0]:
    counts[n] += 1
counts[-1] = counts[-1] * 10
print(counts)
print(counts[1:4], len(counts[1:4]))
# expect: [1, 3, 0, 2, 10]
# expect: [3, 0, 2] 3
