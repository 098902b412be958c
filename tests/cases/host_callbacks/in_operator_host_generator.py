# `x in generator` consumes it up to the match; the generator calls the host.
# host: item -> 1
def numbers(limit):
    n = 0
    while n < limit:
        n += item(n)
        yield n

g = numbers(6)
print(3 in g, next(g), 2 in g, list(g))
print(0 not in (x - 1 for x in numbers(3)), 9 in numbers(3))
# expect: True 4 False []
# expect: False False
