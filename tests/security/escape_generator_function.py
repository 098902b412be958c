# A generator function (gi_frame lives there in CPython): pith's generators have no frame attribute.
def g():
    yield 1

print(g().gi_frame)
# expect runtime error: AttributeError: 'generator' object has no attribute 'gi_frame'
# pith only: generator frames are not reachable from Python code (no gi_frame attribute)
