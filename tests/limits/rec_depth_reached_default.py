# The same with the default depth limit of 1000: f runs 999 times, as under CPython's default limit.
# limit:
# expect: 999
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError:
    print(depth)
