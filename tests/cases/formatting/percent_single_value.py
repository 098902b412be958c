# A single non-tuple value is allowed; a tuple must be wrapped.
print("%s" % "x", "%s" % 5, "%s" % ((1, 2),), "%c" % 65, "%c" % "z")
# expect: x 5 (1, 2) A z
