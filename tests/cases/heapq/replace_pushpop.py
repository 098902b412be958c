# heapreplace pops first then pushes; heappushpop pushes first then pops.
import heapq

h = [1, 4, 6, 8]
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 7), h)
print(heapq.heappushpop([], 3))
# expect: 1 [4, 8, 6, 10]
# expect: 0 [4, 8, 6, 10]
# expect: 4 [6, 8, 7, 10]
# expect: 3
