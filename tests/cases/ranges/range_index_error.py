# Indexing past the end of a range raises IndexError.
r = range(3)
print(r[2])
r[3]
# expect: 2
# expect runtime error: IndexError: range object index out of range
