# list.index of a missing value raises ValueError.
xs = ["a", "b"]
xs.index("c")
# expect runtime error: ValueError: 'c' is not in list
