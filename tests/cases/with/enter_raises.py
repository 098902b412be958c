# An exception in __enter__ leaves before the body: __exit__ is not called.
class Fails:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *exc):
        print("exit called")

try:
    with Fails() as f:
        print("body")
except OSError as e:
    print("caught", e)
# expect: caught cannot open
