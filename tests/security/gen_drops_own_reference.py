# A generator whose body drops the last variable holding the generator while it runs.
def step(x):
    global g
    g = None
    return x * 10


g = (step(x) for x in [1, 2, 3])
it = g
print(next(it), g)
print(list(it))
# expect: 10 None
# expect: [20, 30]
