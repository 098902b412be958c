# lru_cache as @lru_cache, @lru_cache(), @lru_cache(n), lru_cache(None)(f), and cache(); the wrapper keeps the
# function's name and __wrapped__.
import functools
from functools import lru_cache, cache


@lru_cache
def a(x):
    return x * 2


@lru_cache()
def b(x):
    return x * 3


@lru_cache(16)
def c(x):
    return x * 4


def d(x):
    return x * 5


d = lru_cache(None)(d)


@cache
def e(x):
    return x * 6


for fn in [a, b, c, d, e]:
    print(fn.__name__, fn(1), fn(1), fn.cache_info(), fn.__wrapped__(2))
print(functools.lru_cache(maxsize=-3)(len).cache_info())
try:
    lru_cache("big")
except TypeError as err:
    print("TypeError:", err)
# expect: a 2 2 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1) 4
# expect: b 3 3 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1) 6
# expect: c 4 4 CacheInfo(hits=1, misses=1, maxsize=16, currsize=1) 8
# expect: d 5 5 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1) 10
# expect: e 6 6 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1) 12
# expect: CacheInfo(hits=0, misses=0, maxsize=0, currsize=0)
# expect: TypeError: Expected first argument to be an integer, a callable, or None
