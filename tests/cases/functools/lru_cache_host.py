# A cached function that calls a host tool: misses wait on the host (the cache and the pending call are in each
# snapshot), hits answer without a call.
# host: lookup -> 4
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def cost(n):
    return lookup(n) if n < 2 else cost(n - 1) + cost(n - 2)


print(cost(12), cost.cache_info())


@cache
def profile(user):
    print("fetching", user)
    return {"user": user, "level": lookup(user)}


print(profile("ada"), profile("ada")["level"], profile("bob")["user"], profile.cache_info())


class Client:
    @lru_cache(maxsize=2)
    def get(self, key):
        print("GET", key)
        return lookup(key) * 10


c = Client()
print([c.get(k) for k in ["a", "b", "a", "c", "b"]], Client.get.cache_info())
# expect: 932 CacheInfo(hits=10, misses=13, maxsize=None, currsize=13)
# expect: fetching ada
# expect: fetching bob
# expect: {'user': 'ada', 'level': 4} 4 bob CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
# expect: GET a
# expect: GET b
# expect: GET c
# expect: GET b
# expect: [40, 40, 40, 40, 40] CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
