# *args collects the extra positional arguments into a tuple (empty when none).
def f(first, *rest):
    print(first, rest, type(rest).__name__, len(rest))
f(1)
f(1, 2, 3)
f(*[4, 5])
# expect: 1 () tuple 0
# expect: 1 (2, 3) tuple 2
# expect: 4 (5,) tuple 1
