# __builtins__ is not a name a snippet can see.
print(__builtins__)
# expect error: 2:7: name '__builtins__' is not defined
