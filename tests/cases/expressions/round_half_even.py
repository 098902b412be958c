# round() uses banker's rounding; ndigits for ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.25, 1), round(1234.5678, -2), round(1234, -2), round(1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7, 0))
# expect: 0 2 2 0 -2
# expect: 2.67 1.2 1200.0 1200 1200
# expect: int float 7
