# A count that cannot be an index is OverflowError in CPython, before any allocation.
print("a" * 10**30)
# expect runtime error: OverflowError: cannot fit 'int' into an index-sized integer
