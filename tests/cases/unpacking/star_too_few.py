# A starred target still needs the fixed targets filled.
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
x, y = [1, 2, 3]
# expect: not enough values to unpack (expected at least 2, got 1)
# expect runtime error: ValueError: too many values to unpack (expected 2)
