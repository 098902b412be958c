# Top-k of tool results by a score, and a k-way merge of sorted pages.
import heapq

results = [("doc%d" % i, (i * 37) % 11) for i in range(12)]
print(heapq.nlargest(3, results, key=lambda r: r[1]))
print(heapq.nsmallest(3, results, key=lambda r: (r[1], r[0])))
pages = [[1, 5, 9], [2, 6], [0, 10, 11]]
print(list(heapq.merge(*pages)), list(heapq.merge(*pages, key=lambda x: -x if False else x)))
# expect: [('doc8', 10), ('doc5', 9), ('doc2', 8)]
# expect: [('doc0', 0), ('doc11', 0), ('doc3', 1)]
# expect: [0, 1, 2, 5, 6, 9, 10, 11] [0, 1, 2, 5, 6, 9, 10, 11]
