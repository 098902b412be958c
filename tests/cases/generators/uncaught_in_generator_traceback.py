# An uncaught exception in a generator: CPython's last traceback line.
def g():
    yield 1
    yield {}["missing"]

for x in g():
    print(x)
# expect: 1
# expect runtime error: KeyError: 'missing'
