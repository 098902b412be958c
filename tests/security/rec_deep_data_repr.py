# repr of a list nested 100000 deep.
x = []
for i in range(100000):
    x = [x]
print(len(repr(x)))
# expect runtime error: RecursionError: maximum recursion depth exceeded while getting the repr of an object
