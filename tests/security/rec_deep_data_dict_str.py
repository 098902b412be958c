# str of a dict nested 100000 deep.
x = {}
for i in range(100000):
    x = {0: x}
print(len(str(x)))
# expect runtime error: RecursionError: maximum recursion depth exceeded while getting the repr of an object
