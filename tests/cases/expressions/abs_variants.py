# abs on int, float, bool, big int, -0.0 and inf.
print(abs(-3), abs(-3.5), abs(True), abs(-(10 ** 25)), abs(-0.0), abs(float("-inf")))
# expect: 3 3.5 1 10000000000000000000000000 0.0 inf
