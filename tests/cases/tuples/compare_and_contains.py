# Tuples compare lexicographically and support in / + / *.
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, 2) < (1, 2, 3))
print(3 in (1, 2, 3), "a" in ("b",), (1, 2) + (3,), ("x",) * 3)
pair = ("k", 1)
print(pair == ("k", 1), pair != ("k", 2))
# expect: True True True True
# expect: True False (1, 2, 3) ('x', 'x', 'x')
# expect: True True
