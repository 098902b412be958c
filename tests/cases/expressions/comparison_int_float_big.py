# Exact comparison of big ints with floats.
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 1 == 1.0, hash(1) == hash(1.0))
# expect: False True
# expect: False False True True
