# Each call gets a fresh **kwargs dict; mutating it does not leak into the caller's dict.
def f(**kw):
    kw["seen"] = True
    return kw
opts = {"a": 1}
r = f(**opts)
print(r)
print(opts)
print(f() is f())
# expect: {'a': 1, 'seen': True}
# expect: {'a': 1}
# expect: False
