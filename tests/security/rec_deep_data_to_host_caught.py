# A value nested 2000 deep passed to the host: RecursionError at the call site, where the program can catch it.
x = []
for i in range(2000):
    x = [x]
try:
    tool(x)
except RecursionError as e:
    print("caught", e)
print("after")
# host: tool -> {"a": 1}
# pith only: CPython has no host boundary; pith refuses values nested deeper than 1000
# expect: caught maximum recursion depth exceeded while converting a value for the host
# expect: after
