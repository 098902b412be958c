# Reading past the end of a list.
results = ["a", "b"]
print(results[1])
print(results[2])
# expect: b
# expect runtime error: IndexError: list index out of range
