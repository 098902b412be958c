# Set literals of small ints print in ascending order; duplicates collapse.
s = {3, 1, 2, 3, 1}
print(s, len(s))
print({0}, set(), type(set()).__name__)
print({True, 1, 1.0})
# expect: {1, 2, 3} 3
# expect: {0} set() set
# expect: {True}
