# A dunder written with escapes in a string literal.
print(getattr(1, "\x5f\x5freduce\x5f\x5f"))
# pith only: reflective dunders are refused at run time too (CPython returns them)
# expect runtime error: AttributeError: 'int' object has no attribute '__reduce__'
