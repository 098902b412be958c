# count, reverse, copy and clear.
xs = [1, 2, 1, 3, 1]
print(xs.count(1), xs.count(5))
ys = xs.copy()
xs.reverse()
print(xs, ys)
ys.clear()
print(ys, xs)
# expect: 3 0
# expect: [1, 3, 1, 2, 1] [1, 2, 1, 3, 1]
# expect: [] [1, 3, 1, 2, 1]
