# float() of ints, big ints, bools, strings and floats.
print(float(3), float(-2), float(True), float(2 ** 60), float("1_000.5"), float(), float(1.25))
# expect: 3.0 -2.0 1.0 1.152921504606847e+18 1000.5 0.0 1.25
