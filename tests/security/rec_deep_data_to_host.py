# A value nested 100000 deep passed to the host.
x = []
for i in range(100000):
    x = [x]
tool(x)
# host: tool -> {"a": 1}
# expect limit: RecursionError
