# A class without __enter__ is not a context manager: CPython 3.11's TypeError.
class NoEnter:
    def __exit__(self, *exc):
        pass

with NoEnter():
    print("body")
# expect runtime error: TypeError: 'NoEnter' object does not support the context manager protocol
