# ** with negative exponents yields floats; 0 ** -1 raises.
print(2 ** -1, 10 ** -3, (-2) ** 3, -2 ** 2)
print(2 ** 0.5 == 2 ** (1 / 2), 4 ** 0.5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
# expect: 0.5 0.001 -8 -4
# expect: True 2.0
# expect: 0.0 cannot be raised to a negative power
