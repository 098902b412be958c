# Float locals proven by the type pass stay unboxed doubles inside a function: results must not change.
def stats(values):
    total = 0.0
    sq = 0.0
    for v in values:
        x = v * 1.0
        total += x
        sq += x * x
    n = len(values)
    mean = total / n
    return mean, sq / n - mean * mean


def decay(steps):
    level = 100.0
    i = 0
    while i < steps:
        level = level * 0.9 - 0.5
        i += 1
    return level


print(stats([1, 2, 3, 4.5]))
print(decay(5), decay(0))
print(-decay(2), decay(3) > 60.0, decay(3) == decay(3))
# expect: (2.625, 1.671875)
# expect: 57.001450000000006 100.0
# expect: -80.05 True True
