# ** with ints: positive exponents stay int, negative exponents give floats, big results are exact.
print(2 ** 10, (-3) ** 3, 10 ** 0, 0 ** 0)
print(2 ** -1, 10 ** -2, (-2) ** -2)
print(2 ** 100)
print((-2) ** 63)
print(2.0 ** 3, 4 ** 0.5)
# expect: 1024 -27 1 1
# expect: 0.5 0.01 0.25
# expect: 1267650600228229401496703205376
# expect: -9223372036854775808
# expect: 8.0 2.0
