# Generator functions take every kind of parameter and close over variables.
def gen(a, b=2, *rest, scale=1, **kw):
    yield a * scale
    yield b * scale
    for r in rest:
        yield r * scale
    for k in sorted(kw):
        yield k

print(list(gen(1)), list(gen(1, 3, 5, 7, scale=10, z=0, y=1)))

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        yield count
        count += 1
        yield count
    return step

s = counter()
print(list(s()), list(s()))
g = (lambda n: (i for i in range(n)))(3)
print(list(g))
# expect: [1, 2] [10, 30, 50, 70, 'y', 'z']
# expect: [1, 2] [3, 4]
# expect: [0, 1, 2]
