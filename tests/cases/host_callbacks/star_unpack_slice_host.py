# Star arguments, starred displays, slice assignment and starred unpacking from generators that call the
# host.
# host: ask -> 5
def gen(n):
    for i in range(n):
        yield ask(i) + i

g = gen(2)
print(*g)
g = gen(3)
both = [*g, 0]
print(both)
a = [0, 0, 0]
a[1:] = gen(2)
print(a)
head, *tail = gen(4)
print(head, tail)
try:
    x, y = gen(3)
except ValueError as e:
    print(e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(e)
# expect: 5 6
# expect: [5, 6, 7, 0]
# expect: [0, 5, 6]
# expect: 5 [6, 7, 8]
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 2)
