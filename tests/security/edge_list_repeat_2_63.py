# The same for 2**63 items.
print([0] * 2**63)
# expect runtime error: OverflowError: cannot fit 'int' into an index-sized integer
