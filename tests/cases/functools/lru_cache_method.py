# lru_cache on a method: self is part of the key, and the cache is shared by the class.
from functools import lru_cache


class Grid:
    def __init__(self, w):
        self.w = w

    def __hash__(self):
        return hash(self.w)

    def __eq__(self, other):
        return self.w == other.w

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


g = Grid(3)
print(g.paths(10, 10), Grid(3).paths(10, 10), Grid.paths.cache_info())
print(Grid.paths(g, 1, 1))
# expect: 184756 184756 CacheInfo(hits=82, misses=120, maxsize=None, currsize=120)
# expect: 2
