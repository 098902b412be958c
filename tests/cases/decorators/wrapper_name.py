# Without functools.wraps the wrapper keeps its own __name__.
def deco(fn):
    def wrapper():
        return fn()
    return wrapper
@deco
def original():
    return 1
print(original.__name__)
# expect: wrapper
