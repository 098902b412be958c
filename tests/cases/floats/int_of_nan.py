# int() of NaN is a ValueError.
x = float('nan')
print(int(x))
# expect runtime error: ValueError: cannot convert float NaN to integer
