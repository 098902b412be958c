# An infinite generator consumed by a for loop that never breaks: the time limit stops it.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print("start")
for x in naturals():
    pass
# limit: --max-time 1
# expect limit: TimeLimitExceeded
# expect: start
