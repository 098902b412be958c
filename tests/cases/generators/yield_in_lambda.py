# A lambda whose body yields is a generator function, as in CPython: send() answers the yield, the
# lambda's value is the generator's return value (StopIteration.value), and yield from works too.
g = lambda: (yield 1)
it = g()
print(type(it).__name__, next(it))
try:
    it.send("back")
except StopIteration as e:
    print("stop", e.value)
h = lambda xs: (yield from xs)
print(list(h([1, 2, 3])))
pairs = lambda a, b: ((yield a), (yield b))
p = pairs("x", "y")
print(next(p), p.send(1))
try:
    p.send(2)
except StopIteration as e:
    print(e.value)
# expect: generator 1
# expect: stop back
# expect: [1, 2, 3]
# expect: x y
# expect: (1, 2)
