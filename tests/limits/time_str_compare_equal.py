# Two equal 10 MB strs compared forever: each == is one long memcmp.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
x = 'ab' * (5 * 10**6)
y = 'a' + x[1:]
while True:
    x == y
