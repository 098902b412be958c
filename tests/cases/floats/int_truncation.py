# int() of a float truncates toward zero.
values = [3.7, -3.7, 0.5, -0.5, 2.0, -0.0, 1e10, 123456789.999]
for v in values:
    print(int(v))
print(int(1e20))
# expect: 3
# expect: -3
# expect: 0
# expect: 0
# expect: 2
# expect: 0
# expect: 10000000000
# expect: 123456789
# expect: 100000000000000000000
