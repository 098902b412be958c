# abs of ints, floats, big ints and bools.
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-(2 ** 64)), abs(True))
print(abs(-9223372036854775808))
# expect: 5 5 0 2.5 18446744073709551616 1
# expect: 9223372036854775808
