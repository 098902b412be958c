# A cached recursive function: each level is the wrapper's call and the function's, so the recursion limit is
# met at about half the plain function's depth, as in CPython.
from functools import lru_cache


@lru_cache(maxsize=None)
def depth(n):
    return depth(n - 1) + 1 if n else 0


print(depth(400))
depth.cache_clear()
try:
    depth(700)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(300), depth.cache_info().currsize)
# expect: 400
# expect: RecursionError: maximum recursion depth exceeded
# expect: 300 301
