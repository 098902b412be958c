# Raising in an except block chains implicitly; the last line shows the new exception.
try:
    {}["missing"]
except KeyError as e:
    print("context is", repr(e))
    raise ValueError("lookup failed")
# expect: context is KeyError('missing')
# expect runtime error: ValueError: lookup failed
