# Assigning past the end of a list has its own message.
xs = [0, 0]
xs[-2] = 5
print(xs)
xs[2] = 1
# expect: [5, 0]
# expect runtime error: IndexError: list assignment index out of range
