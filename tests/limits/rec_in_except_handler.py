# Recursion from inside an except handler (each level has an exception being handled).
# limit: --max-depth 200
# expect limit: RecursionError
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        return f(n + 1)
f(0)
