# itertools' iterators wherever Python takes an iterable: in, unpacking, sum/min/max/sorted, dict, str.join,
# enumerate, map, and a for loop that breaks out early.
import itertools
import operator

print(5 in itertools.count(), "b" in itertools.cycle("abc"), sum(itertools.islice(itertools.count(), 10)))
a, b = itertools.pairwise([1, 2, 3])
print(a, b, dict(itertools.zip_longest("ab", [1])), sorted(itertools.chain([3], [1, 2])))
print(max(itertools.starmap(operator.mul, zip([1, 2], [3, 4]))), min(itertools.repeat(4, 3)))
print(list(enumerate(itertools.repeat("x", 2))), set(itertools.chain("aa", "b")) == {"a", "b"})
x, *rest = itertools.accumulate([1, 2, 3])
print(x, rest, tuple(itertools.product("a", "b")), "".join(itertools.chain("ab", "cd")))
print(list(map(len, itertools.repeat("ab", 2))), bool(itertools.count()), 0 in itertools.repeat(1, 3))
for n in itertools.count(1):
    if n * n > 50:
        break
print(n, any(itertools.repeat(True)), all(itertools.repeat(False)))
try:
    reversed(itertools.count())
except TypeError as e:
    print("TypeError:", e)
# expect: True True 45
# expect: (1, 2) (2, 3) {'a': 1, 'b': None} [1, 2, 3]
# expect: 8 4
# expect: [(0, 'x'), (1, 'x')] True
# expect: 1 [3, 6] (('a', 'b'),) abcd
# expect: [2, 2] True False
# expect: 8 True False
# expect: TypeError: 'itertools.count' object is not reversible
