# A generator function (gi_frame lives there).
def g():
    yield 1

print(next(g()).gi_frame)
# expect error: 3:5: yield is not supported
