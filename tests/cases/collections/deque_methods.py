# count, index (with bounds), remove, insert, reverse, copy, clear.
from collections import deque

d = deque("abcabc")
print(d.count("a"), d.index("b"), d.index("b", 2), d.index("c", -2))
d.remove("a")
print(d)
d.insert(1, "Z")
d.insert(-1, "Y")
d.insert(100, "END")
print(d)
d.reverse()
print(d)
e = d.copy()
e.clear()
print(d, e, e == deque(), d == deque(list(d)))
# expect: 2 1 4 5
# expect: deque(['b', 'c', 'a', 'b', 'c'])
# expect: deque(['b', 'Z', 'c', 'a', 'b', 'Y', 'c', 'END'])
# expect: deque(['END', 'c', 'Y', 'b', 'a', 'c', 'Z', 'b'])
# expect: deque(['END', 'c', 'Y', 'b', 'a', 'c', 'Z', 'b']) deque([]) True True
