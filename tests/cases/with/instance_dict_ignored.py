# __enter__/__exit__ are looked up on the type: ones stored on the instance do not count.
class Plain:
    pass

p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(e)
for value in [None, "text", [1], {}]:
    try:
        with value:
            pass
    except TypeError as e:
        print(e)
# expect: 'Plain' object does not support the context manager protocol
# expect: 'NoneType' object does not support the context manager protocol
# expect: 'str' object does not support the context manager protocol
# expect: 'list' object does not support the context manager protocol
# expect: 'dict' object does not support the context manager protocol
