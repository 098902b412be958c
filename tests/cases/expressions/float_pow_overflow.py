# Float exponentiation that overflows raises OverflowError.
print(2.0 ** 1000 > 0)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
# expect: True
# expect: OverflowError True
