# Inside __exit__ the exception is being handled: a new one raised there chains to it, and
# raising the given one again keeps it.
class Wrap:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("wrapped") from exc
        return False

try:
    with Wrap():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__), e.__suppress_context__)
# expect: LookupError wrapped cause: KeyError('x') True
