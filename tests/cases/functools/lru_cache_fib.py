# lru_cache(maxsize=None) memoises a recursive function; cache_info() counts hits and misses as CPython does.
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
print(fib(10), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (89, 91, None, 91))
fib.cache_clear()
print(fib.cache_info(), fib(3), fib.cache_info())


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 0)
# expect: 2880067194370816120 CacheInfo(hits=88, misses=91, maxsize=None, currsize=91)
# expect: 55 CacheInfo(hits=89, misses=91, maxsize=None, currsize=91)
# expect: 89 91 None 91 True
# expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0) 2 CacheInfo(hits=1, misses=4, maxsize=None, currsize=4)
# expect: 541 True
