# max() over an infinite map whose function calls the host: the native frames burn fuel, so the time limit
# stops the run even though every call is answered at once.
# host: score -> 1
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(max(map(score, naturals())))
# limit: --max-time 1 --max-host-calls 100000000
# expect limit: TimeLimitExceeded
