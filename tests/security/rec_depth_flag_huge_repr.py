# repr of a list nested a million deep under --max-depth 1000000: the runtime's own recursion is guarded too.
x = []
for i in range(10**6):
    x = [x]
print(len(repr(x)))
# limit: --max-depth 1000000
# expect limit: RecursionError
