# The functions itertools calls back (accumulate's func, starmap's, groupby's key, the predicates) call a host
# tool: each waits inside the callback, and the runner replays the run through a snapshot at every host call.
# host: score -> 7
from itertools import accumulate, starmap, groupby, dropwhile, takewhile, filterfalse


def weight(x):
    return score(x) + x


print(list(accumulate([1, 2, 3], lambda total, x: total + weight(x))))
print(list(accumulate([1, 2], lambda total, x: total * weight(x), initial=2)))
print(list(starmap(lambda a, b: weight(a) * b, [(1, 2), (3, 4)])))
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: weight(x) // 10)])
print(list(dropwhile(lambda x: weight(x) < 10, [1, 2, 3, 1])), list(takewhile(lambda x: weight(x) < 10, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: weight(x) % 2, range(6))))
total = 0
for k, g in groupby("aabbbc", key=lambda ch: score(ch) > 0 and ch):
    total += len(list(g))
    print(k, total)
# expect: [1, 10, 20]
# expect: [2, 16, 144]
# expect: [16, 40]
# expect: [(0, [1, 2]), (1, [3, 4, 5, 6])]
# expect: [3, 1] [1, 2]
# expect: [1, 3, 5]
# expect: a 2
# expect: b 5
# expect: c 6
