# nlargest/nsmallest with and without key, n of 0, 1, more than the items; ties keep input order.
import heapq

data = [5, 1, 9, 3, 9, 2, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(0, data))
print(heapq.nlargest(10, data), heapq.nsmallest(2, iter(data)), heapq.nlargest(2, []))
rows = [{"n": "a", "s": 3}, {"n": "b", "s": 7}, {"n": "c", "s": 3}, {"n": "d", "s": 1}]
print([r["n"] for r in heapq.nlargest(2, rows, key=lambda r: r["s"])])
print([r["n"] for r in heapq.nsmallest(2, rows, key=lambda r: r["s"])])
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, "hello"))
# expect: [9, 9, 8] [1, 2, 3] [9] []
# expect: [9, 9, 8, 5, 3, 2, 1] [1, 2] []
# expect: ['b', 'a']
# expect: ['d', 'a']
# expect: ['a', 'bb'] ['o', 'l']
