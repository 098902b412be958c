# List literals, indexing and slicing (a slice is a new list).
xs = [10, 20, 30, 40, 50]
print(xs[0], xs[-1], xs[2])
print(xs[1:3], xs[:2], xs[3:], xs[::-1], xs[::2], xs[-2:], xs[4:1:-1])
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0], len([]), [] == [])
print(xs[10:], xs[-10:1])
# expect: 10 50 30
# expect: [20, 30] [10, 20] [40, 50] [50, 40, 30, 20, 10] [10, 30, 50] [40, 50] [50, 40, 30]
# expect: 10 99 0 True
# expect: [] [10]
