# key= applies to the list's items (and to x for insort, not for bisect).
from bisect import bisect_left, bisect_right, insort

rows = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(rows, 3, key=lambda r: r[1]), bisect_right(rows, 3, key=lambda r: r[1]))
insort(rows, ("e", 3), key=lambda r: r[1])
print(rows)
grades = "FDCBA"
print([grades[bisect_right([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
# expect: 1 3
# expect: [('a', 1), ('b', 3), ('c', 3), ('e', 3), ('d', 7)]
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
