# list() of an infinite generator that calls the host: each call suspends the run, and the host-call limit
# stops it (the generator runs as a frame on the chain, below a native frame collecting the list).
# host: fetch -> 1
def forever():
    n = 0
    while True:
        n += fetch(n)
        yield n

print("start")
items = list(forever())
# limit: --max-host-calls 50
# expect limit: HostCallLimitExceeded
# expect: start
