# A decorator that wraps a function and logs calls.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@logged
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
# expect: call add (1, 2) {}
# expect: ret 3
# expect: call add (5,) {'b': 6}
# expect: ret 11
# expect: 11
