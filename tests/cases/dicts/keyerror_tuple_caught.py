# KeyError for tuple and str keys, caught: str(e) is the repr of the key; e.args holds the key.
grid = {(0, 0): "origin"}
try:
    grid[(1, 2)]
except KeyError as e:
    print("missing", e, e.args)
try:
    {}.pop("gone")
except KeyError as e:
    print("missing", e, repr(e))
# expect: missing (1, 2) ((1, 2),)
# expect: missing 'gone' KeyError('gone')
