# Unbounded recursion raises RecursionError with CPython's message.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(e)
# expect: maximum recursion depth exceeded
