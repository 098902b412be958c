# Equal tuples hash equally; tuples with lists are unhashable.
a = (1, "x", (2.0, None))
b = (1, "x", (2, None))
print(a == b, hash(a) == hash(b))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
# expect: True True
# expect: True
# expect: unhashable type: 'list'
