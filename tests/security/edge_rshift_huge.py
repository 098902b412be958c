# Shifts by huge counts that fit nothing.
print(1 >> 10**30, -1 >> 10**30, (-5) >> 2**64)
# expect: 0 -1 -1
