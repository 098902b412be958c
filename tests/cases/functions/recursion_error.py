# Runaway recursion raises RecursionError, which can be caught.
def descend(n):
    return descend(n + 1)
try:
    descend(0)
except RecursionError as e:
    print("caught:", e)
print("still running")
# expect: caught: maximum recursion depth exceeded
# expect: still running
