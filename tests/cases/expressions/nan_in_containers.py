# nan is not equal to itself, but containment uses identity first.
nan = float("nan")
xs = [nan]
print(nan in xs, float("nan") in xs, xs == xs, [nan] == [float("nan")])
# expect: True False True False
