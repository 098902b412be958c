# An error while assigning the `as` target happens inside the with block: __exit__ sees it.
class Gives:
    def __enter__(self):
        return [1, 2, 3]

    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None, exc)
        return True

with Gives() as (a, b):
    print("not reached")
print("suppressed")
# expect: exit got ValueError too many values to unpack (expected 2)
# expect: suppressed
