# inf and nan arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, 1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300)
print(float("-inf") < -1e308, inf == inf)
# expect: inf nan nan -inf 0.0
# expect: False True False False True
# expect: True True
