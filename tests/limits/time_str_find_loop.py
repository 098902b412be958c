# Search a 4 MB string for a needle that is not there, forever.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = "a" * (4 * 10**6)
n = 0
while True:
    n += s.count("ab") + s.find("b")
