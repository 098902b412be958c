# hash of a tuple nested 100000 deep.
x = ()
for i in range(100000):
    x = (x,)
print(hash(x) == hash(x))
# pith only: CPython hashes nested tuples on the C stack with no depth check (deep enough, it crashes)
# expect runtime error: RecursionError: maximum recursion depth exceeded while calling a Python object
