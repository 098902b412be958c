# callable() on functions, lambdas, builtins, classes of builtins and plain values.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int))
print(callable(3), callable("s"), callable(None), callable([f]))
# expect: True True True True
# expect: False False False False
