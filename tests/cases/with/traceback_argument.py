# __exit__'s third argument is None on a normal exit and a traceback object when the body raised.
class Check:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type is None, exc is None, tb is None, type(tb).__name__)
        return True

with Check():
    pass
with Check():
    raise ValueError("x")
with Check():
    [][1]
# expect: True True True NoneType
# expect: False False False traceback
# expect: False False False traceback
