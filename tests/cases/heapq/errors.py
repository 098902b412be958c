# CPython's messages for heapq misuse.
import heapq

for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
          lambda: heapq.heapify("abc"), lambda: heapq.heappush([1, "a"], 2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
heapq.heappop(3)
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: TypeError heappush() argument 1 must be list, not tuple
# expect: TypeError heapify() argument must be list, not str
# expect runtime error: TypeError: heappop() argument must be list, not int
