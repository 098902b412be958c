# Recursion through a decorator's wrapper (two Python frames per level).
# limit: --max-depth 200
# expect limit: RecursionError
def logged(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def f(n):
    return f(n + 1)
f(0)
