# With --max-depth 1000000 the C stack runs out long before the count: RecursionError, caught, and the run goes on.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n


print(f(0) > 1000)
# limit: --max-depth 1000000
# pith only: the depth reached depends on the C stack (CPython 3.11 with such a limit crashes)
# expect: True
