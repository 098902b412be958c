# --max-depth 1000000 on a trivial recursion, uncaught: RecursionError ends the run, not a segfault.
# limit: --max-depth 1000000
# expect limit: RecursionError
def f(n):
    return f(n + 1) if n else 0
print(f(1))
