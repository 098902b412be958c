# Recursion a few hundred frames deep is fine.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def total(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)
print(total(list(range(300)), 0))
# expect: 500
# expect: 44850
