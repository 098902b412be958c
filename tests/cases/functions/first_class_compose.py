# Functions are first-class: passed, returned and composed.
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
def inc(x):
    return x + 1
def dbl(x):
    return x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pipeline = [inc, dbl, inc]
v = 1
for step in pipeline:
    v = step(v)
print(v)
# expect: 11 12
# expect: 5
