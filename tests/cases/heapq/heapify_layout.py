# heapify gives CPython's exact layout, also with duplicates and strings.
from heapq import heapify

for data in ([9, 8, 7, 6, 5, 4, 3, 2, 1], [3, 3, 1, 1, 2, 2], list("heapqueue"), [], [1]):
    heapify(data)
    print(data)
# expect: [1, 2, 3, 6, 5, 4, 7, 8, 9]
# expect: [1, 1, 2, 3, 2, 3]
# expect: ['a', 'e', 'e', 'e', 'q', 'u', 'h', 'u', 'p']
# expect: []
# expect: [1]
