# Unpacking errors in a loop over tool rows, caught per row.
rows = [["a", 1], ["b"], ["c", 3, "x"], ("d", 4)]
for row in rows:
    try:
        name, n = row
        print(name, n)
    except ValueError as e:
        print("bad row:", e)
try:
    a, b = 5
except TypeError as e:
    print(e)
# expect: a 1
# expect: bad row: not enough values to unpack (expected 2, got 1)
# expect: bad row: too many values to unpack (expected 2)
# expect: d 4
# expect: cannot unpack non-iterable int object
