# str.replace on a 2 MB string, forever (the result is dropped each time).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = "ab" * 10**6
while True:
    t = s.replace("a", "xy")
