# Negative indexes, assignment and deletion in the middle, and a deque used as a sliding window.
from collections import deque

d = deque(range(10))
print(d[-1], d[-10], d[5])
d[-2] = "x"
del d[3]
print(d)
try:
    d[-11]
except IndexError as e:
    print(e)
recent = deque(maxlen=2)
for word in "one two three four".split():
    recent.append(word)
print(list(recent), " ".join(recent))
# expect: 9 0 5
# expect: deque([0, 1, 2, 4, 5, 6, 7, 'x', 9])
# expect: deque index out of range
# expect: ['three', 'four'] three four
