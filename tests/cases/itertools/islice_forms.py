# islice(it, stop) and islice(it, start, stop[, step]) with None for any bound; it consumes only what it needs
# from the underlying iterator.
from itertools import islice, count

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(count(), 5, 20, 5)), list(islice(range(10), None)), list(islice(range(10), None, None, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
print(list(islice([], 3)), list(islice("ab", 5, 10)), list(islice("abc", 1, 1)))
print(list(islice(count(10), True)))


def numbers():
    for i in range(100):
        print("produce", i)
        yield i


print(list(islice(numbers(), 1, 4, 2)))
# expect: ['A', 'B'] ['C', 'D']
# expect: ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G']
# expect: [5, 10, 15] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [0, 3, 6, 9]
# expect: [0, 1, 2] 3 [6, 7] 8
# expect: [] [] []
# expect: [10]
# expect: produce 0
# expect: produce 1
# expect: produce 2
# expect: produce 3
# expect: [1, 3]
