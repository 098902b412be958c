# Tuple slicing returns tuples.
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[:0], t[-2:], type(t[1:]).__name__)
# expect: (2, 3) (5, 4, 3, 2, 1) () (4, 5) tuple
