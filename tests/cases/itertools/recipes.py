# The itertools documentation's recipes an agent reaches for: take, nth, batched, flatten, unique_everseen,
# roundrobin, sliding windows, all_equal.
from itertools import islice, chain, cycle, groupby, tee, count


def take(n, iterable):
    return list(islice(iterable, n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def unique_everseen(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def windows(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        next(islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*its)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


print(take(3, count(5)), nth("abcdef", 2), nth("ab", 9, "-"))
print(list(batched("ABCDEFG", 3)), list(chain.from_iterable([[1, 2], [3]])))
print(list(unique_everseen("AAAABBBCCDAABBB")), "".join(roundrobin("ABC", "D", "EF")))
print(list(windows([1, 2, 3, 4, 5], 3)), all_equal("aaa"), all_equal("aab"), all_equal(""))
# expect: [5, 6, 7] c -
# expect: [('A', 'B', 'C'), ('D', 'E', 'F'), ('G',)] [1, 2, 3]
# expect: ['A', 'B', 'C', 'D'] ADEBFC
# expect: [(1, 3, 5)] True False True
