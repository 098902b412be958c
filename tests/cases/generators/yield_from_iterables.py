# yield from any iterable: lists, strings, ranges, dicts, generator expressions; the value is None.
def chain(*its):
    for it in its:
        r = yield from it
        assert r is None
    yield from (x * 10 for x in range(2))

print(list(chain([1, 2], "ab", range(3, 5), {"k": 1}, (), iter([9]))))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
# expect: [1, 2, 'a', 'b', 3, 4, 'k', 9, 0, 10]
# expect: [1, 2, 3, 4, 5, 6]
