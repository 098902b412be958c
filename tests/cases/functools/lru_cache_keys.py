# Cache keys: keyword and positional calls are different entries, typed=True separates 1 and 1.0, and an
# unhashable argument is CPython's TypeError.
from functools import lru_cache

calls = []


@lru_cache
def f(a, b=0):
    calls.append((a, b))
    return a + b


f(1), f(1, 0), f(a=1), f(1), f(1.0), f(True)
print(calls, f.cache_info())


@lru_cache(typed=True)
def g(x):
    calls.append(x)
    return x


calls.clear()
g(1), g(1.0), g(True), g(1)
print(calls, g.cache_info())
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)
# expect: [(1, 0), (1, 0), (1, 0), (1.0, 0)] CacheInfo(hits=2, misses=4, maxsize=128, currsize=4)
# expect: [1, 1.0, True] CacheInfo(hits=1, misses=3, maxsize=128, currsize=3)
# expect: TypeError: unhashable type: 'list'
