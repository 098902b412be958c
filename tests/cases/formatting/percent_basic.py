# %-formatting with s, r, d, i, f and a tuple of args.
print("%s has %d items (%.2f%%)" % ("ann", 3, 12.345))
print("%r %i %5s|%-5s|" % ("x", 7.9, "ab", "cd"))
print("%s" % [1, 2], "%s" % (None,), "%d%%" % 50)
# expect: ann has 3 items (12.35%)
# expect: 'x' 7    ab|cd   |
# expect: [1, 2] None 50%
