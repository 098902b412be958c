# yield from an infinite delegate, consumed by sum(): the time limit stops it.
def ones():
    while True:
        yield 1

def delegate():
    yield from ones()

print(sum(delegate()))
# limit: --max-time 1
# expect limit: TimeLimitExceeded
