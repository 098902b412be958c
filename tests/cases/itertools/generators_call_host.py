# itertools' iterators over generators that call a host tool, consumed by list(), for loops, next() and sum():
# the generator's frame waits above the iterator's native frame, and both are in each snapshot.
# host: fetch -> 5
from itertools import islice, chain, zip_longest, tee, pairwise, cycle, compress, product, permutations


def pages(n):
    for i in range(n):
        yield fetch(i) + i


print(list(islice(pages(10), 2, 5)), list(chain(pages(2), [0], pages(1))))
print(list(zip_longest(pages(2), pages(3), fillvalue=-1)))
a, b = tee(pages(3))
print(next(a), list(b), list(a))
print(list(pairwise(pages(3))), list(islice(cycle(pages(2)), 5)))
print(list(compress(pages(4), [1, 0, 1, 1])), sum(chain.from_iterable([pages(2), pages(1)])))
print(list(product(pages(2), "ab")), len(list(permutations(pages(3)))))
it = islice(pages(100), 0, None, 40)
for x in it:
    print("page", x)
print(next(chain(pages(1))), next(islice(pages(3), 2, None), "none"))
# expect: [7, 8, 9] [5, 6, 0, 5]
# expect: [(5, 5), (6, 6), (-1, 7)]
# expect: 5 [5, 6, 7] [6, 7]
# expect: [(5, 6), (6, 7)] [5, 6, 5, 6, 5]
# expect: [5, 7, 8] 16
# expect: [(5, 'a'), (5, 'b'), (6, 'a'), (6, 'b')] 6
# expect: page 5
# expect: page 45
# expect: page 85
# expect: 5 7
