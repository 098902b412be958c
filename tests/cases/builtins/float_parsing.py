# float() from strings, including inf/nan spellings, underscores and exponents.
print(float("3.5"), float(" -1e3 "), float("1_000.5"), float("inf"), float("-Infinity"), float("nan"))
print(float(".5"), float("5."), float(7), float(True), float("1e-5"))
try:
    float("1.2.3")
except ValueError as e:
    print(e)
# expect: 3.5 -1000.0 1000.5 inf -inf nan
# expect: 0.5 5.0 7.0 1.0 1e-05
# expect: could not convert string to float: '1.2.3'
