# A key function that appends to the list being sorted.
a = [3, 1, 2]
a.sort(key=lambda x: a.append(x) or x)
# expect runtime error: ValueError: list modified during sort
