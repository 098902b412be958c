# heappush/heappop keep the heap invariant with CPython's layout; popping everything sorts.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
# expect: [5]
# expect: [1, 5]
# expect: [1, 5, 8]
# expect: [1, 3, 8, 5]
# expect: [1, 3, 8, 5, 9]
# expect: [1, 3, 2, 5, 9, 8]
# expect: [1, 3, 2, 5, 9, 8, 7]
# expect: [1, 2, 3, 5, 7, 8, 9] []
