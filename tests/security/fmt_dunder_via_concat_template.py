# The template itself built at run time.
t = "{0." + "__glob" + "als__}"

def f():
    pass

print(t.format(f))
# pith only: format fields walk only ordinary attributes (CPython walks any)
# expect runtime error: AttributeError: 'function' object has no attribute '__globals__'
