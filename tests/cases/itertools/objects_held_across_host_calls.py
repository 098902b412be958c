# Iterators, partials, caches and getters held in variables while the run waits on the host: each snapshot
# holds them mid-way (a count part-consumed, a groupby between groups, a tee's buffer) and resumes them exactly.
# host: tick -> 1
import itertools
import functools
import operator

c = itertools.count(10, 5)
g = itertools.groupby("aabbc")
t1, t2 = itertools.tee(iter([1, 2, 3]))
cy = itertools.cycle("xy")
p = functools.partial(operator.add, 100)
cached = functools.lru_cache(maxsize=4)(lambda x: x * 2)
getter = operator.itemgetter(1, 0)
caller = operator.methodcaller("upper")
prod = itertools.product("ab", repeat=2)
perm = itertools.permutations(range(3))
out = []
for step in range(3):
    tick(step)
    k, grp = next(g)
    out.append((next(c), k, list(grp), next(t1), next(cy), p(step), cached(step % 2), next(prod), next(perm)))
print(out)
print(list(t2), getter("xyz"), caller("q"), cached.cache_info(), next(c), list(prod), list(perm))
# expect: [(10, 'a', ['a', 'a'], 1, 'x', 100, 0, ('a', 'a'), (0, 1, 2)), (15, 'b', ['b', 'b'], 2, 'y', 101, 2, ('a', 'b'), (0, 2, 1)), (20, 'c', ['c'], 3, 'x', 102, 0, ('b', 'a'), (1, 0, 2))]
# expect: [1, 2, 3] ('y', 'x') Q CacheInfo(hits=1, misses=2, maxsize=4, currsize=2) 25 [('b', 'b')] [(1, 2, 0), (2, 0, 1), (2, 1, 0)]
