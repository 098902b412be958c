# Float overflow and conversions of inf/nan.
print(float("1e999"), 2.0 ** -2000)
try:
    print(10.0 ** 1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
print(int(float("nan")))
# expect: inf 0.0
# expect: OverflowError (34, 'Numerical result out of range')
# expect: cannot convert float infinity to integer
# expect runtime error: ValueError: cannot convert float NaN to integer
