# len() with two arguments.
items = [1, 2]
len(items, items)
# expect error: 3:1: len() takes exactly one argument (2 given)
