# A host answer is plain data: no dunder walk from it.
r = tool()
print(getattr(r, "__" + "dict__"))
# host: tool -> {"a": 1}
# expect runtime error: AttributeError: 'dict' object has no attribute '__dict__'
