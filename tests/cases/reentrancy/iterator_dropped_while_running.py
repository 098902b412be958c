# The Python code an iterator runs drops every other reference to the iterator (and to the function
# it calls): the running builtin must keep both alive until it returns.
# expect: [(1, 'd'), (2, 'd')] None
# expect: [10, 20, 30] None None
# expect: [2, 3] None
# expect: [1, 1, 1] None
def drop_zip():
    global z
    z = None
    return "d"

z = zip(iter([1, 2]), (drop_zip() for _ in range(5)))
print(list(z), z)

def drop_map(x):
    global m, fn
    m = None
    fn = None
    return x * 10

fn = drop_map
m = map(fn, [1, 2, 3])
print(list(m), m, fn)

def drop_filter(x):
    global f
    f = None
    return x > 1

f = filter(drop_filter, [1, 2, 3])
print(list(f), f)

def drop_gen():
    global g
    g = None
    return 1

g = (drop_gen() for _ in range(3))
print(list(g), g)
