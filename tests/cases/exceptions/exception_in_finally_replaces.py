# An exception raised in finally replaces the one in flight.
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
# expect: KeyError 'second' ValueError
