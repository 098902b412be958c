# A slice step of zero is a ValueError.
xs = [1, 2, 3]
xs[::0]
# expect runtime error: ValueError: slice step cannot be zero
