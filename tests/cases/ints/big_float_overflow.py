# Converting a huge int to float overflows.
big = 10 ** 400
print(big > 0)
print(float(big))
# expect: True
# expect runtime error: OverflowError: int too large to convert to float
