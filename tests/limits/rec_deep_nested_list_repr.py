# A list nested 100000 deep (small: about 6 MB); repr() of it must raise RecursionError, as in
# CPython, instead of overflowing the C stack.
# limit: --max-depth 200
# expect limit: RecursionError
x = []
for i in range(100000):
    x = [x]
print(len(repr(x)))
