# hash() of a 10 MB int, forever: int hashes are not cached, so each one reads every limb.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = (1 << (80 * 10**6)) - 1
while True:
    hash(x)
