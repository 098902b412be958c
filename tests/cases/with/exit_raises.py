# An exception raised by __exit__ replaces the body's, which becomes its __context__.
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise ValueError("from exit after %s" % (exc_type.__name__ if exc_type else "nothing"))

try:
    with Bad():
        raise KeyError("body")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
try:
    with Bad():
        pass
except ValueError as e:
    print(e, "| context:", e.__context__)
# expect: from exit after KeyError | context: KeyError('body')
# expect: from exit after nothing | context: None
