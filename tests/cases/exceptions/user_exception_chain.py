# raise ... from ... with user exceptions, and the context of one raised while handling another.
class StorageError(Exception):
    pass

def load():
    try:
        {}["key"]
    except KeyError as e:
        raise StorageError("load failed") from e

try:
    load()
except StorageError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
# expect: load failed KeyError True
