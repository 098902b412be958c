# del x[0] on a million items moves them all: one memmove per statement, which must spend fuel.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = list(range(10**6))
while True:
    del x[0]
    x.append(0)
