# Two equal 10 MB ints compared forever: each == reads every limb.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = (1 << (80 * 10**6)) - 1
y = x + 0
while True:
    x == y
