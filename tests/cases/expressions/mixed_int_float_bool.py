# Arithmetic mixing int, float and bool follows the numeric tower.
print(True + 1, True + 1.5, 3 * False, 7 / True)
print(1 + 2.0, type(1 + 2.0).__name__, 3 // 2.0, 3 % 2.5)
print(10 ** 20 + 0.5, type(10 ** 20 * 1.0).__name__)
# expect: 2 2.5 0 7.0
# expect: 3.0 float 1.0 0.5
# expect: 1e+20 float
