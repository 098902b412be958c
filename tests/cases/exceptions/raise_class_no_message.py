# raise an exception class without arguments: the last line is just the type name.
print("about to raise")
raise NotImplementedError
# expect: about to raise
# expect runtime error: NotImplementedError
