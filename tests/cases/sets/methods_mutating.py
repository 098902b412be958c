# add, discard, remove, pop, clear and in-place updates.
s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
print(sorted(s))
s.update([7, 8], (9,))
s.intersection_update({1, 3, 7, 9, 11})
print(sorted(s))
s.difference_update({1})
s.symmetric_difference_update({3, 5})
print(s)
s.clear()
print(s)
# expect: [1, 3, 4]
# expect: [1, 3, 7, 9]
# expect: {5, 7, 9}
# expect: set()
