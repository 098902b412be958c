# max of an empty sequence without default raises ValueError.
max([])
# expect runtime error: ValueError: max() arg is an empty sequence
