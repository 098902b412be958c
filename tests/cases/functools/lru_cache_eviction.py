# A bounded lru_cache evicts the least recently used entry; a hit makes its entry the most recent.
from functools import lru_cache


@lru_cache(maxsize=2)
def load(key):
    print("load", key)
    return key.upper()


for k in ["a", "b", "a", "c", "b", "a", "a"]:
    load(k)
print(load.cache_info())


@lru_cache(maxsize=0)
def never(x):
    print("call", x)
    return x


never(1), never(1)
print(never.cache_info())
print(load.cache_parameters(), never.cache_parameters())
# expect: load a
# expect: load b
# expect: load c
# expect: load b
# expect: load a
# expect: CacheInfo(hits=2, misses=5, maxsize=2, currsize=2)
# expect: call 1
# expect: call 1
# expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
# expect: {'maxsize': 2, 'typed': False} {'maxsize': 0, 'typed': False}
