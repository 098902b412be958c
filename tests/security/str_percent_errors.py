# %-format argument mismatches.
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
print("%d" % "x")
# expect: not enough arguments for format string
# expect runtime error: TypeError: %d format: a real number is required, not str
