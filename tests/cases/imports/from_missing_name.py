# A name a module lacks is CPython's ImportError; names before it are bound.
try:
    from json import loads, pith_nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(loads("[1]"))
# expect: ImportError cannot import name 'pith_nope' from 'json'
# expect: [1]
