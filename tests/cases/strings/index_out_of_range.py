# Indexing past the end of a string.
word = "pith"
print(word[3])
print(word[4])
# expect: h
# expect runtime error: IndexError: string index out of range
