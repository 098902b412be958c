# --max-depth 1000000 on a trivial recursion: the depth limit lies beyond the C stack, so the C stack
# guard raises RecursionError (catchable, as in CPython), and the program goes on.
# limit: --max-depth 1000000
# expect: RecursionError: maximum recursion depth exceeded
# expect: after
def f(n):
    return f(n + 1) if n else 0
try:
    f(1)
except RecursionError as e:
    print("RecursionError:", e)
print("after")
