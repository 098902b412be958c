# bool() of numbers, containers and None.
print(bool(), bool(0.0), bool(-1), bool(float("nan")), bool("False"), bool(" "), bool(range(0)))
# expect: False False True True True True False
