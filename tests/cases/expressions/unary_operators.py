# Unary minus, plus, invert and not on ints, floats and bools.
print(-5, +5, ~5, ~-1, not 0, not 3)
print(-True, +False, ~True, -(-2.5))
print(-0.0, +(-0.0), not "", not [0])
# expect: -5 5 -6 0 True False
# expect: -1 0 -2 2.5
# expect: -0.0 -0.0 True False
