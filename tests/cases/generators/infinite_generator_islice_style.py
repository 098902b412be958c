# An infinite generator consumed a piece at a time.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(5, naturals()))
print(take(10, fib()))
evens = (x for x in naturals() if x % 2 == 0)
print(next(evens), next(evens), next(evens))
# expect: [0, 1, 2, 3, 4]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: 0 2 4
