# A maxsplit larger than any count.
print("a b c".split(" ", 10 ** 30))
# expect runtime error: OverflowError: Python int too large to convert to C ssize_t
