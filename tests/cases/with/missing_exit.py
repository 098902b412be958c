# A class with __enter__ but no __exit__: the message says which one is missing; __enter__ is not called.
class NoExit:
    def __enter__(self):
        print("entered")
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
with 42:
    pass
# expect: 'NoExit' object does not support the context manager protocol (missed __exit__ method)
# expect runtime error: TypeError: 'int' object does not support the context manager protocol
