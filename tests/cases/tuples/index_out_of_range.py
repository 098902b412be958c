# Indexing past the end of a tuple.
t = (1, 2, 3)
print(t[-3])
print(t[3])
# expect: 1
# expect runtime error: IndexError: tuple index out of range
