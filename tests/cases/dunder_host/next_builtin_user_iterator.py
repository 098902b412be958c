# next() on an object whose __next__ calls the host, with and without a default, and yield from it.
# host: poll -> 1
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= poll()
        return self.n

c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("exhausted")

def relay(n):
    got = yield from Countdown(n)
    print("relay result", got)
    yield "end"

print(list(relay(3)))
# expect: 1 0 done
# expect: exhausted
# expect: relay result None
# expect: [2, 1, 0, 'end']
