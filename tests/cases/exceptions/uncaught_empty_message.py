# An exception raised with an empty-string message prints just the type name.
raise ValueError("")
# expect runtime error: ValueError
