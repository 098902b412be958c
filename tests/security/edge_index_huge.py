# An index that cannot be an index.
print([1][10**30])
# expect runtime error: IndexError: cannot fit 'int' into an index-sized integer
