# Unboxed float division, floor division, modulo and power keep CPython's errors and values.
def ops(a, b):
    x = a * 1.0
    y = b * 1.0
    return x / y, x // y, x % y, x ** y


print(ops(7, 2))
print(ops(-7, 2))
print(ops(7, -2))
print(ops(2, 0.5))
try:
    ops(1, 0)
except ZeroDivisionError as e:
    print("caught", e)


def big(n):
    x = 10.0
    return x ** n


print(big(300) > 1e299)
print(big(400))
# expect: (3.5, 3.0, 1.0, 49.0)
# expect: (-3.5, -4.0, 1.0, 49.0)
# expect: (-3.5, -4.0, -1.0, 0.02040816326530612)
# expect: (4.0, 4.0, 0.0, 1.4142135623730951)
# expect: caught float division by zero
# expect: True
# expect runtime error: OverflowError: (34, 'Numerical result out of range')
