# bool() of values.
print(bool(), bool(0), bool(1), bool(-0.0), bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(None))
print(bool(2 ** 100), bool(float("nan")), bool(()), bool((0,)))
# expect: False False True False False True False True False False
# expect: True True False True
