# Two heaps keep a running median (a max-heap of negated values and a min-heap).
import heapq

low, high = [], []
out = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(out)
# expect: [5, 10.0, 5, 4.0, 5, 6.0, 7, 7.5]
