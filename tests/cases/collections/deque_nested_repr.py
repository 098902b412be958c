# A deque inside itself prints as [...]; deques inside other containers.
from collections import deque

d = deque([1])
d.append(d)
print(d)
print([deque([1, 2], maxlen=5)], {"q": deque()})
# expect: deque([1, [...]])
# expect: [deque([1, 2], maxlen=5)] {'q': deque([])}
