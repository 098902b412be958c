# A value nested deeper than the host boundary converts (1000 levels) raises RecursionError at the call
# site, where the program can catch it, instead of failing the whole run after it stopped.
# limit:
# host: tool -> 1
# expect: RecursionError maximum recursion depth exceeded while converting a value for the host
# expect: 1
x = []
for i in range(2000):
    x = [x]
try:
    tool(x)
except RecursionError as e:
    print("RecursionError", e)
print(tool([[1]]))
