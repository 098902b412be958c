# Comparisons across int, float, bool and big ints.
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 <= -1.0)
print(True == 1, False == 0, True > False, True + True == 2)
print(2 ** 70 > 1e20, 2 ** 70 < 1e22, 2 ** 53 + 1 == 2.0 ** 53)
print(3 != 3.0, 0 == -0.0, 0.5 >= 0)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
# expect: True True True True
# expect: True True True True
# expect: True True False
# expect: False True True
# expect: True False True
