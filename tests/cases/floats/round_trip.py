# float(repr(x)) == x for typical values, and float() of typical strings.
values = [0.1, 19.99, 1e-9, 6.02214076e23, 3.141592653589793, -273.15, 5e-324]
for v in values:
    print(repr(v), float(repr(v)) == v)
print(float("19.99"), float("  -2.5\n"), float("1e3"), float("-0"), float("3"))
print(float("inf"), float("-INF"), float("nan"))
# expect: 0.1 True
# expect: 19.99 True
# expect: 1e-09 True
# expect: 6.02214076e+23 True
# expect: 3.141592653589793 True
# expect: -273.15 True
# expect: 5e-324 True
# expect: 19.99 -2.5 1000.0 -0.0 3.0
# expect: inf -inf nan
