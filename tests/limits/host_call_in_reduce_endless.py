# reduce() over an endless generator whose items call the host: the host-call limit stops it, the generator's
# frame waiting above reduce's native frame.
# host: fetch -> 1
from functools import reduce


def forever():
    while True:
        yield fetch(0)


print("start")
print(reduce(lambda a, b: a + b, forever()))
# limit: --max-host-calls 50
# expect limit: HostCallLimitExceeded
# expect: start
