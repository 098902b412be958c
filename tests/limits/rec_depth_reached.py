# With --max-depth 200 the 200th nested Python frame (the module is the first) raises: f runs 199 times.
# limit: --max-depth 200
# expect: 199
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError:
    print(depth)
