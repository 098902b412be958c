# List comprehensions are outside the subset.
nums = [1, 2, 3]
squares = [n * n for n in nums]
print(squares)
# expect error: 3:11: list comprehension is not supported
