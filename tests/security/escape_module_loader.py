# Module attributes outside the module table are refused at run time too, however the name is built.
import math

for name in ["__loader__", "__spec__", "__dict__", "__builtins__", "_" + "_file__"]:
    try:
        getattr(math, name)
    except AttributeError as e:
        print(e)
print(getattr(math, "os", "no os"), hasattr(math, "sys"))
print(getattr(math, "__" + "loader__").load_module("os"))
# pith only: a module's attributes are only the names of its table (CPython has __loader__, __spec__, ...)
# expect: 'module' object has no attribute '__loader__'
# expect: 'module' object has no attribute '__spec__'
# expect: 'module' object has no attribute '__dict__'
# expect: 'module' object has no attribute '__builtins__'
# expect: 'module' object has no attribute '__file__'
# expect: no os False
# expect runtime error: AttributeError: 'module' object has no attribute '__loader__'
