# A bounded deque drops items from the other end; maxlen is read-only data.
from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen, deque([1, 2]).maxlen)
d.extend([10, 11])
print(d)
d.extendleft([20])
print(d)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z)
last3 = deque(range(10), 3)
print(last3, list(last3))
# expect: deque([0], maxlen=3)
# expect: deque([0, 1], maxlen=3)
# expect: deque([0, 1, 2], maxlen=3)
# expect: deque([1, 2, 3], maxlen=3)
# expect: deque([2, 3, 4], maxlen=3)
# expect: deque([3, 4, 5], maxlen=3)
# expect: deque([-1, 3, 4], maxlen=3) 3 None
# expect: deque([4, 10, 11], maxlen=3)
# expect: deque([20, 4, 10], maxlen=3)
# expect: deque([], maxlen=0)
# expect: deque([7, 8, 9], maxlen=3) [7, 8, 9]
