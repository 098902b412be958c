# format() with a spec built from a field: no attribute walk in format specs.
print(format(1, "{0.__class__}"))
# expect runtime error: ValueError: Invalid format specifier '{0.__class__}' for object of type 'int'
