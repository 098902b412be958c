# str and repr of ints, including negatives, zero and big values.
print(str(0), str(-0), repr(42), repr(-7))
print(str(2 ** 64), repr(-(2 ** 64)))
print(str(123) + str(456))
print(len(str(2 ** 100)))
# expect: 0 0 42 -7
# expect: 18446744073709551616 -18446744073709551616
# expect: 123456
# expect: 31
