# merge of sorted iterables, with key and reverse; ties come from the earlier iterable first.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2])), list(heapq.merge()))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "a")])))
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [1, 2, 3] []
# expect: ['b', 'a', 'dd', 'ccc']
# expect: [9, 8, 5, 2, 1]
# expect: [(1, 'a'), (1, 'x')]
