# An empty separator is a ValueError.
"abc".split("")
# expect runtime error: ValueError: empty separator
