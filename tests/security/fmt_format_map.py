# format_map takes the same field names.
print("{a.__class__}".format_map({"a": 1}))
# pith only: str.format_map is not supported (AttributeError at run time); its field walk would be refused anyway
# expect runtime error: AttributeError: 'str' object has no attribute 'format_map'
