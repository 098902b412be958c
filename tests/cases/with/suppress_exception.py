# A true result from __exit__ suppresses the exception; execution continues after the with statement.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        ok = issubclass(exc_type, self.types)
        print("suppress?", exc_type.__name__, ok)
        return ok

with Suppress(ValueError, KeyError):
    int("x")
    print("not reached")
print("after first")
with Suppress(KeyError):
    {}["k"]
print("after second")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
# expect: suppress? ValueError True
# expect: after first
# expect: suppress? KeyError True
# expect: after second
# expect: suppress? ZeroDivisionError False
# expect: propagated division by zero
