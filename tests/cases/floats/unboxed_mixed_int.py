# An unboxed float meeting ints (small, big, bool) converts them exactly as CPython does.
def mix(k):
    f = 0.5
    a = f + k
    b = f * 3
    c = 2 - f
    d = f / 4
    e = k / 3 + f
    return a, b, c, d, e


print(mix(1))
print(mix(True))
print(mix(10**20))
print(mix(-7))
# expect: (1.5, 1.5, 1.5, 0.125, 0.8333333333333333)
# expect: (1.5, 1.5, 1.5, 0.125, 0.8333333333333333)
# expect: (1e+20, 1.5, 1.5, 0.125, 3.333333333333333e+19)
# expect: (-6.5, 1.5, 1.5, 0.125, -1.8333333333333335)
