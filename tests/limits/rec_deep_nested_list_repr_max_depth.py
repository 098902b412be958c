# repr() of a list nested 100000 deep with --max-depth 1000000: the container walk's nesting guard
# (rt_nest_enter) also checks the C stack, so the depth limit beyond the stack cannot let it overflow.
# limit: --max-depth 1000000
# expect: RecursionError
x = []
for i in range(100000):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError:
    print("RecursionError")
