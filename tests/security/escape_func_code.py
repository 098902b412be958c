# A function's code object.
def f():
    return 1

print(f.__code__.co_consts)
# expect error: 5:9: attribute '__code__' is not supported
