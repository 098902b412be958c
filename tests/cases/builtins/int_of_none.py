# int(None) is a TypeError.
value = None
int(value)
# expect runtime error: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
