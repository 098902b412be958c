# A range longer than a machine word: indexing works, len does not.
r = range(10**30)
print(r[10**29], r[-1], 10**29 in r)
print(len(r))
# expect: 100000000000000000000000000000 999999999999999999999999999999 True
# expect runtime error: OverflowError: Python int too large to convert to C ssize_t
