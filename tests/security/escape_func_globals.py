# A function's globals dict would expose every module-level name.
def f():
    return 1

print(f.__globals__)
# expect error: 5:9: attribute '__globals__' is not supported
