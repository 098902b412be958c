# + * += *= == < between deques; a deque is not a list.
from collections import deque

a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * b, a == deque([1, 2]), a == [1, 2], a < b, a >= deque([1, 2]))
a += [5, 6]
print(a)
a *= 2
print(a)
m = deque([1, 2], maxlen=3)
print(m + deque([7, 8]), m * 3)
print(list(reversed(a)), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
# expect: deque([1, 2, 3]) deque([1, 2, 1, 2]) deque([3, 3]) True False True True
# expect: deque([1, 2, 5, 6])
# expect: deque([1, 2, 5, 6, 1, 2, 5, 6])
# expect: deque([2, 7, 8], maxlen=3) deque([2, 1, 2], maxlen=3)
# expect: [6, 5, 2, 1, 6, 5, 2, 1] [1, 2, 3] 6
