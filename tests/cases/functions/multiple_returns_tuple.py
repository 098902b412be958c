# Returning a tuple and unpacking it at the call site.
def stats(xs):
    lo = min(xs)
    hi = max(xs)
    return lo, hi, sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
print(stats([1]))
# expect: 4 42 18.0
# expect: (1, 1, 1.0)
