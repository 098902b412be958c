# tee() iterators consumed side by side over a long stream: every item reaches each of them once and in
# order (items all of them have read are dropped), including copies made part-way and one that lags behind.
from itertools import tee, islice, count

a, b = tee(x * x for x in range(1000))
print(sum(x - y for x, y in zip(a, b)), next(a, "end"), next(b, "end"))
c, d = tee(count())
print(list(islice(c, 200))[-3:], next(d))
e, = tee(c, 1)
f, g = tee(e)
print(next(c), next(f), next(g), list(islice(d, 3)))
h, lag = tee(range(300))
print(sum(h), list(islice(lag, 298, None)))
# expect: 0 end end
# expect: [197, 198, 199] 0
# expect: 200 201 200 [1, 2, 3]
# expect: 44850 [298, 299]
