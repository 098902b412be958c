# An exception in the body reaches __exit__ as (type, value, traceback); a false result re-raises it.
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, repr(exc), isinstance(exc, exc_type))
        return False

try:
    with Watch():
        raise KeyError("missing")
except KeyError as e:
    print("caught", repr(e))
# expect: exit sees KeyError KeyError('missing') True
# expect: caught KeyError('missing')
