# repeat(x) for ever, repeat(x, n) n times (a negative n: none), with its repr; a common argument for map and zip.
from itertools import repeat

print(list(repeat("a", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
r = repeat(7)
print(next(r), next(r), repr(r))
print(repr(repeat([1], 2)), repr(repeat(None, times=4)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(0))))
t = repeat("x", 2)
next(t)
print(repr(t), list(t), repr(t))
try:
    repeat(1, "a")
except TypeError as e:
    print("TypeError:", e)
# expect: ['a', 'a', 'a'] [] []
# expect: 7 7 repeat(7)
# expect: repeat([1], 2) repeat(None, 4)
# expect: [0, 1, 4, 9, 16]
# expect: [('a', 0), ('b', 0), ('c', 0)]
# expect: repeat('x', 1) ['x'] repeat('x', 0)
# expect: TypeError: 'str' object cannot be interpreted as an integer
